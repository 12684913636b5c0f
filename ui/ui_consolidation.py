# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'consolidation.ui'
##
## Created by: Qt User Interface Compiler version 6.10.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTableView, QVBoxLayout,
    QWidget)

class Ui_ConsolidationScreen(object):
    def setupUi(self, ConsolidationScreen):
        if not ConsolidationScreen.objectName():
            ConsolidationScreen.setObjectName(u"ConsolidationScreen")
        ConsolidationScreen.resize(1200, 760)
        self.screenLayout = QVBoxLayout(ConsolidationScreen)
        self.screenLayout.setObjectName(u"screenLayout")
        self.introLabel = QLabel(ConsolidationScreen)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.screenLayout.addWidget(self.introLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.folderButton = QPushButton(ConsolidationScreen)
        self.folderButton.setObjectName(u"folderButton")

        self.buttonsLayout.addWidget(self.folderButton)

        self.filesButton = QPushButton(ConsolidationScreen)
        self.filesButton.setObjectName(u"filesButton")

        self.buttonsLayout.addWidget(self.filesButton)

        self.expectedButton = QPushButton(ConsolidationScreen)
        self.expectedButton.setObjectName(u"expectedButton")

        self.buttonsLayout.addWidget(self.expectedButton)

        self.clearButton = QPushButton(ConsolidationScreen)
        self.clearButton.setObjectName(u"clearButton")

        self.buttonsLayout.addWidget(self.clearButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.saveButton = QPushButton(ConsolidationScreen)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setEnabled(False)

        self.buttonsLayout.addWidget(self.saveButton)


        self.screenLayout.addLayout(self.buttonsLayout)

        self.summaryLabel = QLabel(ConsolidationScreen)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.screenLayout.addWidget(self.summaryLabel)

        self.splitter = QSplitter(ConsolidationScreen)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.communeTable = QTableView(self.splitter)
        self.communeTable.setObjectName(u"communeTable")
        self.communeTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.communeTable.setAlternatingRowColors(True)
        self.communeTable.setSortingEnabled(True)
        self.splitter.addWidget(self.communeTable)
        self.chartHost = QWidget(self.splitter)
        self.chartHost.setObjectName(u"chartHost")
        self.splitter.addWidget(self.chartHost)

        self.screenLayout.addWidget(self.splitter)

        self.notesEdit = QPlainTextEdit(ConsolidationScreen)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setReadOnly(True)
        self.notesEdit.setMaximumHeight(140)

        self.screenLayout.addWidget(self.notesEdit)


        self.retranslateUi(ConsolidationScreen)

        QMetaObject.connectSlotsByName(ConsolidationScreen)
    # setupUi

    def retranslateUi(self, ConsolidationScreen):
        self.introLabel.setText(QCoreApplication.translate("ConsolidationScreen", u"C\u1ea5p tr\u00ean: ch\u1ecdn th\u01b0 m\u1ee5c ch\u1ee9a c\u00e1c t\u1ec7p b\u00e1o c\u00e1o ng\u00e0y (.json, .xlsx) c\u00e1c x\u00e3 g\u1eedi l\u00ean. T\u1ec7p h\u1ecfng ho\u1eb7c b\u1ecb s\u1eeda b\u1ecb t\u1eeb ch\u1ed1i v\u00e0 n\u00eau r\u00f5 l\u00fd do; m\u1ed7i x\u00e3 m\u1ed7i ng\u00e0y ch\u1ec9 t\u00ednh b\u1ea3n m\u1edbi nh\u1ea5t.", None))
        self.folderButton.setText(QCoreApplication.translate("ConsolidationScreen", u"Ch\u1ecdn th\u01b0 m\u1ee5c\u2026", None))
        self.filesButton.setText(QCoreApplication.translate("ConsolidationScreen", u"Th\u00eam t\u1ec7p\u2026", None))
        self.expectedButton.setText(QCoreApplication.translate("ConsolidationScreen", u"Danh s\u00e1ch x\u00e3 c\u1ea7n b\u00e1o c\u00e1o\u2026", None))
        self.clearButton.setText(QCoreApplication.translate("ConsolidationScreen", u"L\u00e0m l\u1ea1i", None))
        self.saveButton.setText(QCoreApplication.translate("ConsolidationScreen", u"L\u01b0u k\u1ebft qu\u1ea3\u2026", None))
        self.notesEdit.setPlaceholderText(QCoreApplication.translate("ConsolidationScreen", u"T\u1ec7p b\u1ecb t\u1eeb ch\u1ed1i, t\u1ec7p kh\u00f4ng t\u00ednh v\u00e0 c\u00e1c x\u00e3 ch\u01b0a b\u00e1o c\u00e1o hi\u1ec7n \u1edf \u0111\u00e2y.", None))
        pass
    # retranslateUi


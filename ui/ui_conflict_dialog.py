# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'conflict_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_ConflictDialog(object):
    def setupUi(self, ConflictDialog):
        if not ConflictDialog.objectName():
            ConflictDialog.setObjectName(u"ConflictDialog")
        ConflictDialog.resize(760, 560)
        self.dialogLayout = QVBoxLayout(ConflictDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.messageLabel = QLabel(ConflictDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.fieldsTable = QTableWidget(ConflictDialog)
        if (self.fieldsTable.columnCount() < 3):
            self.fieldsTable.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.fieldsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.fieldsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.fieldsTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.fieldsTable.setObjectName(u"fieldsTable")
        self.fieldsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.fieldsTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.fieldsTable.setWordWrap(True)
        self.fieldsTable.setColumnCount(3)

        self.dialogLayout.addWidget(self.fieldsTable)

        self.hintLabel = QLabel(ConflictDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setProperty(u"role", u"hint")

        self.dialogLayout.addWidget(self.hintLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.keepMineButton = QPushButton(ConflictDialog)
        self.keepMineButton.setObjectName(u"keepMineButton")
        self.keepMineButton.setProperty(u"role", u"primary")

        self.buttonsLayout.addWidget(self.keepMineButton)

        self.takeTheirsButton = QPushButton(ConflictDialog)
        self.takeTheirsButton.setObjectName(u"takeTheirsButton")

        self.buttonsLayout.addWidget(self.takeTheirsButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.laterButton = QPushButton(ConflictDialog)
        self.laterButton.setObjectName(u"laterButton")

        self.buttonsLayout.addWidget(self.laterButton)


        self.dialogLayout.addLayout(self.buttonsLayout)


        self.retranslateUi(ConflictDialog)

        QMetaObject.connectSlotsByName(ConflictDialog)
    # setupUi

    def retranslateUi(self, ConflictDialog):
        ConflictDialog.setWindowTitle(QCoreApplication.translate("ConflictDialog", u"L\u01b0\u1ee3t h\u1ed7 tr\u1ee3 v\u1eeba \u0111\u01b0\u1ee3c s\u1eeda \u1edf b\u00e0n kh\u00e1c", None))
        ___qtablewidgetitem = self.fieldsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ConflictDialog", u"Th\u00f4ng tin", None))
        ___qtablewidgetitem1 = self.fieldsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ConflictDialog", u"B\u1ea3n b\u1ea1n v\u1eeba s\u1eeda", None))
        ___qtablewidgetitem2 = self.fieldsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ConflictDialog", u"B\u1ea3n \u0111\u00e3 l\u01b0u \u1edf b\u00e0n kh\u00e1c", None))
        self.hintLabel.setText(QCoreApplication.translate("ConflictDialog", u"D\u00f2ng t\u00f4 m\u00e0u l\u00e0 ch\u1ed7 hai b\u1ea3n kh\u00e1c nhau. \u00abGi\u1eef b\u1ea3n c\u1ee7a t\u00f4i\u00bb ghi n\u1ed9i dung b\u1ea1n v\u1eeba s\u1eeda l\u00ean b\u1ea3n m\u1edbi nh\u1ea5t (thay \u0111\u1ed5i c\u1ee7a b\u00e0n kh\u00e1c \u1edf c\u00e1c \u00f4 \u0111\u00f3 b\u1ecb thay th\u1ebf, nh\u1eadt k\u00fd v\u1eabn gi\u1eef c\u1ea3 hai). \u00abL\u1ea5y b\u1ea3n c\u1ee7a b\u00e0n kh\u00e1c\u00bb b\u1ecf ph\u1ea7n b\u1ea1n v\u1eeba s\u1eeda.", None))
        self.keepMineButton.setText(QCoreApplication.translate("ConflictDialog", u"Gi\u1eef b\u1ea3n c\u1ee7a t\u00f4i", None))
        self.takeTheirsButton.setText(QCoreApplication.translate("ConflictDialog", u"L\u1ea5y b\u1ea3n c\u1ee7a b\u00e0n kh\u00e1c", None))
        self.laterButton.setText(QCoreApplication.translate("ConflictDialog", u"\u0110\u1ec3 sau (gi\u1eef tr\u00ean m\u00e0n h\u00ecnh)", None))
    # retranslateUi


# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDialog, QFormLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
    QProgressBar, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_ImportDialog(object):
    def setupUi(self, ImportDialog):
        if not ImportDialog.objectName():
            ImportDialog.setObjectName(u"ImportDialog")
        ImportDialog.setMinimumSize(QSize(860, 620))
        self.dialogLayout = QVBoxLayout(ImportDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.fileGroup = QGroupBox(ImportDialog)
        self.fileGroup.setObjectName(u"fileGroup")
        self.fileLayout = QFormLayout(self.fileGroup)
        self.fileLayout.setObjectName(u"fileLayout")
        self.fileLabel = QLabel(self.fileGroup)
        self.fileLabel.setObjectName(u"fileLabel")

        self.fileLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fileLabel)

        self.pathLayout = QHBoxLayout()
        self.pathLayout.setObjectName(u"pathLayout")
        self.fileEdit = QLineEdit(self.fileGroup)
        self.fileEdit.setObjectName(u"fileEdit")
        self.fileEdit.setReadOnly(True)

        self.pathLayout.addWidget(self.fileEdit)

        self.browseButton = QPushButton(self.fileGroup)
        self.browseButton.setObjectName(u"browseButton")

        self.pathLayout.addWidget(self.browseButton)


        self.fileLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.pathLayout)

        self.sheetLabel = QLabel(self.fileGroup)
        self.sheetLabel.setObjectName(u"sheetLabel")

        self.fileLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sheetLabel)

        self.sheetCombo = QComboBox(self.fileGroup)
        self.sheetCombo.setObjectName(u"sheetCombo")

        self.fileLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sheetCombo)

        self.encodingLabel = QLabel(self.fileGroup)
        self.encodingLabel.setObjectName(u"encodingLabel")

        self.fileLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.encodingLabel)

        self.encodingCombo = QComboBox(self.fileGroup)
        self.encodingCombo.setObjectName(u"encodingCombo")

        self.fileLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.encodingCombo)

        self.skipInvalidCheck = QCheckBox(self.fileGroup)
        self.skipInvalidCheck.setObjectName(u"skipInvalidCheck")

        self.fileLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.skipInvalidCheck)


        self.dialogLayout.addWidget(self.fileGroup)

        self.previewGroup = QGroupBox(ImportDialog)
        self.previewGroup.setObjectName(u"previewGroup")
        self.previewLayout = QVBoxLayout(self.previewGroup)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewLabel = QLabel(self.previewGroup)
        self.previewLabel.setObjectName(u"previewLabel")
        self.previewLabel.setWordWrap(True)
        self.previewLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.previewLayout.addWidget(self.previewLabel)

        self.previewTable = QTableView(self.previewGroup)
        self.previewTable.setObjectName(u"previewTable")
        self.previewTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.previewTable.setAlternatingRowColors(True)
        self.previewTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.previewLayout.addWidget(self.previewTable)


        self.dialogLayout.addWidget(self.previewGroup)

        self.progressBar = QProgressBar(ImportDialog)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setVisible(False)
        self.progressBar.setMaximum(0)

        self.dialogLayout.addWidget(self.progressBar)

        self.reportGroup = QGroupBox(ImportDialog)
        self.reportGroup.setObjectName(u"reportGroup")
        self.reportGroup.setVisible(False)
        self.reportLayout = QVBoxLayout(self.reportGroup)
        self.reportLayout.setObjectName(u"reportLayout")
        self.summaryLabel = QLabel(self.reportGroup)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.reportLayout.addWidget(self.summaryLabel)

        self.errorsText = QPlainTextEdit(self.reportGroup)
        self.errorsText.setObjectName(u"errorsText")
        self.errorsText.setReadOnly(True)
        self.errorsText.setMaximumHeight(160)

        self.reportLayout.addWidget(self.errorsText)


        self.dialogLayout.addWidget(self.reportGroup)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.dryRunButton = QPushButton(ImportDialog)
        self.dryRunButton.setObjectName(u"dryRunButton")

        self.buttonsLayout.addWidget(self.dryRunButton)

        self.importButton = QPushButton(ImportDialog)
        self.importButton.setObjectName(u"importButton")

        self.buttonsLayout.addWidget(self.importButton)

        self.cancelButton = QPushButton(ImportDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setEnabled(False)

        self.buttonsLayout.addWidget(self.cancelButton)

        self.closeButton = QPushButton(ImportDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonsLayout.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.fileLabel.setBuddy(self.browseButton)
        self.sheetLabel.setBuddy(self.sheetCombo)
        self.encodingLabel.setBuddy(self.encodingCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.browseButton, self.sheetCombo)
        QWidget.setTabOrder(self.sheetCombo, self.encodingCombo)
        QWidget.setTabOrder(self.encodingCombo, self.skipInvalidCheck)
        QWidget.setTabOrder(self.skipInvalidCheck, self.previewTable)
        QWidget.setTabOrder(self.previewTable, self.dryRunButton)
        QWidget.setTabOrder(self.dryRunButton, self.importButton)
        QWidget.setTabOrder(self.importButton, self.cancelButton)
        QWidget.setTabOrder(self.cancelButton, self.closeButton)

        self.retranslateUi(ImportDialog)

        QMetaObject.connectSlotsByName(ImportDialog)
    # setupUi

    def retranslateUi(self, ImportDialog):
        ImportDialog.setWindowTitle(QCoreApplication.translate("ImportDialog", u"Nh\u1eadp s\u1ed5 c\u0169 (Excel/CSV)", None))
        self.fileGroup.setTitle(QCoreApplication.translate("ImportDialog", u"1. Ch\u1ecdn t\u1ec7p", None))
        self.fileLabel.setText(QCoreApplication.translate("ImportDialog", u"&T\u1ec7p", None))
        self.fileEdit.setPlaceholderText(QCoreApplication.translate("ImportDialog", u"Ch\u01b0a ch\u1ecdn t\u1ec7p (.xlsx, .xls ho\u1eb7c .csv)", None))
        self.browseButton.setText(QCoreApplication.translate("ImportDialog", u"Ch\u1ecdn t\u1ec7p\u2026", None))
        self.sheetLabel.setText(QCoreApplication.translate("ImportDialog", u"Trang &t\u00ednh", None))
        self.encodingLabel.setText(QCoreApplication.translate("ImportDialog", u"&B\u1ea3ng m\u00e3 ch\u1eef", None))
#if QT_CONFIG(tooltip)
        self.encodingCombo.setToolTip(QCoreApplication.translate("ImportDialog", u"S\u1ed5 g\u00f5 b\u1eb1ng ph\u00f4ng .VnTime l\u00e0 TCVN3 (ABC), ph\u00f4ng VNI-Times l\u00e0 VNI. N\u1ebfu ch\u1eef trong b\u1ea3ng xem tr\u01b0\u1edbc sai d\u1ea5u, h\u00e3y ch\u1ecdn l\u1ea1i.", None))
#endif // QT_CONFIG(tooltip)
        self.skipInvalidCheck.setText(QCoreApplication.translate("ImportDialog", u"B\u1ecf &qua d\u00f2ng l\u1ed7i", None))
#if QT_CONFIG(tooltip)
        self.skipInvalidCheck.setToolTip(QCoreApplication.translate("ImportDialog", u"M\u1eb7c \u0111\u1ecbnh: c\u00f3 m\u1ed9t d\u00f2ng l\u1ed7i th\u00ec kh\u00f4ng nh\u1eadp d\u00f2ng n\u00e0o. \u0110\u00e1nh d\u1ea5u \u0111\u1ec3 ch\u1ec9 nh\u1eadp c\u00e1c d\u00f2ng h\u1ee3p l\u1ec7.", None))
#endif // QT_CONFIG(tooltip)
        self.previewGroup.setTitle(QCoreApplication.translate("ImportDialog", u"2. Xem tr\u01b0\u1edbc (20 d\u00f2ng \u0111\u1ea7u, nh\u01b0 s\u1ebd \u0111\u01b0\u1ee3c nh\u1eadp)", None))
        self.reportGroup.setTitle(QCoreApplication.translate("ImportDialog", u"3. K\u1ebft qu\u1ea3", None))
        self.dryRunButton.setText(QCoreApplication.translate("ImportDialog", u"Ch\u1ea1y t&h\u1eed", None))
#if QT_CONFIG(tooltip)
        self.dryRunButton.setToolTip(QCoreApplication.translate("ImportDialog", u"Ki\u1ec3m tra v\u00e0 b\u00e1o c\u00e1o nh\u01b0 khi nh\u1eadp th\u1eadt, nh\u01b0ng kh\u00f4ng ghi g\u00ec", None))
#endif // QT_CONFIG(tooltip)
        self.importButton.setText(QCoreApplication.translate("ImportDialog", u"&Nh\u1eadp", None))
        self.cancelButton.setText(QCoreApplication.translate("ImportDialog", u"&H\u1ee7y", None))
        self.closeButton.setText(QCoreApplication.translate("ImportDialog", u"\u0110\u00f3&ng", None))
    # retranslateUi


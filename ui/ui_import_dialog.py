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
    QSplitter, QTableView, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_ImportDialog(object):
    def setupUi(self, ImportDialog):
        if not ImportDialog.objectName():
            ImportDialog.setObjectName(u"ImportDialog")
        ImportDialog.setMinimumSize(QSize(1040, 680))
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

        self.previewSplitter = QSplitter(self.previewGroup)
        self.previewSplitter.setObjectName(u"previewSplitter")
        self.previewSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.previewSplitter.setChildrenCollapsible(False)
        self.previewTable = QTableView(self.previewSplitter)
        self.previewTable.setObjectName(u"previewTable")
        self.previewTable.setMinimumSize(QSize(0, 170))
        self.previewTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.previewTable.setAlternatingRowColors(True)
        self.previewTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.previewSplitter.addWidget(self.previewTable)
        self.mappingPane = QWidget(self.previewSplitter)
        self.mappingPane.setObjectName(u"mappingPane")
        self.mappingLayout = QVBoxLayout(self.mappingPane)
        self.mappingLayout.setObjectName(u"mappingLayout")
        self.mappingLayout.setContentsMargins(0, 0, 0, 0)
        self.mappingLabel = QLabel(self.mappingPane)
        self.mappingLabel.setObjectName(u"mappingLabel")
        self.mappingLabel.setWordWrap(True)

        self.mappingLayout.addWidget(self.mappingLabel)

        self.mappingTable = QTableWidget(self.mappingPane)
        self.mappingTable.setObjectName(u"mappingTable")
        self.mappingTable.setMinimumSize(QSize(340, 0))
        self.mappingTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.mappingTable.horizontalHeader().setStretchLastSection(True)
        self.mappingTable.verticalHeader().setVisible(False)

        self.mappingLayout.addWidget(self.mappingTable)

        self.mappingProblemLabel = QLabel(self.mappingPane)
        self.mappingProblemLabel.setObjectName(u"mappingProblemLabel")
        self.mappingProblemLabel.setWordWrap(True)
        self.mappingProblemLabel.setVisible(False)

        self.mappingLayout.addWidget(self.mappingProblemLabel)

        self.mappingButtonsLayout = QHBoxLayout()
        self.mappingButtonsLayout.setObjectName(u"mappingButtonsLayout")
        self.openMappingButton = QPushButton(self.mappingPane)
        self.openMappingButton.setObjectName(u"openMappingButton")

        self.mappingButtonsLayout.addWidget(self.openMappingButton)

        self.saveMappingButton = QPushButton(self.mappingPane)
        self.saveMappingButton.setObjectName(u"saveMappingButton")

        self.mappingButtonsLayout.addWidget(self.saveMappingButton)


        self.mappingLayout.addLayout(self.mappingButtonsLayout)

        self.previewSplitter.addWidget(self.mappingPane)

        self.previewLayout.addWidget(self.previewSplitter)


        self.dialogLayout.addWidget(self.previewGroup)

        self.questionsGroup = QGroupBox(ImportDialog)
        self.questionsGroup.setObjectName(u"questionsGroup")
        self.questionsGroup.setVisible(False)
        self.questionsLayout = QVBoxLayout(self.questionsGroup)
        self.questionsLayout.setObjectName(u"questionsLayout")
        self.questionsLabel = QLabel(self.questionsGroup)
        self.questionsLabel.setObjectName(u"questionsLabel")
        self.questionsLabel.setWordWrap(True)

        self.questionsLayout.addWidget(self.questionsLabel)

        self.questionsTable = QTableWidget(self.questionsGroup)
        self.questionsTable.setObjectName(u"questionsTable")
        self.questionsTable.setMaximumSize(QSize(16777215, 110))
        self.questionsTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.questionsTable.horizontalHeader().setStretchLastSection(True)
        self.questionsTable.verticalHeader().setVisible(False)

        self.questionsLayout.addWidget(self.questionsTable)

        self.questionsButtonsLayout = QHBoxLayout()
        self.questionsButtonsLayout.setObjectName(u"questionsButtonsLayout")
        self.questionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.questionsButtonsLayout.addItem(self.questionsSpacer)

        self.acceptProposalsButton = QPushButton(self.questionsGroup)
        self.acceptProposalsButton.setObjectName(u"acceptProposalsButton")

        self.questionsButtonsLayout.addWidget(self.acceptProposalsButton)


        self.questionsLayout.addLayout(self.questionsButtonsLayout)


        self.dialogLayout.addWidget(self.questionsGroup)

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
        self.errorsText.setMaximumHeight(130)

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

        self.dialogLayout.setStretch(1, 4)
        self.dialogLayout.setStretch(2, 1)
        self.dialogLayout.setStretch(4, 2)
#if QT_CONFIG(shortcut)
        self.fileLabel.setBuddy(self.browseButton)
        self.sheetLabel.setBuddy(self.sheetCombo)
        self.encodingLabel.setBuddy(self.encodingCombo)
        self.mappingLabel.setBuddy(self.mappingTable)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.browseButton, self.sheetCombo)
        QWidget.setTabOrder(self.sheetCombo, self.encodingCombo)
        QWidget.setTabOrder(self.encodingCombo, self.skipInvalidCheck)
        QWidget.setTabOrder(self.skipInvalidCheck, self.previewTable)
        QWidget.setTabOrder(self.previewTable, self.mappingTable)
        QWidget.setTabOrder(self.mappingTable, self.openMappingButton)
        QWidget.setTabOrder(self.openMappingButton, self.saveMappingButton)
        QWidget.setTabOrder(self.saveMappingButton, self.questionsTable)
        QWidget.setTabOrder(self.questionsTable, self.acceptProposalsButton)
        QWidget.setTabOrder(self.acceptProposalsButton, self.dryRunButton)
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
        self.mappingLabel.setText(QCoreApplication.translate("ImportDialog", u"Gh\u00e9p c\u1ed9t: m\u1ed7i c\u1ed9t c\u1ee7a t\u1ec7p \u0111i\u1ec1n v\u00e0o c\u1ed9t n\u00e0o (\u00f4 t\u00f4 v\u00e0ng: t\u00ean c\u1ed9t ch\u01b0a nh\u1eadn ra)", None))
        self.openMappingButton.setText(QCoreApplication.translate("ImportDialog", u"&M\u1edf c\u00e1ch gh\u00e9p c\u1ed9t\u2026", None))
#if QT_CONFIG(tooltip)
        self.openMappingButton.setToolTip(QCoreApplication.translate("ImportDialog", u"D\u00f9ng c\u00e1ch gh\u00e9p c\u1ed9t \u0111\u00e3 l\u01b0u th\u00e0nh t\u1ec7p (.json)", None))
#endif // QT_CONFIG(tooltip)
        self.saveMappingButton.setText(QCoreApplication.translate("ImportDialog", u"&L\u01b0u c\u00e1ch gh\u00e9p c\u1ed9t\u2026", None))
#if QT_CONFIG(tooltip)
        self.saveMappingButton.setToolTip(QCoreApplication.translate("ImportDialog", u"L\u01b0u c\u00e1ch gh\u00e9p c\u1ed9t v\u00e0 c\u00e1c l\u1ef1a ch\u1ecdn \u0111\u00e3 x\u00e1c nh\u1eadn th\u00e0nh t\u1ec7p (.json), \u0111\u1ec3 d\u00f9ng l\u1ea1i ho\u1eb7c d\u00f9ng v\u1edbi import-records --mapping", None))
#endif // QT_CONFIG(tooltip)
        self.questionsGroup.setTitle(QCoreApplication.translate("ImportDialog", u"C\u1ea7n x\u00e1c nh\u1eadn: t\u00ean th\u1ee7 t\u1ee5c g\u1ea7n gi\u1ed1ng, nh\u00e3n ch\u01b0a c\u00f3 trong danh m\u1ee5c", None))
        self.questionsLabel.setText(QCoreApplication.translate("ImportDialog", u"Ch\u1ecdn cho m\u1ed7i t\u00ean trong t\u1ec7p m\u1ee5c t\u01b0\u01a1ng \u1ee9ng c\u1ee7a danh m\u1ee5c. D\u00f2ng c\u00f3 t\u00ean ch\u01b0a x\u00e1c nh\u1eadn l\u00e0 d\u00f2ng l\u1ed7i. L\u1ef1a ch\u1ecdn \u0111\u01b0\u1ee3c nh\u1edb cho l\u1ea7n nh\u1eadp sau.", None))
        self.acceptProposalsButton.setText(QCoreApplication.translate("ImportDialog", u"Nh\u1eadn &t\u1ea5t c\u1ea3 \u0111\u1ec1 xu\u1ea5t", None))
#if QT_CONFIG(tooltip)
        self.acceptProposalsButton.setToolTip(QCoreApplication.translate("ImportDialog", u"Ch\u1ecdn m\u1ee5c \u0111\u1ec1 xu\u1ea5t (g\u1ea7n gi\u1ed1ng nh\u1ea5t) cho m\u1ecdi t\u00ean ch\u01b0a x\u00e1c nh\u1eadn", None))
#endif // QT_CONFIG(tooltip)
        self.reportGroup.setTitle(QCoreApplication.translate("ImportDialog", u"3. K\u1ebft qu\u1ea3", None))
        self.dryRunButton.setText(QCoreApplication.translate("ImportDialog", u"Ch\u1ea1y t&h\u1eed", None))
#if QT_CONFIG(tooltip)
        self.dryRunButton.setToolTip(QCoreApplication.translate("ImportDialog", u"Ki\u1ec3m tra v\u00e0 b\u00e1o c\u00e1o nh\u01b0 khi nh\u1eadp th\u1eadt, nh\u01b0ng kh\u00f4ng ghi g\u00ec", None))
#endif // QT_CONFIG(tooltip)
        self.importButton.setText(QCoreApplication.translate("ImportDialog", u"&Nh\u1eadp", None))
        self.cancelButton.setText(QCoreApplication.translate("ImportDialog", u"&H\u1ee7y", None))
        self.closeButton.setText(QCoreApplication.translate("ImportDialog", u"\u0110\u00f3&ng", None))
    # retranslateUi


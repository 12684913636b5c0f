# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'catalog_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDialog, QDialogButtonBox, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpinBox,
    QTabWidget, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_CatalogDialog(object):
    def setupUi(self, CatalogDialog):
        if not CatalogDialog.objectName():
            CatalogDialog.setObjectName(u"CatalogDialog")
        CatalogDialog.setMinimumSize(QSize(900, 640))
        self.dialogLayout = QVBoxLayout(CatalogDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.tabs = QTabWidget(CatalogDialog)
        self.tabs.setObjectName(u"tabs")
        self.proceduresTab = QWidget()
        self.proceduresTab.setObjectName(u"proceduresTab")
        self.proceduresLayout = QVBoxLayout(self.proceduresTab)
        self.proceduresLayout.setObjectName(u"proceduresLayout")
        self.procedureSearchRow = QHBoxLayout()
        self.procedureSearchRow.setObjectName(u"procedureSearchRow")
        self.procedureSearchLabel = QLabel(self.proceduresTab)
        self.procedureSearchLabel.setObjectName(u"procedureSearchLabel")

        self.procedureSearchRow.addWidget(self.procedureSearchLabel)

        self.procedureSearch = QLineEdit(self.proceduresTab)
        self.procedureSearch.setObjectName(u"procedureSearch")
        self.procedureSearch.setClearButtonEnabled(True)

        self.procedureSearchRow.addWidget(self.procedureSearch)


        self.proceduresLayout.addLayout(self.procedureSearchRow)

        self.procedureTable = QTableWidget(self.proceduresTab)
        self.procedureTable.setObjectName(u"procedureTable")
        self.procedureTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.procedureTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.procedureTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.proceduresLayout.addWidget(self.procedureTable)

        self.procedureGroup = QGroupBox(self.proceduresTab)
        self.procedureGroup.setObjectName(u"procedureGroup")
        self.procedureForm = QFormLayout(self.procedureGroup)
        self.procedureForm.setObjectName(u"procedureForm")
        self.codeLabel = QLabel(self.procedureGroup)
        self.codeLabel.setObjectName(u"codeLabel")

        self.procedureForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.codeEdit = QLineEdit(self.procedureGroup)
        self.codeEdit.setObjectName(u"codeEdit")

        self.procedureForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.codeEdit)

        self.nameLabel = QLabel(self.procedureGroup)
        self.nameLabel.setObjectName(u"nameLabel")

        self.procedureForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.procedureGroup)
        self.nameEdit.setObjectName(u"nameEdit")

        self.procedureForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.fieldLabel = QLabel(self.procedureGroup)
        self.fieldLabel.setObjectName(u"fieldLabel")

        self.procedureForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.fieldLabel)

        self.fieldEdit = QLineEdit(self.procedureGroup)
        self.fieldEdit.setObjectName(u"fieldEdit")

        self.procedureForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.fieldEdit)

        self.levelLabel = QLabel(self.procedureGroup)
        self.levelLabel.setObjectName(u"levelLabel")

        self.procedureForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.levelLabel)

        self.levelCombo = QComboBox(self.procedureGroup)
        self.levelCombo.setObjectName(u"levelCombo")

        self.procedureForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.levelCombo)

        self.feeLabel = QLabel(self.procedureGroup)
        self.feeLabel.setObjectName(u"feeLabel")

        self.procedureForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.feeLabel)

        self.feeEdit = QLineEdit(self.procedureGroup)
        self.feeEdit.setObjectName(u"feeEdit")

        self.procedureForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.feeEdit)

        self.daysLabel = QLabel(self.procedureGroup)
        self.daysLabel.setObjectName(u"daysLabel")

        self.procedureForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.daysLabel)

        self.daysSpin = QSpinBox(self.procedureGroup)
        self.daysSpin.setObjectName(u"daysSpin")
        self.daysSpin.setMinimum(-1)
        self.daysSpin.setMaximum(365)

        self.procedureForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.daysSpin)

        self.urlLabel = QLabel(self.procedureGroup)
        self.urlLabel.setObjectName(u"urlLabel")

        self.procedureForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.urlLabel)

        self.urlEdit = QLineEdit(self.procedureGroup)
        self.urlEdit.setObjectName(u"urlEdit")

        self.procedureForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.urlEdit)

        self.activeCheck = QCheckBox(self.procedureGroup)
        self.activeCheck.setObjectName(u"activeCheck")

        self.procedureForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.activeCheck)

        self.procedureButtons = QHBoxLayout()
        self.procedureButtons.setObjectName(u"procedureButtons")
        self.saveProcedureButton = QPushButton(self.procedureGroup)
        self.saveProcedureButton.setObjectName(u"saveProcedureButton")

        self.procedureButtons.addWidget(self.saveProcedureButton)

        self.addProcedureButton = QPushButton(self.procedureGroup)
        self.addProcedureButton.setObjectName(u"addProcedureButton")

        self.procedureButtons.addWidget(self.addProcedureButton)

        self.clearProcedureButton = QPushButton(self.procedureGroup)
        self.clearProcedureButton.setObjectName(u"clearProcedureButton")

        self.procedureButtons.addWidget(self.clearProcedureButton)


        self.procedureForm.setLayout(8, QFormLayout.ItemRole.FieldRole, self.procedureButtons)


        self.proceduresLayout.addWidget(self.procedureGroup)

        self.tabs.addTab(self.proceduresTab, "")
        self.villagesTab = QWidget()
        self.villagesTab.setObjectName(u"villagesTab")
        self.villagesLayout = QVBoxLayout(self.villagesTab)
        self.villagesLayout.setObjectName(u"villagesLayout")
        self.villageTable = QTableWidget(self.villagesTab)
        self.villageTable.setObjectName(u"villageTable")
        self.villageTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.villageTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.villageTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.villagesLayout.addWidget(self.villageTable)

        self.villageForm = QFormLayout()
        self.villageForm.setObjectName(u"villageForm")
        self.villageNameLabel = QLabel(self.villagesTab)
        self.villageNameLabel.setObjectName(u"villageNameLabel")

        self.villageForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.villageNameLabel)

        self.villageNameEdit = QLineEdit(self.villagesTab)
        self.villageNameEdit.setObjectName(u"villageNameEdit")

        self.villageForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.villageNameEdit)

        self.villageActiveCheck = QCheckBox(self.villagesTab)
        self.villageActiveCheck.setObjectName(u"villageActiveCheck")

        self.villageForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.villageActiveCheck)

        self.villageButtons = QHBoxLayout()
        self.villageButtons.setObjectName(u"villageButtons")
        self.saveVillageButton = QPushButton(self.villagesTab)
        self.saveVillageButton.setObjectName(u"saveVillageButton")

        self.villageButtons.addWidget(self.saveVillageButton)

        self.addVillageButton = QPushButton(self.villagesTab)
        self.addVillageButton.setObjectName(u"addVillageButton")

        self.villageButtons.addWidget(self.addVillageButton)


        self.villageForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.villageButtons)


        self.villagesLayout.addLayout(self.villageForm)

        self.tabs.addTab(self.villagesTab, "")

        self.dialogLayout.addWidget(self.tabs)

        self.messageLabel = QLabel(CatalogDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(CatalogDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.procedureSearchLabel.setBuddy(self.procedureSearch)
        self.codeLabel.setBuddy(self.codeEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.fieldLabel.setBuddy(self.fieldEdit)
        self.levelLabel.setBuddy(self.levelCombo)
        self.feeLabel.setBuddy(self.feeEdit)
        self.daysLabel.setBuddy(self.daysSpin)
        self.urlLabel.setBuddy(self.urlEdit)
        self.villageNameLabel.setBuddy(self.villageNameEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CatalogDialog)

        QMetaObject.connectSlotsByName(CatalogDialog)
    # setupUi

    def retranslateUi(self, CatalogDialog):
        CatalogDialog.setWindowTitle(QCoreApplication.translate("CatalogDialog", u"Danh m\u1ee5c th\u1ee7 t\u1ee5c v\u00e0 th\u00f4n, x\u00f3m", None))
        self.procedureSearchLabel.setText(QCoreApplication.translate("CatalogDialog", u"T\u00ecm &ki\u1ebfm", None))
        self.procedureSearch.setPlaceholderText(QCoreApplication.translate("CatalogDialog", u"m\u00e3 ho\u1eb7c t\u00ean, g\u00f5 kh\u00f4ng d\u1ea5u c\u0169ng \u0111\u01b0\u1ee3c", None))
        self.procedureGroup.setTitle(QCoreApplication.translate("CatalogDialog", u"Th\u1ee7 t\u1ee5c \u0111ang ch\u1ecdn", None))
        self.codeLabel.setText(QCoreApplication.translate("CatalogDialog", u"&M\u00e3 th\u1ee7 t\u1ee5c", None))
        self.codeEdit.setPlaceholderText(QCoreApplication.translate("CatalogDialog", u"v\u00ed d\u1ee5 1.001193 (m\u00e3 tr\u00ean C\u1ed5ng D\u1ecbch v\u1ee5 c\u00f4ng)", None))
        self.nameLabel.setText(QCoreApplication.translate("CatalogDialog", u"T\u00ea&n th\u1ee7 t\u1ee5c", None))
        self.fieldLabel.setText(QCoreApplication.translate("CatalogDialog", u"&L\u0129nh v\u1ef1c", None))
        self.levelLabel.setText(QCoreApplication.translate("CatalogDialog", u"M\u1ee9c \u0111\u1ed9 tr\u1ef1c tu&y\u1ebfn", None))
        self.feeLabel.setText(QCoreApplication.translate("CatalogDialog", u"&Ph\u00ed, l\u1ec7 ph\u00ed", None))
        self.daysLabel.setText(QCoreApplication.translate("CatalogDialog", u"Th\u1eddi h\u1ea1n &gi\u1ea3i quy\u1ebft", None))
        self.daysSpin.setSpecialValueText(QCoreApplication.translate("CatalogDialog", u"kh\u00f4ng ghi", None))
        self.daysSpin.setSuffix(QCoreApplication.translate("CatalogDialog", u" ng\u00e0y l\u00e0m vi\u1ec7c", None))
        self.urlLabel.setText(QCoreApplication.translate("CatalogDialog", u"Trang &th\u1ee7 t\u1ee5c (QR)", None))
        self.urlEdit.setPlaceholderText(QCoreApplication.translate("CatalogDialog", u"https://\u2026 (\u0111\u1ec3 tr\u1ed1ng: d\u00f9ng m\u1eabu \u0111\u1ecba ch\u1ec9 trong Th\u00f4ng tin x\u00e3)", None))
        self.activeCheck.setText(QCoreApplication.translate("CatalogDialog", u"\u0110ang &d\u00f9ng (b\u1ecf ch\u1ecdn: \u1ea9n kh\u1ecfi danh s\u00e1ch \u1edf b\u00e0n ti\u1ebfp d\u00e2n)", None))
        self.saveProcedureButton.setText(QCoreApplication.translate("CatalogDialog", u"&L\u01b0u thay \u0111\u1ed5i", None))
        self.addProcedureButton.setText(QCoreApplication.translate("CatalogDialog", u"Th\u00eam th\u1ee7 t\u1ee5c &m\u1edbi", None))
        self.clearProcedureButton.setText(QCoreApplication.translate("CatalogDialog", u"X\u00f3a tr\u1eafng \u00f4 nh\u1eadp", None))
        self.tabs.setTabText(self.tabs.indexOf(self.proceduresTab), QCoreApplication.translate("CatalogDialog", u"&Th\u1ee7 t\u1ee5c h\u00e0nh ch\u00ednh", None))
        self.villageNameLabel.setText(QCoreApplication.translate("CatalogDialog", u"T\u00ean th\u00f4n, x\u00f3&m", None))
        self.villageActiveCheck.setText(QCoreApplication.translate("CatalogDialog", u"\u0110ang d\u00f9ng", None))
        self.saveVillageButton.setText(QCoreApplication.translate("CatalogDialog", u"L\u01b0u thay \u0111\u1ed5i", None))
        self.addVillageButton.setText(QCoreApplication.translate("CatalogDialog", u"Th\u00eam th\u00f4n, x\u00f3m m\u1edbi", None))
        self.tabs.setTabText(self.tabs.indexOf(self.villagesTab), QCoreApplication.translate("CatalogDialog", u"Th\u00f4n, &x\u00f3m", None))
    # retranslateUi


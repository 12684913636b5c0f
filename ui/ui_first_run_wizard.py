# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_run_wizard.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget, QWizard, QWizardPage)

class Ui_FirstRunWizard(object):
    def setupUi(self, FirstRunWizard):
        if not FirstRunWizard.objectName():
            FirstRunWizard.setObjectName(u"FirstRunWizard")
        FirstRunWizard.setMinimumSize(QSize(640, 480))
        FirstRunWizard.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.introPage = QWizardPage()
        self.introPage.setObjectName(u"introPage")
        self.introPageLayout = QVBoxLayout(self.introPage)
        self.introPageLayout.setObjectName(u"introPageLayout")
        self.introLabel = QLabel(self.introPage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.introPageLayout.addWidget(self.introLabel)

        self.introSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.introPageLayout.addItem(self.introSpacer)

        FirstRunWizard.addPage(self.introPage)
        self.communePage = QWizardPage()
        self.communePage.setObjectName(u"communePage")
        self.communePageLayout = QVBoxLayout(self.communePage)
        self.communePageLayout.setObjectName(u"communePageLayout")
        self.communeForm = QFormLayout()
        self.communeForm.setObjectName(u"communeForm")
        self.codeLabel = QLabel(self.communePage)
        self.codeLabel.setObjectName(u"codeLabel")

        self.communeForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.codeEdit = QLineEdit(self.communePage)
        self.codeEdit.setObjectName(u"codeEdit")
        self.codeEdit.setMaxLength(20)

        self.communeForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.codeEdit)

        self.nameLabel = QLabel(self.communePage)
        self.nameLabel.setObjectName(u"nameLabel")

        self.communeForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.communePage)
        self.nameEdit.setObjectName(u"nameEdit")

        self.communeForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.unitLabel = QLabel(self.communePage)
        self.unitLabel.setObjectName(u"unitLabel")

        self.communeForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.unitLabel)

        self.unitEdit = QLineEdit(self.communePage)
        self.unitEdit.setObjectName(u"unitEdit")

        self.communeForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.unitEdit)

        self.upperLabel = QLabel(self.communePage)
        self.upperLabel.setObjectName(u"upperLabel")

        self.communeForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.upperLabel)

        self.upperEdit = QLineEdit(self.communePage)
        self.upperEdit.setObjectName(u"upperEdit")

        self.communeForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.upperEdit)


        self.communePageLayout.addLayout(self.communeForm)

        self.communeErrorLabel = QLabel(self.communePage)
        self.communeErrorLabel.setObjectName(u"communeErrorLabel")
        self.communeErrorLabel.setWordWrap(True)
        self.communeErrorLabel.setProperty(u"role", u"error")

        self.communePageLayout.addWidget(self.communeErrorLabel)

        self.communeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.communePageLayout.addItem(self.communeSpacer)

        FirstRunWizard.addPage(self.communePage)
        self.adminPage = QWizardPage()
        self.adminPage.setObjectName(u"adminPage")
        self.adminPageLayout = QVBoxLayout(self.adminPage)
        self.adminPageLayout.setObjectName(u"adminPageLayout")
        self.adminForm = QFormLayout()
        self.adminForm.setObjectName(u"adminForm")
        self.usernameLabel = QLabel(self.adminPage)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.adminForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.usernameEdit = QLineEdit(self.adminPage)
        self.usernameEdit.setObjectName(u"usernameEdit")

        self.adminForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.usernameEdit)

        self.fullNameLabel = QLabel(self.adminPage)
        self.fullNameLabel.setObjectName(u"fullNameLabel")

        self.adminForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fullNameLabel)

        self.fullNameEdit = QLineEdit(self.adminPage)
        self.fullNameEdit.setObjectName(u"fullNameEdit")

        self.adminForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.fullNameEdit)

        self.passwordLabel = QLabel(self.adminPage)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.adminForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(self.adminPage)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.adminForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.repeatLabel = QLabel(self.adminPage)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.adminForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeatEdit = QLineEdit(self.adminPage)
        self.repeatEdit.setObjectName(u"repeatEdit")
        self.repeatEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.adminForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.repeatEdit)


        self.adminPageLayout.addLayout(self.adminForm)

        self.adminHint = QLabel(self.adminPage)
        self.adminHint.setObjectName(u"adminHint")
        self.adminHint.setWordWrap(True)
        self.adminHint.setProperty(u"role", u"hint")

        self.adminPageLayout.addWidget(self.adminHint)

        self.adminErrorLabel = QLabel(self.adminPage)
        self.adminErrorLabel.setObjectName(u"adminErrorLabel")
        self.adminErrorLabel.setWordWrap(True)
        self.adminErrorLabel.setProperty(u"role", u"error")

        self.adminPageLayout.addWidget(self.adminErrorLabel)

        self.adminSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.adminPageLayout.addItem(self.adminSpacer)

        FirstRunWizard.addPage(self.adminPage)
        self.villagesPage = QWizardPage()
        self.villagesPage.setObjectName(u"villagesPage")
        self.villagesPageLayout = QVBoxLayout(self.villagesPage)
        self.villagesPageLayout.setObjectName(u"villagesPageLayout")
        self.villageAddLayout = QHBoxLayout()
        self.villageAddLayout.setObjectName(u"villageAddLayout")
        self.villageEdit = QLineEdit(self.villagesPage)
        self.villageEdit.setObjectName(u"villageEdit")

        self.villageAddLayout.addWidget(self.villageEdit)

        self.addVillageButton = QPushButton(self.villagesPage)
        self.addVillageButton.setObjectName(u"addVillageButton")

        self.villageAddLayout.addWidget(self.addVillageButton)


        self.villagesPageLayout.addLayout(self.villageAddLayout)

        self.villageList = QListWidget(self.villagesPage)
        self.villageList.setObjectName(u"villageList")

        self.villagesPageLayout.addWidget(self.villageList)

        self.villageButtonsLayout = QHBoxLayout()
        self.villageButtonsLayout.setObjectName(u"villageButtonsLayout")
        self.villageHint = QLabel(self.villagesPage)
        self.villageHint.setObjectName(u"villageHint")
        self.villageHint.setProperty(u"role", u"hint")

        self.villageButtonsLayout.addWidget(self.villageHint)

        self.removeVillageButton = QPushButton(self.villagesPage)
        self.removeVillageButton.setObjectName(u"removeVillageButton")

        self.villageButtonsLayout.addWidget(self.removeVillageButton)


        self.villagesPageLayout.addLayout(self.villageButtonsLayout)

        self.villageErrorLabel = QLabel(self.villagesPage)
        self.villageErrorLabel.setObjectName(u"villageErrorLabel")
        self.villageErrorLabel.setWordWrap(True)
        self.villageErrorLabel.setProperty(u"role", u"error")

        self.villagesPageLayout.addWidget(self.villageErrorLabel)

        FirstRunWizard.addPage(self.villagesPage)
        self.deskPage = QWizardPage()
        self.deskPage.setObjectName(u"deskPage")
        self.deskPageLayout = QVBoxLayout(self.deskPage)
        self.deskPageLayout.setObjectName(u"deskPageLayout")
        self.deskForm = QFormLayout()
        self.deskForm.setObjectName(u"deskForm")
        self.deskNameLabel = QLabel(self.deskPage)
        self.deskNameLabel.setObjectName(u"deskNameLabel")

        self.deskForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.deskNameLabel)

        self.deskNameEdit = QLineEdit(self.deskPage)
        self.deskNameEdit.setObjectName(u"deskNameEdit")

        self.deskForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.deskNameEdit)

        self.textSizeLabel = QLabel(self.deskPage)
        self.textSizeLabel.setObjectName(u"textSizeLabel")

        self.deskForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.textSizeLabel)

        self.textSizeCombo = QComboBox(self.deskPage)
        self.textSizeCombo.setObjectName(u"textSizeCombo")

        self.deskForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.textSizeCombo)


        self.deskPageLayout.addLayout(self.deskForm)

        self.deskHint = QLabel(self.deskPage)
        self.deskHint.setObjectName(u"deskHint")
        self.deskHint.setWordWrap(True)
        self.deskHint.setProperty(u"role", u"hint")

        self.deskPageLayout.addWidget(self.deskHint)

        self.deskSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.deskPageLayout.addItem(self.deskSpacer)

        FirstRunWizard.addPage(self.deskPage)
        self.backupPage = QWizardPage()
        self.backupPage.setObjectName(u"backupPage")
        self.backupPageLayout = QVBoxLayout(self.backupPage)
        self.backupPageLayout.setObjectName(u"backupPageLayout")
        self.backupIntro = QLabel(self.backupPage)
        self.backupIntro.setObjectName(u"backupIntro")
        self.backupIntro.setWordWrap(True)

        self.backupPageLayout.addWidget(self.backupIntro)

        self.backupLayout = QHBoxLayout()
        self.backupLayout.setObjectName(u"backupLayout")
        self.backupLabel = QLabel(self.backupPage)
        self.backupLabel.setObjectName(u"backupLabel")

        self.backupLayout.addWidget(self.backupLabel)

        self.backupEdit = QLineEdit(self.backupPage)
        self.backupEdit.setObjectName(u"backupEdit")

        self.backupLayout.addWidget(self.backupEdit)

        self.backupBrowseButton = QPushButton(self.backupPage)
        self.backupBrowseButton.setObjectName(u"backupBrowseButton")

        self.backupLayout.addWidget(self.backupBrowseButton)


        self.backupPageLayout.addLayout(self.backupLayout)

        self.backupErrorLabel = QLabel(self.backupPage)
        self.backupErrorLabel.setObjectName(u"backupErrorLabel")
        self.backupErrorLabel.setWordWrap(True)
        self.backupErrorLabel.setProperty(u"role", u"error")

        self.backupPageLayout.addWidget(self.backupErrorLabel)

        self.backupSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.backupPageLayout.addItem(self.backupSpacer)

        FirstRunWizard.addPage(self.backupPage)
#if QT_CONFIG(shortcut)
        self.codeLabel.setBuddy(self.codeEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.unitLabel.setBuddy(self.unitEdit)
        self.upperLabel.setBuddy(self.upperEdit)
        self.usernameLabel.setBuddy(self.usernameEdit)
        self.fullNameLabel.setBuddy(self.fullNameEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.repeatLabel.setBuddy(self.repeatEdit)
        self.deskNameLabel.setBuddy(self.deskNameEdit)
        self.textSizeLabel.setBuddy(self.textSizeCombo)
        self.backupLabel.setBuddy(self.backupEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FirstRunWizard)

        QMetaObject.connectSlotsByName(FirstRunWizard)
    # setupUi

    def retranslateUi(self, FirstRunWizard):
        FirstRunWizard.setWindowTitle(QCoreApplication.translate("FirstRunWizard", u"Thi\u1ebft l\u1eadp ban \u0111\u1ea7u \u2013 M\u1ed9t C\u1eeda Desk", None))
        self.introPage.setTitle(QCoreApplication.translate("FirstRunWizard", u"Ch\u00e0o m\u1eebng \u0111\u1ebfn v\u1edbi M\u1ed9t C\u1eeda Desk", None))
        self.introPage.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"V\u00e0i b\u01b0\u1edbc \u0111\u1ec3 chu\u1ea9n b\u1ecb m\u00e1y cho B\u1ed9 ph\u1eadn M\u1ed9t c\u1eeda (kho\u1ea3ng 2 ph\u00fat).", None))
        self.introLabel.setText(QCoreApplication.translate("FirstRunWizard", u"\u1ee8ng d\u1ee5ng s\u1ebd h\u1ecfi l\u1ea7n l\u01b0\u1ee3t: th\u00f4ng tin c\u1ee7a x\u00e3, t\u00e0i kho\u1ea3n qu\u1ea3n tr\u1ecb, danh s\u00e1ch th\u00f4n/b\u1ea3n, t\u00ean qu\u1ea7y v\u00e0 n\u01a1i l\u01b0u b\u1ea3n sao d\u1eef li\u1ec7u. M\u1ecdi th\u00f4ng tin \u0111\u1ec1u s\u1eeda \u0111\u01b0\u1ee3c sau n\u00e0y trong menu \u00abC\u00e0i \u0111\u1eb7t \u2192 Thi\u1ebft l\u1eadp ban \u0111\u1ea7u\u2026\u00bb.\n"
"\n"
"B\u1ea5m \u00abTi\u1ebfp\u00bb \u0111\u1ec3 b\u1eaft \u0111\u1ea7u. C\u1ea7n gi\u00fap \u0111\u1ee1: xem \u00abTr\u1ee3 gi\u00fap \u2192 H\u01b0\u1edbng d\u1eabn s\u1eed d\u1ee5ng\u00bb.", None))
        self.communePage.setTitle(QCoreApplication.translate("FirstRunWizard", u"Th\u00f4ng tin x\u00e3", None))
        self.communePage.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"In tr\u00ean t\u1edd h\u01b0\u1edbng d\u1eabn cho ng\u01b0\u1eddi d\u00e2n v\u00e0 b\u00e1o c\u00e1o g\u1eedi c\u1ea5p tr\u00ean.", None))
        self.codeLabel.setText(QCoreApplication.translate("FirstRunWizard", u"&M\u00e3 x\u00e3", None))
        self.codeEdit.setPlaceholderText(QCoreApplication.translate("FirstRunWizard", u"m\u00e3 \u0111\u01a1n v\u1ecb h\u00e0nh ch\u00ednh, v\u00ed d\u1ee5 10507", None))
        self.nameLabel.setText(QCoreApplication.translate("FirstRunWizard", u"&T\u00ean x\u00e3", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("FirstRunWizard", u"v\u00ed d\u1ee5: X\u00e3 T\u00e2n L\u1eadp", None))
        self.unitLabel.setText(QCoreApplication.translate("FirstRunWizard", u"T\u00ean &b\u1ed9 ph\u1eadn", None))
        self.unitEdit.setPlaceholderText(QCoreApplication.translate("FirstRunWizard", u"v\u00ed d\u1ee5: Trung t\u00e2m Ph\u1ee5c v\u1ee5 h\u00e0nh ch\u00ednh c\u00f4ng", None))
        self.upperLabel.setText(QCoreApplication.translate("FirstRunWizard", u"&C\u1ea5p tr\u00ean nh\u1eadn b\u00e1o c\u00e1o", None))
        self.upperEdit.setPlaceholderText(QCoreApplication.translate("FirstRunWizard", u"v\u00ed d\u1ee5: UBND t\u1ec9nh Ph\u00fa Th\u1ecd", None))
        self.communeErrorLabel.setText("")
        self.adminPage.setTitle(QCoreApplication.translate("FirstRunWizard", u"T\u00e0i kho\u1ea3n qu\u1ea3n tr\u1ecb", None))
        self.adminPage.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"Ng\u01b0\u1eddi qu\u1ea3n tr\u1ecb t\u1ea1o t\u00e0i kho\u1ea3n cho c\u00e1n b\u1ed9 v\u00e0 Ch\u1ee7 t\u1ecbch sau. Kh\u00f4ng c\u00f3 m\u1eadt kh\u1ea9u m\u1eb7c \u0111\u1ecbnh.", None))
        self.usernameLabel.setText(QCoreApplication.translate("FirstRunWizard", u"T\u00ean \u0111\u0103&ng nh\u1eadp", None))
        self.fullNameLabel.setText(QCoreApplication.translate("FirstRunWizard", u"&H\u1ecd v\u00e0 t\u00ean", None))
        self.fullNameEdit.setPlaceholderText(QCoreApplication.translate("FirstRunWizard", u"v\u00ed d\u1ee5: L\u00ea V\u0103n An", None))
        self.passwordLabel.setText(QCoreApplication.translate("FirstRunWizard", u"&M\u1eadt kh\u1ea9u", None))
        self.passwordEdit.setPlaceholderText(QCoreApplication.translate("FirstRunWizard", u"\u00edt nh\u1ea5t 8 k\u00fd t\u1ef1", None))
        self.repeatLabel.setText(QCoreApplication.translate("FirstRunWizard", u"Nh\u1eadp &l\u1ea1i m\u1eadt kh\u1ea9u", None))
        self.adminHint.setText(QCoreApplication.translate("FirstRunWizard", u"H\u00e3y ghi nh\u1edb m\u1eadt kh\u1ea9u: kh\u00f4ng ai, k\u1ec3 c\u1ea3 nh\u00e0 cung c\u1ea5p, xem l\u1ea1i \u0111\u01b0\u1ee3c m\u1eadt kh\u1ea9u n\u00e0y.", None))
        self.adminErrorLabel.setText("")
        self.villagesPage.setTitle(QCoreApplication.translate("FirstRunWizard", u"Th\u00f4n, b\u1ea3n, t\u1ed5 d\u00e2n ph\u1ed1", None))
        self.villagesPage.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"Danh s\u00e1ch \u0111\u1ec3 ch\u1ecdn khi ghi l\u01b0\u1ee3t h\u1ed7 tr\u1ee3. C\u00f3 th\u1ec3 b\u1ecf qua v\u00e0 th\u00eam d\u1ea7n khi ti\u1ebfp d\u00e2n.", None))
        self.villageEdit.setPlaceholderText(QCoreApplication.translate("FirstRunWizard", u"t\u00ean th\u00f4n/b\u1ea3n, v\u00ed d\u1ee5: Th\u00f4n \u0110\u1ed3ng T\u00e2m", None))
        self.addVillageButton.setText(QCoreApplication.translate("FirstRunWizard", u"&Th\u00eam", None))
#if QT_CONFIG(accessibility)
        self.villageList.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Danh s\u00e1ch th\u00f4n, b\u1ea3n", None))
#endif // QT_CONFIG(accessibility)
        self.villageHint.setText(QCoreApplication.translate("FirstRunWizard", u"Nh\u1ea5p \u0111\u00fap v\u00e0o m\u1ed9t t\u00ean \u0111\u1ec3 s\u1eeda.", None))
        self.removeVillageButton.setText(QCoreApplication.translate("FirstRunWizard", u"&B\u1ecf th\u00f4n \u0111\u00e3 ch\u1ecdn", None))
        self.villageErrorLabel.setText("")
        self.deskPage.setTitle(QCoreApplication.translate("FirstRunWizard", u"Qu\u1ea7y v\u00e0 c\u1ee1 ch\u1eef", None))
        self.deskPage.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"Ri\u00eang cho m\u00e1y t\u00ednh n\u00e0y.", None))
        self.deskNameLabel.setText(QCoreApplication.translate("FirstRunWizard", u"T\u00ean &qu\u1ea7y", None))
        self.deskNameEdit.setPlaceholderText(QCoreApplication.translate("FirstRunWizard", u"v\u00ed d\u1ee5: Qu\u1ea7y 1 \u2013 H\u1ed9 t\u1ecbch", None))
        self.textSizeLabel.setText(QCoreApplication.translate("FirstRunWizard", u"C\u1ee1 &ch\u1eef tr\u00ean m\u00e0n h\u00ecnh", None))
        self.deskHint.setText(QCoreApplication.translate("FirstRunWizard", u"Ch\u1eef \u00abL\u1edbn\u00bb ho\u1eb7c \u00abR\u1ea5t l\u1edbn\u00bb d\u1ec5 \u0111\u1ecdc h\u01a1n v\u1edbi ng\u01b0\u1eddi l\u1edbn tu\u1ed5i; \u0111\u1ed5i l\u1ea1i b\u1ea5t c\u1ee9 l\u00fac n\u00e0o \u1edf \u00abC\u00e0i \u0111\u1eb7t \u2192 C\u1ee1 ch\u1eef\u00bb.", None))
        self.backupPage.setTitle(QCoreApplication.translate("FirstRunWizard", u"Sao l\u01b0u d\u1eef li\u1ec7u", None))
        self.backupPage.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"\u1ee8ng d\u1ee5ng t\u1ef1 sao l\u01b0u m\u1ed7i ng\u00e0y v\u00e0 khi tho\u00e1t.", None))
        self.backupIntro.setText(QCoreApplication.translate("FirstRunWizard", u"N\u00ean ch\u1ecdn m\u1ed9t \u1ed5 kh\u00e1c \u1ed5 ch\u1ee9a d\u1eef li\u1ec7u (v\u00ed d\u1ee5 \u1ed5 USB ho\u1eb7c \u1ed5 D:) \u0111\u1ec3 m\u1ed9t h\u1ecfng h\u00f3c kh\u00f4ng l\u00e0m m\u1ea5t c\u1ea3 d\u1eef li\u1ec7u l\u1eabn b\u1ea3n sao.", None))
        self.backupLabel.setText(QCoreApplication.translate("FirstRunWizard", u"&Th\u01b0 m\u1ee5c sao l\u01b0u", None))
        self.backupBrowseButton.setText(QCoreApplication.translate("FirstRunWizard", u"&Ch\u1ecdn\u2026", None))
        self.backupErrorLabel.setText("")
    # retranslateUi


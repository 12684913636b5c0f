# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'desk_log.ui'
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
    QDateEdit, QDateTimeEdit, QFrame, QGridLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QRadioButton, QScrollArea,
    QSizePolicy, QSpacerItem, QSplitter, QTableView,
    QToolButton, QVBoxLayout, QWidget)

class Ui_DeskLogScreen(object):
    def setupUi(self, DeskLogScreen):
        if not DeskLogScreen.objectName():
            DeskLogScreen.setObjectName(u"DeskLogScreen")
        DeskLogScreen.resize(1200, 760)
        self.screenLayout = QVBoxLayout(DeskLogScreen)
        self.screenLayout.setObjectName(u"screenLayout")
        self.templatesBar = QWidget(DeskLogScreen)
        self.templatesBar.setObjectName(u"templatesBar")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.templatesBar.sizePolicy().hasHeightForWidth())
        self.templatesBar.setSizePolicy(sizePolicy)
        self.templatesLayout = QHBoxLayout(self.templatesBar)
        self.templatesLayout.setObjectName(u"templatesLayout")
        self.templatesLayout.setContentsMargins(0, 0, 0, 0)
        self.templatesLabel = QLabel(self.templatesBar)
        self.templatesLabel.setObjectName(u"templatesLabel")

        self.templatesLayout.addWidget(self.templatesLabel)


        self.screenLayout.addWidget(self.templatesBar)

        self.editBanner = QFrame(DeskLogScreen)
        self.editBanner.setObjectName(u"editBanner")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.editBanner.sizePolicy().hasHeightForWidth())
        self.editBanner.setSizePolicy(sizePolicy1)
        self.editBanner.setVisible(False)
        self.editBanner.setFrameShape(QFrame.Shape.StyledPanel)
        self.editBannerLayout = QHBoxLayout(self.editBanner)
        self.editBannerLayout.setObjectName(u"editBannerLayout")
        self.editBannerLabel = QLabel(self.editBanner)
        self.editBannerLabel.setObjectName(u"editBannerLabel")

        self.editBannerLayout.addWidget(self.editBannerLabel)

        self.cancelEditButton = QPushButton(self.editBanner)
        self.cancelEditButton.setObjectName(u"cancelEditButton")

        self.editBannerLayout.addWidget(self.cancelEditButton)


        self.screenLayout.addWidget(self.editBanner)

        self.splitter = QSplitter(DeskLogScreen)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.entryScroll = QScrollArea(self.splitter)
        self.entryScroll.setObjectName(u"entryScroll")
        self.entryScroll.setMinimumWidth(500)
        self.entryScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.entryScroll.setWidgetResizable(True)
        self.entryScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.entryPanel = QWidget()
        self.entryPanel.setObjectName(u"entryPanel")
        self.entryLayout = QVBoxLayout(self.entryPanel)
        self.entryLayout.setObjectName(u"entryLayout")
        self.purposeLabel = QLabel(self.entryPanel)
        self.purposeLabel.setObjectName(u"purposeLabel")
        self.purposeLabel.setWordWrap(True)
        self.purposeLabel.setProperty(u"role", u"hint")

        self.entryLayout.addWidget(self.purposeLabel)

        self.citizenGroup = QGroupBox(self.entryPanel)
        self.citizenGroup.setObjectName(u"citizenGroup")
        self.citizenLayout = QGridLayout(self.citizenGroup)
        self.citizenLayout.setObjectName(u"citizenLayout")
        self.whenLabel = QLabel(self.citizenGroup)
        self.whenLabel.setObjectName(u"whenLabel")

        self.citizenLayout.addWidget(self.whenLabel, 0, 0, 1, 1)

        self.whenEdit = QDateTimeEdit(self.citizenGroup)
        self.whenEdit.setObjectName(u"whenEdit")
        self.whenEdit.setDisplayFormat(u"dd/MM/yyyy HH:mm")
        self.whenEdit.setCalendarPopup(True)

        self.citizenLayout.addWidget(self.whenEdit, 0, 1, 1, 1)

        self.whenError = QLabel(self.citizenGroup)
        self.whenError.setObjectName(u"whenError")
        self.whenError.setVisible(False)
        self.whenError.setWordWrap(True)
        self.whenError.setProperty(u"role", u"error")

        self.citizenLayout.addWidget(self.whenError, 0, 2, 1, 2)

        self.nameLabel = QLabel(self.citizenGroup)
        self.nameLabel.setObjectName(u"nameLabel")

        self.citizenLayout.addWidget(self.nameLabel, 1, 0, 1, 1)

        self.nameEdit = QLineEdit(self.citizenGroup)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(120)

        self.citizenLayout.addWidget(self.nameEdit, 1, 1, 1, 1)

        self.birthYearLabel = QLabel(self.citizenGroup)
        self.birthYearLabel.setObjectName(u"birthYearLabel")

        self.citizenLayout.addWidget(self.birthYearLabel, 1, 2, 1, 1)

        self.birthYearEdit = QLineEdit(self.citizenGroup)
        self.birthYearEdit.setObjectName(u"birthYearEdit")
        self.birthYearEdit.setMaxLength(4)

        self.citizenLayout.addWidget(self.birthYearEdit, 1, 3, 1, 1)

        self.nameError = QLabel(self.citizenGroup)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setVisible(False)
        self.nameError.setWordWrap(True)
        self.nameError.setProperty(u"role", u"error")

        self.citizenLayout.addWidget(self.nameError, 2, 1, 1, 1)

        self.birthYearError = QLabel(self.citizenGroup)
        self.birthYearError.setObjectName(u"birthYearError")
        self.birthYearError.setVisible(False)
        self.birthYearError.setWordWrap(True)
        self.birthYearError.setProperty(u"role", u"error")

        self.citizenLayout.addWidget(self.birthYearError, 2, 3, 1, 1)

        self.sexLabel = QLabel(self.citizenGroup)
        self.sexLabel.setObjectName(u"sexLabel")

        self.citizenLayout.addWidget(self.sexLabel, 3, 0, 1, 1)

        self.sexLayout = QHBoxLayout()
        self.sexLayout.setObjectName(u"sexLayout")
        self.maleRadio = QRadioButton(self.citizenGroup)
        self.maleRadio.setObjectName(u"maleRadio")

        self.sexLayout.addWidget(self.maleRadio)

        self.femaleRadio = QRadioButton(self.citizenGroup)
        self.femaleRadio.setObjectName(u"femaleRadio")

        self.sexLayout.addWidget(self.femaleRadio)

        self.otherSexRadio = QRadioButton(self.citizenGroup)
        self.otherSexRadio.setObjectName(u"otherSexRadio")

        self.sexLayout.addWidget(self.otherSexRadio)

        self.sexSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sexLayout.addItem(self.sexSpacer)


        self.citizenLayout.addLayout(self.sexLayout, 3, 1, 1, 1)

        self.villageLabel = QLabel(self.citizenGroup)
        self.villageLabel.setObjectName(u"villageLabel")

        self.citizenLayout.addWidget(self.villageLabel, 3, 2, 1, 1)

        self.villageCombo = QComboBox(self.citizenGroup)
        self.villageCombo.setObjectName(u"villageCombo")
        self.villageCombo.setEditable(True)
        self.villageCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.citizenLayout.addWidget(self.villageCombo, 3, 3, 1, 1)

        self.phoneLabel = QLabel(self.citizenGroup)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.citizenLayout.addWidget(self.phoneLabel, 4, 0, 1, 1)

        self.phoneLayout = QHBoxLayout()
        self.phoneLayout.setObjectName(u"phoneLayout")
        self.phoneEdit = QLineEdit(self.citizenGroup)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(16)

        self.phoneLayout.addWidget(self.phoneEdit)

        self.phoneConsentCheck = QCheckBox(self.citizenGroup)
        self.phoneConsentCheck.setObjectName(u"phoneConsentCheck")

        self.phoneLayout.addWidget(self.phoneConsentCheck)


        self.citizenLayout.addLayout(self.phoneLayout, 4, 1, 1, 3)

        self.phoneError = QLabel(self.citizenGroup)
        self.phoneError.setObjectName(u"phoneError")
        self.phoneError.setVisible(False)
        self.phoneError.setWordWrap(True)
        self.phoneError.setProperty(u"role", u"error")

        self.citizenLayout.addWidget(self.phoneError, 5, 1, 1, 3)

        self.idLabel = QLabel(self.citizenGroup)
        self.idLabel.setObjectName(u"idLabel")

        self.citizenLayout.addWidget(self.idLabel, 6, 0, 1, 1)

        self.idEdit = QLineEdit(self.citizenGroup)
        self.idEdit.setObjectName(u"idEdit")
        self.idEdit.setMaxLength(16)

        self.citizenLayout.addWidget(self.idEdit, 6, 1, 1, 1)

        self.idError = QLabel(self.citizenGroup)
        self.idError.setObjectName(u"idError")
        self.idError.setVisible(False)
        self.idError.setWordWrap(True)
        self.idError.setProperty(u"role", u"error")

        self.citizenLayout.addWidget(self.idError, 7, 1, 1, 3)

        self.flagsLayout = QHBoxLayout()
        self.flagsLayout.setObjectName(u"flagsLayout")
        self.ethnicCheck = QCheckBox(self.citizenGroup)
        self.ethnicCheck.setObjectName(u"ethnicCheck")

        self.flagsLayout.addWidget(self.ethnicCheck)

        self.disabilityCheck = QCheckBox(self.citizenGroup)
        self.disabilityCheck.setObjectName(u"disabilityCheck")

        self.flagsLayout.addWidget(self.disabilityCheck)

        self.flagsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.flagsLayout.addItem(self.flagsSpacer)


        self.citizenLayout.addLayout(self.flagsLayout, 8, 1, 1, 3)

        self.citizenLayout.setColumnStretch(1, 3)
        self.citizenLayout.setColumnStretch(3, 2)

        self.entryLayout.addWidget(self.citizenGroup)

        self.helpGroup = QGroupBox(self.entryPanel)
        self.helpGroup.setObjectName(u"helpGroup")
        self.helpLayout = QGridLayout(self.helpGroup)
        self.helpLayout.setObjectName(u"helpLayout")
        self.procedureLabel = QLabel(self.helpGroup)
        self.procedureLabel.setObjectName(u"procedureLabel")

        self.helpLayout.addWidget(self.procedureLabel, 0, 0, 1, 1)

        self.procedureEdit = QLineEdit(self.helpGroup)
        self.procedureEdit.setObjectName(u"procedureEdit")

        self.helpLayout.addWidget(self.procedureEdit, 0, 1, 1, 1)

        self.procedureError = QLabel(self.helpGroup)
        self.procedureError.setObjectName(u"procedureError")
        self.procedureError.setVisible(False)
        self.procedureError.setWordWrap(True)
        self.procedureError.setProperty(u"role", u"error")

        self.helpLayout.addWidget(self.procedureError, 1, 1, 1, 1)

        self.assistanceLabel = QLabel(self.helpGroup)
        self.assistanceLabel.setObjectName(u"assistanceLabel")

        self.helpLayout.addWidget(self.assistanceLabel, 2, 0, 1, 1)

        self.assistanceBox = QWidget(self.helpGroup)
        self.assistanceBox.setObjectName(u"assistanceBox")

        self.helpLayout.addWidget(self.assistanceBox, 2, 1, 1, 1)

        self.assistanceError = QLabel(self.helpGroup)
        self.assistanceError.setObjectName(u"assistanceError")
        self.assistanceError.setVisible(False)
        self.assistanceError.setWordWrap(True)
        self.assistanceError.setProperty(u"role", u"error")

        self.helpLayout.addWidget(self.assistanceError, 3, 1, 1, 1)

        self.channelLabel = QLabel(self.helpGroup)
        self.channelLabel.setObjectName(u"channelLabel")

        self.helpLayout.addWidget(self.channelLabel, 4, 0, 1, 1)

        self.channelLayout = QHBoxLayout()
        self.channelLayout.setObjectName(u"channelLayout")
        self.channelFullRadio = QRadioButton(self.helpGroup)
        self.channelFullRadio.setObjectName(u"channelFullRadio")

        self.channelLayout.addWidget(self.channelFullRadio)

        self.channelPartialRadio = QRadioButton(self.helpGroup)
        self.channelPartialRadio.setObjectName(u"channelPartialRadio")

        self.channelLayout.addWidget(self.channelPartialRadio)

        self.channelInPersonRadio = QRadioButton(self.helpGroup)
        self.channelInPersonRadio.setObjectName(u"channelInPersonRadio")

        self.channelLayout.addWidget(self.channelInPersonRadio)

        self.channelSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.channelLayout.addItem(self.channelSpacer)


        self.helpLayout.addLayout(self.channelLayout, 4, 1, 1, 1)

        self.channelError = QLabel(self.helpGroup)
        self.channelError.setObjectName(u"channelError")
        self.channelError.setVisible(False)
        self.channelError.setWordWrap(True)
        self.channelError.setProperty(u"role", u"error")

        self.helpLayout.addWidget(self.channelError, 5, 1, 1, 1)

        self.outcomeLabel = QLabel(self.helpGroup)
        self.outcomeLabel.setObjectName(u"outcomeLabel")

        self.helpLayout.addWidget(self.outcomeLabel, 6, 0, 1, 1)

        self.outcomeLayout = QHBoxLayout()
        self.outcomeLayout.setObjectName(u"outcomeLayout")
        self.submittedRadio = QRadioButton(self.helpGroup)
        self.submittedRadio.setObjectName(u"submittedRadio")

        self.outcomeLayout.addWidget(self.submittedRadio)

        self.helpedRadio = QRadioButton(self.helpGroup)
        self.helpedRadio.setObjectName(u"helpedRadio")

        self.outcomeLayout.addWidget(self.helpedRadio)

        self.notCompletedRadio = QRadioButton(self.helpGroup)
        self.notCompletedRadio.setObjectName(u"notCompletedRadio")

        self.outcomeLayout.addWidget(self.notCompletedRadio)

        self.outcomeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.outcomeLayout.addItem(self.outcomeSpacer)


        self.helpLayout.addLayout(self.outcomeLayout, 6, 1, 1, 1)

        self.dossierLabel = QLabel(self.helpGroup)
        self.dossierLabel.setObjectName(u"dossierLabel")

        self.helpLayout.addWidget(self.dossierLabel, 7, 0, 1, 1)

        self.dossierEdit = QLineEdit(self.helpGroup)
        self.dossierEdit.setObjectName(u"dossierEdit")
        self.dossierEdit.setMaxLength(64)

        self.helpLayout.addWidget(self.dossierEdit, 7, 1, 1, 1)

        self.reasonLabel = QLabel(self.helpGroup)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.helpLayout.addWidget(self.reasonLabel, 8, 0, 1, 1)

        self.reasonCombo = QComboBox(self.helpGroup)
        self.reasonCombo.setObjectName(u"reasonCombo")

        self.helpLayout.addWidget(self.reasonCombo, 8, 1, 1, 1)

        self.reasonTextEdit = QLineEdit(self.helpGroup)
        self.reasonTextEdit.setObjectName(u"reasonTextEdit")
        self.reasonTextEdit.setMaxLength(300)

        self.helpLayout.addWidget(self.reasonTextEdit, 9, 1, 1, 1)

        self.outcomeError = QLabel(self.helpGroup)
        self.outcomeError.setObjectName(u"outcomeError")
        self.outcomeError.setVisible(False)
        self.outcomeError.setWordWrap(True)
        self.outcomeError.setProperty(u"role", u"error")

        self.helpLayout.addWidget(self.outcomeError, 10, 1, 1, 1)

        self.clerkLabel = QLabel(self.helpGroup)
        self.clerkLabel.setObjectName(u"clerkLabel")

        self.helpLayout.addWidget(self.clerkLabel, 11, 0, 1, 1)

        self.clerkCombo = QComboBox(self.helpGroup)
        self.clerkCombo.setObjectName(u"clerkCombo")
        self.clerkCombo.setEditable(True)
        self.clerkCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.helpLayout.addWidget(self.clerkCombo, 11, 1, 1, 1)

        self.noteLabel = QLabel(self.helpGroup)
        self.noteLabel.setObjectName(u"noteLabel")

        self.helpLayout.addWidget(self.noteLabel, 12, 0, 1, 1)

        self.noteEdit = QLineEdit(self.helpGroup)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setMaxLength(500)

        self.helpLayout.addWidget(self.noteEdit, 12, 1, 1, 1)

        self.helpLayout.setColumnStretch(1, 1)

        self.entryLayout.addWidget(self.helpGroup)

        self.formButtons = QHBoxLayout()
        self.formButtons.setObjectName(u"formButtons")
        self.saveButton = QPushButton(self.entryPanel)
        self.saveButton.setObjectName(u"saveButton")

        self.formButtons.addWidget(self.saveButton)

        self.clearButton = QPushButton(self.entryPanel)
        self.clearButton.setObjectName(u"clearButton")

        self.formButtons.addWidget(self.clearButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.formButtons.addItem(self.buttonsSpacer)


        self.entryLayout.addLayout(self.formButtons)

        self.entrySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.entryLayout.addItem(self.entrySpacer)

        self.entryScroll.setWidget(self.entryPanel)
        self.splitter.addWidget(self.entryScroll)
        self.dayPanel = QWidget(self.splitter)
        self.dayPanel.setObjectName(u"dayPanel")
        self.dayLayout = QVBoxLayout(self.dayPanel)
        self.dayLayout.setObjectName(u"dayLayout")
        self.dayLayout.setContentsMargins(0, 0, 0, 0)
        self.dayNavLayout = QHBoxLayout()
        self.dayNavLayout.setObjectName(u"dayNavLayout")
        self.prevDayButton = QToolButton(self.dayPanel)
        self.prevDayButton.setObjectName(u"prevDayButton")

        self.dayNavLayout.addWidget(self.prevDayButton)

        self.dayEdit = QDateEdit(self.dayPanel)
        self.dayEdit.setObjectName(u"dayEdit")
        self.dayEdit.setDisplayFormat(u"dd/MM/yyyy")
        self.dayEdit.setCalendarPopup(True)

        self.dayNavLayout.addWidget(self.dayEdit)

        self.nextDayButton = QToolButton(self.dayPanel)
        self.nextDayButton.setObjectName(u"nextDayButton")

        self.dayNavLayout.addWidget(self.nextDayButton)

        self.todayButton = QPushButton(self.dayPanel)
        self.todayButton.setObjectName(u"todayButton")

        self.dayNavLayout.addWidget(self.todayButton)

        self.filterEdit = QLineEdit(self.dayPanel)
        self.filterEdit.setObjectName(u"filterEdit")

        self.dayNavLayout.addWidget(self.filterEdit)


        self.dayLayout.addLayout(self.dayNavLayout)

        self.countersLabel = QLabel(self.dayPanel)
        self.countersLabel.setObjectName(u"countersLabel")

        self.dayLayout.addWidget(self.countersLabel)

        self.dayLockLabel = QLabel(self.dayPanel)
        self.dayLockLabel.setObjectName(u"dayLockLabel")
        self.dayLockLabel.setVisible(False)
        self.dayLockLabel.setWordWrap(True)
        self.dayLockLabel.setProperty(u"role", u"locked")

        self.dayLayout.addWidget(self.dayLockLabel)

        self.visitTable = QTableView(self.dayPanel)
        self.visitTable.setObjectName(u"visitTable")
        self.visitTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.visitTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.visitTable.setAlternatingRowColors(True)
        self.visitTable.setSortingEnabled(True)
        self.visitTable.setWordWrap(False)

        self.dayLayout.addWidget(self.visitTable)

        self.tableButtons = QHBoxLayout()
        self.tableButtons.setObjectName(u"tableButtons")
        self.editButton = QPushButton(self.dayPanel)
        self.editButton.setObjectName(u"editButton")

        self.tableButtons.addWidget(self.editButton)

        self.deleteButton = QPushButton(self.dayPanel)
        self.deleteButton.setObjectName(u"deleteButton")

        self.tableButtons.addWidget(self.deleteButton)

        self.tableSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.tableButtons.addItem(self.tableSpacer)


        self.dayLayout.addLayout(self.tableButtons)

        self.splitter.addWidget(self.dayPanel)

        self.screenLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.whenLabel.setBuddy(self.whenEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.birthYearLabel.setBuddy(self.birthYearEdit)
        self.villageLabel.setBuddy(self.villageCombo)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.idLabel.setBuddy(self.idEdit)
        self.procedureLabel.setBuddy(self.procedureEdit)
        self.dossierLabel.setBuddy(self.dossierEdit)
        self.reasonLabel.setBuddy(self.reasonCombo)
        self.clerkLabel.setBuddy(self.clerkCombo)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.birthYearEdit)
        QWidget.setTabOrder(self.birthYearEdit, self.maleRadio)
        QWidget.setTabOrder(self.maleRadio, self.femaleRadio)
        QWidget.setTabOrder(self.femaleRadio, self.otherSexRadio)
        QWidget.setTabOrder(self.otherSexRadio, self.villageCombo)
        QWidget.setTabOrder(self.villageCombo, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.phoneConsentCheck)
        QWidget.setTabOrder(self.phoneConsentCheck, self.idEdit)
        QWidget.setTabOrder(self.idEdit, self.ethnicCheck)
        QWidget.setTabOrder(self.ethnicCheck, self.disabilityCheck)
        QWidget.setTabOrder(self.disabilityCheck, self.procedureEdit)
        QWidget.setTabOrder(self.procedureEdit, self.channelFullRadio)
        QWidget.setTabOrder(self.channelFullRadio, self.channelPartialRadio)
        QWidget.setTabOrder(self.channelPartialRadio, self.channelInPersonRadio)
        QWidget.setTabOrder(self.channelInPersonRadio, self.submittedRadio)
        QWidget.setTabOrder(self.submittedRadio, self.helpedRadio)
        QWidget.setTabOrder(self.helpedRadio, self.notCompletedRadio)
        QWidget.setTabOrder(self.notCompletedRadio, self.dossierEdit)
        QWidget.setTabOrder(self.dossierEdit, self.reasonCombo)
        QWidget.setTabOrder(self.reasonCombo, self.reasonTextEdit)
        QWidget.setTabOrder(self.reasonTextEdit, self.clerkCombo)
        QWidget.setTabOrder(self.clerkCombo, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.clearButton)
        QWidget.setTabOrder(self.clearButton, self.whenEdit)
        QWidget.setTabOrder(self.whenEdit, self.filterEdit)
        QWidget.setTabOrder(self.filterEdit, self.visitTable)

        self.retranslateUi(DeskLogScreen)

        QMetaObject.connectSlotsByName(DeskLogScreen)
    # setupUi

    def retranslateUi(self, DeskLogScreen):
        self.templatesLabel.setText(QCoreApplication.translate("DeskLogScreen", u"M\u1eabu nhanh:", None))
        self.editBannerLabel.setText("")
        self.cancelEditButton.setText(QCoreApplication.translate("DeskLogScreen", u"H\u1ee7y s\u1eeda", None))
        self.purposeLabel.setText(QCoreApplication.translate("DeskLogScreen", u"Ghi l\u1ea1i \u0111\u1ec3 theo d\u00f5i vi\u1ec7c h\u1ed7 tr\u1ee3 v\u00e0 b\u00e1o c\u00e1o s\u1ed1 li\u1ec7u. Ch\u1ec9 l\u01b0u s\u1ed1 \u0111i\u1ec7n tho\u1ea1i khi ng\u01b0\u1eddi d\u00e2n \u0111\u1ed3ng \u00fd; th\u00f4ng tin c\u00e1 nh\u00e2n t\u1ef1 x\u00f3a sau th\u1eddi gian l\u01b0u c\u1ee7a x\u00e3.", None))
        self.citizenGroup.setTitle(QCoreApplication.translate("DeskLogScreen", u"Ng\u01b0\u1eddi d\u00e2n", None))
        self.whenLabel.setText(QCoreApplication.translate("DeskLogScreen", u"N&g\u00e0y gi\u1edd", None))
        self.nameLabel.setText(QCoreApplication.translate("DeskLogScreen", u"&H\u1ecd v\u00e0 t\u00ean", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("DeskLogScreen", u"H\u1ecd v\u00e0 t\u00ean ng\u01b0\u1eddi d\u00e2n", None))
        self.birthYearLabel.setText(QCoreApplication.translate("DeskLogScreen", u"N\u0103m &sinh", None))
        self.birthYearEdit.setPlaceholderText(QCoreApplication.translate("DeskLogScreen", u"yyyy", None))
        self.sexLabel.setText(QCoreApplication.translate("DeskLogScreen", u"Gi\u1edbi t\u00ednh", None))
        self.maleRadio.setText(QCoreApplication.translate("DeskLogScreen", u"Nam", None))
        self.femaleRadio.setText(QCoreApplication.translate("DeskLogScreen", u"N\u1eef", None))
        self.otherSexRadio.setText(QCoreApplication.translate("DeskLogScreen", u"Kh\u00e1c", None))
        self.villageLabel.setText(QCoreApplication.translate("DeskLogScreen", u"&Th\u00f4n/T\u1ed5", None))
        self.phoneLabel.setText(QCoreApplication.translate("DeskLogScreen", u"S\u1ed1 \u0111i\u1ec7n tho\u1ea1&i", None))
        self.phoneEdit.setPlaceholderText(QCoreApplication.translate("DeskLogScreen", u"10 ch\u1eef s\u1ed1", None))
        self.phoneConsentCheck.setText(QCoreApplication.translate("DeskLogScreen", u"\u0110\u1ed3ng \u00fd l\u01b0u s\u1ed1", None))
#if QT_CONFIG(tooltip)
        self.phoneConsentCheck.setToolTip(QCoreApplication.translate("DeskLogScreen", u"H\u1ecfi ng\u01b0\u1eddi d\u00e2n tr\u01b0\u1edbc. Ch\u1ec9 \u0111\u00e1nh d\u1ea5u khi h\u1ecd \u0111\u1ed3ng \u00fd \u0111\u1ec3 x\u00e3 g\u1ecdi l\u1ea1i b\u00e1o k\u1ebft qu\u1ea3.", None))
#endif // QT_CONFIG(tooltip)
        self.idLabel.setText(QCoreApplication.translate("DeskLogScreen", u"S\u1ed1 \u0111\u1ecbnh &danh", None))
        self.idEdit.setPlaceholderText(QCoreApplication.translate("DeskLogScreen", u"12 ch\u1eef s\u1ed1", None))
        self.ethnicCheck.setText(QCoreApplication.translate("DeskLogScreen", u"D\u00e2n t\u1ed9c thi\u1ec3u s\u1ed1", None))
        self.disabilityCheck.setText(QCoreApplication.translate("DeskLogScreen", u"Ng\u01b0\u1eddi khuy\u1ebft t\u1eadt", None))
        self.helpGroup.setTitle(QCoreApplication.translate("DeskLogScreen", u"Th\u1ee7 t\u1ee5c v\u00e0 h\u1ed7 tr\u1ee3", None))
        self.procedureLabel.setText(QCoreApplication.translate("DeskLogScreen", u"Th\u1ee7 t\u1ee5&c", None))
        self.procedureEdit.setPlaceholderText(QCoreApplication.translate("DeskLogScreen", u"G\u00f5 t\u00ean ho\u1eb7c m\u00e3 th\u1ee7 t\u1ee5c, kh\u00f4ng c\u1ea7n d\u1ea5u", None))
        self.assistanceLabel.setText(QCoreApplication.translate("DeskLogScreen", u"H\u1ed7 tr\u1ee3", None))
#if QT_CONFIG(accessibility)
        self.assistanceBox.setAccessibleName(QCoreApplication.translate("DeskLogScreen", u"H\u00ecnh th\u1ee9c h\u1ed7 tr\u1ee3", None))
#endif // QT_CONFIG(accessibility)
        self.channelLabel.setText(QCoreApplication.translate("DeskLogScreen", u"K\u00eanh n\u1ed9p", None))
        self.channelFullRadio.setText(QCoreApplication.translate("DeskLogScreen", u"To\u00e0n tr\u00ecnh", None))
        self.channelPartialRadio.setText(QCoreApplication.translate("DeskLogScreen", u"M\u1ed9t ph\u1ea7n", None))
        self.channelInPersonRadio.setText(QCoreApplication.translate("DeskLogScreen", u"Tr\u1ef1c ti\u1ebfp", None))
        self.outcomeLabel.setText(QCoreApplication.translate("DeskLogScreen", u"K\u1ebft qu\u1ea3", None))
        self.submittedRadio.setText(QCoreApplication.translate("DeskLogScreen", u"\u0110\u00e3 n\u1ed9p", None))
        self.helpedRadio.setText(QCoreApplication.translate("DeskLogScreen", u"\u0110\u00e3 h\u1ed7 tr\u1ee3 xong", None))
        self.notCompletedRadio.setText(QCoreApplication.translate("DeskLogScreen", u"Ch\u01b0a ho\u00e0n th\u00e0nh", None))
        self.dossierLabel.setText(QCoreApplication.translate("DeskLogScreen", u"&M\u00e3 h\u1ed3 s\u01a1", None))
        self.dossierEdit.setPlaceholderText(QCoreApplication.translate("DeskLogScreen", u"M\u00e3 h\u1ed3 s\u01a1 do C\u1ed5ng DVC c\u1ea5p", None))
        self.reasonLabel.setText(QCoreApplication.translate("DeskLogScreen", u"&L\u00fd do", None))
        self.reasonTextEdit.setPlaceholderText(QCoreApplication.translate("DeskLogScreen", u"Ghi r\u00f5 th\u00eam (n\u1ebfu c\u1ea7n)", None))
        self.clerkLabel.setText(QCoreApplication.translate("DeskLogScreen", u"C\u00e1n &b\u1ed9", None))
        self.noteLabel.setText(QCoreApplication.translate("DeskLogScreen", u"Ghi ch&\u00fa", None))
        self.saveButton.setText(QCoreApplication.translate("DeskLogScreen", u"L\u01b0u (Enter)", None))
        self.clearButton.setText(QCoreApplication.translate("DeskLogScreen", u"X\u00f3a tr\u1eafng (Esc)", None))
        self.prevDayButton.setText(QCoreApplication.translate("DeskLogScreen", u"\u25c0", None))
#if QT_CONFIG(tooltip)
        self.prevDayButton.setToolTip(QCoreApplication.translate("DeskLogScreen", u"Ng\u00e0y tr\u01b0\u1edbc (Alt+\u2190)", None))
#endif // QT_CONFIG(tooltip)
        self.nextDayButton.setText(QCoreApplication.translate("DeskLogScreen", u"\u25b6", None))
#if QT_CONFIG(tooltip)
        self.nextDayButton.setToolTip(QCoreApplication.translate("DeskLogScreen", u"Ng\u00e0y sau (Alt+\u2192)", None))
#endif // QT_CONFIG(tooltip)
        self.todayButton.setText(QCoreApplication.translate("DeskLogScreen", u"H\u00f4m nay", None))
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("DeskLogScreen", u"T\u00ecm: t\u00ean, th\u1ee7 t\u1ee5c, m\u00e3 h\u1ed3 s\u01a1, th\u00f4n\u2026 (Ctrl+F)", None))
#if QT_CONFIG(accessibility)
        self.countersLabel.setAccessibleName(QCoreApplication.translate("DeskLogScreen", u"S\u1ed1 li\u1ec7u trong ng\u00e0y", None))
#endif // QT_CONFIG(accessibility)
        self.editButton.setText(QCoreApplication.translate("DeskLogScreen", u"S\u1eeda l\u01b0\u1ee3t \u0111\u00e3 ch\u1ecdn", None))
        self.deleteButton.setText(QCoreApplication.translate("DeskLogScreen", u"X\u00f3a l\u01b0\u1ee3t \u0111\u00e3 ch\u1ecdn (Delete)", None))
        pass
    # retranslateUi


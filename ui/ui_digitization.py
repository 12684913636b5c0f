# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'digitization.ui'
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
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QTableView, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_DigitizationScreen(object):
    def setupUi(self, DigitizationScreen):
        if not DigitizationScreen.objectName():
            DigitizationScreen.setObjectName(u"DigitizationScreen")
        DigitizationScreen.resize(1300, 760)
        self.screenLayout = QVBoxLayout(DigitizationScreen)
        self.screenLayout.setObjectName(u"screenLayout")
        self.stateBarLayout = QHBoxLayout()
        self.stateBarLayout.setObjectName(u"stateBarLayout")

        self.screenLayout.addLayout(self.stateBarLayout)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.kindLabel = QLabel(DigitizationScreen)
        self.kindLabel.setObjectName(u"kindLabel")

        self.filterLayout.addWidget(self.kindLabel)

        self.kindCombo = QComboBox(DigitizationScreen)
        self.kindCombo.setObjectName(u"kindCombo")
        self.kindCombo.setMinimumWidth(150)

        self.filterLayout.addWidget(self.kindCombo)

        self.clerkLabel = QLabel(DigitizationScreen)
        self.clerkLabel.setObjectName(u"clerkLabel")

        self.filterLayout.addWidget(self.clerkLabel)

        self.clerkCombo = QComboBox(DigitizationScreen)
        self.clerkCombo.setObjectName(u"clerkCombo")
        self.clerkCombo.setMinimumWidth(130)

        self.filterLayout.addWidget(self.clerkCombo)

        self.overdueCheck = QCheckBox(DigitizationScreen)
        self.overdueCheck.setObjectName(u"overdueCheck")

        self.filterLayout.addWidget(self.overdueCheck)

        self.searchLabel = QLabel(DigitizationScreen)
        self.searchLabel.setObjectName(u"searchLabel")

        self.filterLayout.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(DigitizationScreen)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.searchEdit)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)

        self.addButton = QPushButton(DigitizationScreen)
        self.addButton.setObjectName(u"addButton")

        self.filterLayout.addWidget(self.addButton)

        self.bookButton = QPushButton(DigitizationScreen)
        self.bookButton.setObjectName(u"bookButton")

        self.filterLayout.addWidget(self.bookButton)


        self.screenLayout.addLayout(self.filterLayout)

        self.splitter = QSplitter(DigitizationScreen)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.itemTable = QTableView(self.splitter)
        self.itemTable.setObjectName(u"itemTable")
        self.itemTable.setAcceptDrops(True)
        self.itemTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.itemTable.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.itemTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.itemTable.setSortingEnabled(True)
        self.itemTable.setAlternatingRowColors(True)
        self.splitter.addWidget(self.itemTable)
        self.sidePanel = QWidget(self.splitter)
        self.sidePanel.setObjectName(u"sidePanel")
        self.sideLayout = QVBoxLayout(self.sidePanel)
        self.sideLayout.setObjectName(u"sideLayout")
        self.sideLayout.setContentsMargins(0, 0, 0, 0)
        self.chartHost = QWidget(self.sidePanel)
        self.chartHost.setObjectName(u"chartHost")
        self.chartHost.setMinimumSize(QSize(360, 240))

        self.sideLayout.addWidget(self.chartHost)

        self.clerkTableLabel = QLabel(self.sidePanel)
        self.clerkTableLabel.setObjectName(u"clerkTableLabel")

        self.sideLayout.addWidget(self.clerkTableLabel)

        self.clerkTable = QTableWidget(self.sidePanel)
        self.clerkTable.setObjectName(u"clerkTable")
        self.clerkTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.clerkTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)

        self.sideLayout.addWidget(self.clerkTable)

        self.splitter.addWidget(self.sidePanel)

        self.screenLayout.addWidget(self.splitter)

        self.actionLayout = QHBoxLayout()
        self.actionLayout.setObjectName(u"actionLayout")
        self.nextButton = QPushButton(DigitizationScreen)
        self.nextButton.setObjectName(u"nextButton")
        self.nextButton.setProperty(u"role", u"primary")

        self.actionLayout.addWidget(self.nextButton)

        self.sendBackButton = QPushButton(DigitizationScreen)
        self.sendBackButton.setObjectName(u"sendBackButton")

        self.actionLayout.addWidget(self.sendBackButton)

        self.attachButton = QPushButton(DigitizationScreen)
        self.attachButton.setObjectName(u"attachButton")

        self.actionLayout.addWidget(self.attachButton)

        self.copyCheck = QCheckBox(DigitizationScreen)
        self.copyCheck.setObjectName(u"copyCheck")
        self.copyCheck.setChecked(True)

        self.actionLayout.addWidget(self.copyCheck)

        self.reuseButton = QPushButton(DigitizationScreen)
        self.reuseButton.setObjectName(u"reuseButton")

        self.actionLayout.addWidget(self.reuseButton)

        self.verifyButton = QPushButton(DigitizationScreen)
        self.verifyButton.setObjectName(u"verifyButton")

        self.actionLayout.addWidget(self.verifyButton)

        self.actionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionLayout.addItem(self.actionSpacer)

        self.selectionLabel = QLabel(DigitizationScreen)
        self.selectionLabel.setObjectName(u"selectionLabel")

        self.actionLayout.addWidget(self.selectionLabel)


        self.screenLayout.addLayout(self.actionLayout)

        self.messageLabel = QLabel(DigitizationScreen)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.screenLayout.addWidget(self.messageLabel)

        self.screenLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.clerkLabel.setBuddy(self.clerkCombo)
        self.searchLabel.setBuddy(self.searchEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DigitizationScreen)

        QMetaObject.connectSlotsByName(DigitizationScreen)
    # setupUi

    def retranslateUi(self, DigitizationScreen):
        self.kindLabel.setText(QCoreApplication.translate("DigitizationScreen", u"&Lo\u1ea1i", None))
        self.clerkLabel.setText(QCoreApplication.translate("DigitizationScreen", u"C\u00e1n &b\u1ed9", None))
        self.overdueCheck.setText(QCoreApplication.translate("DigitizationScreen", u"Ch\u1ec9 &qu\u00e1 h\u1ea1n", None))
        self.searchLabel.setText(QCoreApplication.translate("DigitizationScreen", u"&T\u00ecm", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("DigitizationScreen", u"m\u00e3 h\u1ed3 s\u01a1, t\u00ean s\u1ed5, t\u00e0i li\u1ec7u\u2026", None))
        self.addButton.setText(QCoreApplication.translate("DigitizationScreen", u"&Ghi nh\u1eadn gi\u1ea5y t\u1edd\u2026", None))
        self.bookButton.setText(QCoreApplication.translate("DigitizationScreen", u"Nh\u1eadp c\u1ea3 &s\u1ed5\u2026", None))
        self.clerkTableLabel.setText(QCoreApplication.translate("DigitizationScreen", u"S\u1ed1 trang qu\u00e9t theo c\u00e1n b\u1ed9 (7 ng\u00e0y)", None))
        self.nextButton.setText(QCoreApplication.translate("DigitizationScreen", u"&Chuy\u1ec3n b\u01b0\u1edbc ti\u1ebfp", None))
        self.sendBackButton.setText(QCoreApplication.translate("DigitizationScreen", u"T&r\u1ea3 l\u1ea1i qu\u00e9t l\u1ea1i\u2026", None))
        self.attachButton.setText(QCoreApplication.translate("DigitizationScreen", u"\u0110\u00ednh k\u00e8m &t\u1ec7p\u2026", None))
        self.copyCheck.setText(QCoreApplication.translate("DigitizationScreen", u"Ch\u00e9p v\u00e0o th\u01b0 m\u1ee5c b\u1ea3n qu\u00e9t", None))
        self.reuseButton.setText(QCoreApplication.translate("DigitizationScreen", u"Ghi nh\u1eadn &d\u00f9ng l\u1ea1i\u2026", None))
        self.verifyButton.setText(QCoreApplication.translate("DigitizationScreen", u"&Ki\u1ec3m tra t\u1ec7p", None))
        pass
    # retranslateUi


# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'audit.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDateEdit,
    QHBoxLayout, QHeaderView, QLabel, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QTableView, QVBoxLayout, QWidget)

class Ui_AuditScreen(object):
    def setupUi(self, AuditScreen):
        if not AuditScreen.objectName():
            AuditScreen.setObjectName(u"AuditScreen")
        AuditScreen.resize(1100, 700)
        self.screenLayout = QVBoxLayout(AuditScreen)
        self.screenLayout.setObjectName(u"screenLayout")
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.fromLabel = QLabel(AuditScreen)
        self.fromLabel.setObjectName(u"fromLabel")

        self.filterLayout.addWidget(self.fromLabel)

        self.fromEdit = QDateEdit(AuditScreen)
        self.fromEdit.setObjectName(u"fromEdit")
        self.fromEdit.setDisplayFormat(u"dd/MM/yyyy")
        self.fromEdit.setCalendarPopup(True)

        self.filterLayout.addWidget(self.fromEdit)

        self.toLabel = QLabel(AuditScreen)
        self.toLabel.setObjectName(u"toLabel")

        self.filterLayout.addWidget(self.toLabel)

        self.toEdit = QDateEdit(AuditScreen)
        self.toEdit.setObjectName(u"toEdit")
        self.toEdit.setDisplayFormat(u"dd/MM/yyyy")
        self.toEdit.setCalendarPopup(True)

        self.filterLayout.addWidget(self.toEdit)

        self.actorLabel = QLabel(AuditScreen)
        self.actorLabel.setObjectName(u"actorLabel")

        self.filterLayout.addWidget(self.actorLabel)

        self.actorCombo = QComboBox(AuditScreen)
        self.actorCombo.setObjectName(u"actorCombo")
        self.actorCombo.setMinimumWidth(160)

        self.filterLayout.addWidget(self.actorCombo)

        self.actionLabel = QLabel(AuditScreen)
        self.actionLabel.setObjectName(u"actionLabel")

        self.filterLayout.addWidget(self.actionLabel)

        self.actionCombo = QComboBox(AuditScreen)
        self.actionCombo.setObjectName(u"actionCombo")
        self.actionCombo.setMinimumWidth(160)

        self.filterLayout.addWidget(self.actionCombo)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)

        self.refreshButton = QPushButton(AuditScreen)
        self.refreshButton.setObjectName(u"refreshButton")
        self.refreshButton.setProperty(u"role", u"primary")

        self.filterLayout.addWidget(self.refreshButton)


        self.screenLayout.addLayout(self.filterLayout)

        self.splitter = QSplitter(AuditScreen)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.table = QTableView(self.splitter)
        self.table.setObjectName(u"table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.splitter.addWidget(self.table)
        self.detailsEdit = QPlainTextEdit(self.splitter)
        self.detailsEdit.setObjectName(u"detailsEdit")
        self.detailsEdit.setReadOnly(True)
        self.splitter.addWidget(self.detailsEdit)

        self.screenLayout.addWidget(self.splitter)

        self.countLabel = QLabel(AuditScreen)
        self.countLabel.setObjectName(u"countLabel")

        self.screenLayout.addWidget(self.countLabel)

#if QT_CONFIG(shortcut)
        self.fromLabel.setBuddy(self.fromEdit)
        self.toLabel.setBuddy(self.toEdit)
        self.actorLabel.setBuddy(self.actorCombo)
        self.actionLabel.setBuddy(self.actionCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AuditScreen)

        QMetaObject.connectSlotsByName(AuditScreen)
    # setupUi

    def retranslateUi(self, AuditScreen):
        self.fromLabel.setText(QCoreApplication.translate("AuditScreen", u"T&\u1eeb ng\u00e0y", None))
        self.toLabel.setText(QCoreApplication.translate("AuditScreen", u"\u0111\u1ebf&n ng\u00e0y", None))
        self.actorLabel.setText(QCoreApplication.translate("AuditScreen", u"&Ng\u01b0\u1eddi l\u00e0m", None))
        self.actionLabel.setText(QCoreApplication.translate("AuditScreen", u"&Thao t\u00e1c", None))
        self.refreshButton.setText(QCoreApplication.translate("AuditScreen", u"&Xem", None))
        pass
    # retranslateUi


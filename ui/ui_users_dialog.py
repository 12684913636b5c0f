# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'users_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_UsersDialog(object):
    def setupUi(self, UsersDialog):
        if not UsersDialog.objectName():
            UsersDialog.setObjectName(u"UsersDialog")
        UsersDialog.setMinimumSize(QSize(640, 520))
        self.dialogLayout = QVBoxLayout(UsersDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.table = QTableWidget(UsersDialog)
        self.table.setObjectName(u"table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.dialogLayout.addWidget(self.table)

        self.rowButtons = QHBoxLayout()
        self.rowButtons.setObjectName(u"rowButtons")
        self.toggleButton = QPushButton(UsersDialog)
        self.toggleButton.setObjectName(u"toggleButton")

        self.rowButtons.addWidget(self.toggleButton)

        self.resetButton = QPushButton(UsersDialog)
        self.resetButton.setObjectName(u"resetButton")

        self.rowButtons.addWidget(self.resetButton)


        self.dialogLayout.addLayout(self.rowButtons)

        self.addGroup = QGroupBox(UsersDialog)
        self.addGroup.setObjectName(u"addGroup")
        self.addLayout = QFormLayout(self.addGroup)
        self.addLayout.setObjectName(u"addLayout")
        self.usernameLabel = QLabel(self.addGroup)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.addLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.usernameEdit = QLineEdit(self.addGroup)
        self.usernameEdit.setObjectName(u"usernameEdit")

        self.addLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.usernameEdit)

        self.fullNameLabel = QLabel(self.addGroup)
        self.fullNameLabel.setObjectName(u"fullNameLabel")

        self.addLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fullNameLabel)

        self.fullNameEdit = QLineEdit(self.addGroup)
        self.fullNameEdit.setObjectName(u"fullNameEdit")

        self.addLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.fullNameEdit)

        self.roleLabel = QLabel(self.addGroup)
        self.roleLabel.setObjectName(u"roleLabel")

        self.addLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(self.addGroup)
        self.roleCombo.setObjectName(u"roleCombo")

        self.addLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.passwordLabel = QLabel(self.addGroup)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.addLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(self.addGroup)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.addLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.repeatLabel = QLabel(self.addGroup)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.addLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeatEdit = QLineEdit(self.addGroup)
        self.repeatEdit.setObjectName(u"repeatEdit")
        self.repeatEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.addLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.repeatEdit)

        self.addButton = QPushButton(self.addGroup)
        self.addButton.setObjectName(u"addButton")

        self.addLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.addButton)


        self.dialogLayout.addWidget(self.addGroup)

        self.messageLabel = QLabel(UsersDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(UsersDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.usernameLabel.setBuddy(self.usernameEdit)
        self.fullNameLabel.setBuddy(self.fullNameEdit)
        self.roleLabel.setBuddy(self.roleCombo)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.repeatLabel.setBuddy(self.repeatEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(UsersDialog)

        QMetaObject.connectSlotsByName(UsersDialog)
    # setupUi

    def retranslateUi(self, UsersDialog):
        UsersDialog.setWindowTitle(QCoreApplication.translate("UsersDialog", u"T\u00e0i kho\u1ea3n ng\u01b0\u1eddi d\u00f9ng", None))
        self.toggleButton.setText(QCoreApplication.translate("UsersDialog", u"&Kh\u00f3a / m\u1edf kh\u00f3a", None))
        self.resetButton.setText(QCoreApplication.translate("UsersDialog", u"\u0110\u1eb7t &l\u1ea1i m\u1eadt kh\u1ea9u (d\u00f9ng m\u1eadt kh\u1ea9u \u1edf d\u01b0\u1edbi)", None))
        self.addGroup.setTitle(QCoreApplication.translate("UsersDialog", u"T\u1ea1o t\u00e0i kho\u1ea3n m\u1edbi", None))
        self.usernameLabel.setText(QCoreApplication.translate("UsersDialog", u"T\u00ean \u0111\u0103ng &nh\u1eadp", None))
        self.fullNameLabel.setText(QCoreApplication.translate("UsersDialog", u"&H\u1ecd v\u00e0 t\u00ean", None))
        self.roleLabel.setText(QCoreApplication.translate("UsersDialog", u"&Vai tr\u00f2", None))
        self.passwordLabel.setText(QCoreApplication.translate("UsersDialog", u"&M\u1eadt kh\u1ea9u", None))
        self.repeatLabel.setText(QCoreApplication.translate("UsersDialog", u"Nh\u1eadp &l\u1ea1i m\u1eadt kh\u1ea9u", None))
        self.addButton.setText(QCoreApplication.translate("UsersDialog", u"&T\u1ea1o t\u00e0i kho\u1ea3n", None))
    # retranslateUi


# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'mail_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QSizePolicy, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_MailDialog(object):
    def setupUi(self, MailDialog):
        if not MailDialog.objectName():
            MailDialog.setObjectName(u"MailDialog")
        MailDialog.setMinimumWidth(480)
        self.dialogLayout = QVBoxLayout(MailDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.recipientLabel = QLabel(MailDialog)
        self.recipientLabel.setObjectName(u"recipientLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.recipientLabel)

        self.recipientEdit = QLineEdit(MailDialog)
        self.recipientEdit.setObjectName(u"recipientEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.recipientEdit)

        self.senderLabel = QLabel(MailDialog)
        self.senderLabel.setObjectName(u"senderLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.senderLabel)

        self.senderEdit = QLineEdit(MailDialog)
        self.senderEdit.setObjectName(u"senderEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.senderEdit)

        self.hostLabel = QLabel(MailDialog)
        self.hostLabel.setObjectName(u"hostLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.hostLabel)

        self.hostLayout = QHBoxLayout()
        self.hostLayout.setObjectName(u"hostLayout")
        self.hostEdit = QLineEdit(MailDialog)
        self.hostEdit.setObjectName(u"hostEdit")

        self.hostLayout.addWidget(self.hostEdit)

        self.portSpin = QSpinBox(MailDialog)
        self.portSpin.setObjectName(u"portSpin")
        self.portSpin.setMinimum(1)
        self.portSpin.setMaximum(65535)
        self.portSpin.setValue(587)

        self.hostLayout.addWidget(self.portSpin)


        self.formLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.hostLayout)

        self.securityLabel = QLabel(MailDialog)
        self.securityLabel.setObjectName(u"securityLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.securityLabel)

        self.securityCombo = QComboBox(MailDialog)
        self.securityCombo.setObjectName(u"securityCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.securityCombo)

        self.userLabel = QLabel(MailDialog)
        self.userLabel.setObjectName(u"userLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.userLabel)

        self.userEdit = QLineEdit(MailDialog)
        self.userEdit.setObjectName(u"userEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.userEdit)

        self.passwordLabel = QLabel(MailDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(MailDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.passwordEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.noteLabel = QLabel(MailDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.noteLabel)

        self.errorLabel = QLabel(MailDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"role", u"error")

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(MailDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.recipientLabel.setBuddy(self.recipientEdit)
        self.senderLabel.setBuddy(self.senderEdit)
        self.hostLabel.setBuddy(self.hostEdit)
        self.securityLabel.setBuddy(self.securityCombo)
        self.userLabel.setBuddy(self.userEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MailDialog)

        QMetaObject.connectSlotsByName(MailDialog)
    # setupUi

    def retranslateUi(self, MailDialog):
        MailDialog.setWindowTitle(QCoreApplication.translate("MailDialog", u"Th\u01b0 \u0111i\u1ec7n t\u1eed g\u1eedi b\u00e1o c\u00e1o", None))
        self.recipientLabel.setText(QCoreApplication.translate("MailDialog", u"G\u1eedi &t\u1edbi (c\u1ea5p tr\u00ean)", None))
        self.recipientEdit.setPlaceholderText(QCoreApplication.translate("MailDialog", u"v\u00ed d\u1ee5: vanphong@phutho.gov.vn", None))
        self.senderLabel.setText(QCoreApplication.translate("MailDialog", u"\u0110\u1ecba ch\u1ec9 &g\u1eedi", None))
        self.hostLabel.setText(QCoreApplication.translate("MailDialog", u"&M\u00e1y ch\u1ee7 SMTP", None))
        self.hostEdit.setPlaceholderText(QCoreApplication.translate("MailDialog", u"v\u00ed d\u1ee5: smtp.gmail.com", None))
        self.securityLabel.setText(QCoreApplication.translate("MailDialog", u"&B\u1ea3o m\u1eadt", None))
        self.userLabel.setText(QCoreApplication.translate("MailDialog", u"T\u00ean \u0111\u0103&ng nh\u1eadp", None))
        self.passwordLabel.setText(QCoreApplication.translate("MailDialog", u"M\u1eadt &kh\u1ea9u", None))
        self.passwordEdit.setPlaceholderText(QCoreApplication.translate("MailDialog", u"\u0111\u1ec3 tr\u1ed1ng: gi\u1eef m\u1eadt kh\u1ea9u \u0111\u00e3 l\u01b0u", None))
        self.noteLabel.setText(QCoreApplication.translate("MailDialog", u"M\u1eadt kh\u1ea9u ch\u1ec9 l\u01b0u tr\u00ean m\u00e1y n\u00e0y, trong t\u1ec7p ch\u1ec9 t\u00e0i kho\u1ea3n Windows n\u00e0y \u0111\u1ecdc \u0111\u01b0\u1ee3c.", None))
    # retranslateUi


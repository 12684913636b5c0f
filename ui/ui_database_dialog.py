# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'database_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QRadioButton, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_DatabaseDialog(object):
    def setupUi(self, DatabaseDialog):
        if not DatabaseDialog.objectName():
            DatabaseDialog.setObjectName(u"DatabaseDialog")
        DatabaseDialog.setMinimumWidth(560)
        self.dialogLayout = QVBoxLayout(DatabaseDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.embeddedRadio = QRadioButton(DatabaseDialog)
        self.embeddedRadio.setObjectName(u"embeddedRadio")

        self.dialogLayout.addWidget(self.embeddedRadio)

        self.embeddedPathLabel = QLabel(DatabaseDialog)
        self.embeddedPathLabel.setObjectName(u"embeddedPathLabel")
        self.embeddedPathLabel.setWordWrap(True)
        self.embeddedPathLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.embeddedPathLabel.setProperty(u"role", u"hint")

        self.dialogLayout.addWidget(self.embeddedPathLabel)

        self.serverRadio = QRadioButton(DatabaseDialog)
        self.serverRadio.setObjectName(u"serverRadio")

        self.dialogLayout.addWidget(self.serverRadio)

        self.serverBox = QGroupBox(DatabaseDialog)
        self.serverBox.setObjectName(u"serverBox")
        self.serverLayout = QFormLayout(self.serverBox)
        self.serverLayout.setObjectName(u"serverLayout")
        self.hostLabel = QLabel(self.serverBox)
        self.hostLabel.setObjectName(u"hostLabel")

        self.serverLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.hostLabel)

        self.hostLayout = QHBoxLayout()
        self.hostLayout.setObjectName(u"hostLayout")
        self.hostEdit = QLineEdit(self.serverBox)
        self.hostEdit.setObjectName(u"hostEdit")

        self.hostLayout.addWidget(self.hostEdit)

        self.portLabel = QLabel(self.serverBox)
        self.portLabel.setObjectName(u"portLabel")

        self.hostLayout.addWidget(self.portLabel)

        self.portSpin = QSpinBox(self.serverBox)
        self.portSpin.setObjectName(u"portSpin")
        self.portSpin.setMinimum(1)
        self.portSpin.setMaximum(65535)
        self.portSpin.setValue(5432)

        self.hostLayout.addWidget(self.portSpin)


        self.serverLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.hostLayout)

        self.nameLabel = QLabel(self.serverBox)
        self.nameLabel.setObjectName(u"nameLabel")

        self.serverLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.serverBox)
        self.nameEdit.setObjectName(u"nameEdit")

        self.serverLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.userLabel = QLabel(self.serverBox)
        self.userLabel.setObjectName(u"userLabel")

        self.serverLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.userLabel)

        self.userEdit = QLineEdit(self.serverBox)
        self.userEdit.setObjectName(u"userEdit")

        self.serverLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.userEdit)

        self.passwordLabel = QLabel(self.serverBox)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.serverLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(self.serverBox)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.serverLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.passwordEdit)


        self.dialogLayout.addWidget(self.serverBox)

        self.testLayout = QHBoxLayout()
        self.testLayout.setObjectName(u"testLayout")
        self.testButton = QPushButton(DatabaseDialog)
        self.testButton.setObjectName(u"testButton")

        self.testLayout.addWidget(self.testButton)

        self.testSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.testLayout.addItem(self.testSpacer)


        self.dialogLayout.addLayout(self.testLayout)

        self.resultLabel = QLabel(DatabaseDialog)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.resultLabel)

        self.noteLabel = QLabel(DatabaseDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)
        self.noteLabel.setProperty(u"role", u"hint")

        self.dialogLayout.addWidget(self.noteLabel)

        self.errorLabel = QLabel(DatabaseDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"role", u"error")

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(DatabaseDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.hostLabel.setBuddy(self.hostEdit)
        self.portLabel.setBuddy(self.portSpin)
        self.nameLabel.setBuddy(self.nameEdit)
        self.userLabel.setBuddy(self.userEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.embeddedRadio, self.serverRadio)
        QWidget.setTabOrder(self.serverRadio, self.hostEdit)
        QWidget.setTabOrder(self.hostEdit, self.portSpin)
        QWidget.setTabOrder(self.portSpin, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.userEdit)
        QWidget.setTabOrder(self.userEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.testButton)

        self.retranslateUi(DatabaseDialog)

        QMetaObject.connectSlotsByName(DatabaseDialog)
    # setupUi

    def retranslateUi(self, DatabaseDialog):
        DatabaseDialog.setWindowTitle(QCoreApplication.translate("DatabaseDialog", u"C\u01a1 s\u1edf d\u1eef li\u1ec7u c\u1ee7a m\u00e1y n\u00e0y", None))
        self.embeddedRadio.setText(QCoreApplication.translate("DatabaseDialog", u"&T\u1ec7p tr\u00ean m\u00e1y n\u00e0y (m\u1ed9t b\u00e0n l\u00e0m vi\u1ec7c)", None))
        self.serverRadio.setText(QCoreApplication.translate("DatabaseDialog", u"&M\u00e1y ch\u1ee7 PostgreSQL (nhi\u1ec1u b\u00e0n d\u00f9ng chung)", None))
        self.serverBox.setTitle(QCoreApplication.translate("DatabaseDialog", u"M\u00e1y ch\u1ee7", None))
        self.hostLabel.setText(QCoreApplication.translate("DatabaseDialog", u"\u0110\u1ecb&a ch\u1ec9 m\u00e1y ch\u1ee7", None))
        self.hostEdit.setPlaceholderText(QCoreApplication.translate("DatabaseDialog", u"v\u00ed d\u1ee5: 192.168.1.10", None))
        self.portLabel.setText(QCoreApplication.translate("DatabaseDialog", u"&C\u1ed5ng", None))
        self.nameLabel.setText(QCoreApplication.translate("DatabaseDialog", u"T\u00ean c\u01a1 s\u1edf &d\u1eef li\u1ec7u", None))
        self.nameEdit.setText(QCoreApplication.translate("DatabaseDialog", u"motcua", None))
        self.userLabel.setText(QCoreApplication.translate("DatabaseDialog", u"&Ng\u01b0\u1eddi d\u00f9ng", None))
        self.userEdit.setText(QCoreApplication.translate("DatabaseDialog", u"motcua", None))
        self.passwordLabel.setText(QCoreApplication.translate("DatabaseDialog", u"M\u1eadt &kh\u1ea9u", None))
        self.testButton.setText(QCoreApplication.translate("DatabaseDialog", u"Ki\u1ec3m tra &k\u1ebft n\u1ed1i", None))
        self.noteLabel.setText(QCoreApplication.translate("DatabaseDialog", u"Thay \u0111\u1ed5i c\u00f3 hi\u1ec7u l\u1ef1c khi m\u1edf l\u1ea1i \u1ee9ng d\u1ee5ng. M\u1eadt kh\u1ea9u \u0111\u01b0\u1ee3c c\u1ea5t trong kho m\u1eadt kh\u1ea9u c\u1ee7a h\u1ec7 \u0111i\u1ec1u h\u00e0nh (ho\u1eb7c m\u1ed9t t\u1ec7p ri\u00eang ch\u1ec9 t\u00e0i kho\u1ea3n n\u00e0y \u0111\u1ecdc \u0111\u01b0\u1ee3c), kh\u00f4ng ghi v\u00e0o t\u1ec7p c\u00e0i \u0111\u1eb7t. D\u1eef li\u1ec7u \u0111ang c\u00f3 kh\u00f4ng t\u1ef1 chuy\u1ec3n sang: h\u00e3y ch\u00e9p b\u1eb1ng l\u1ec7nh migrate-db. M\u1ecdi b\u00e0n d\u00f9ng chung m\u00e1y ch\u1ee7 ph\u1ea3i c\u00f3 c\u00f9ng t\u1ec7p kh\u00f3a id-hash.key (xem docs/postgresql.vi.md, m\u1ee5c 5 v\u00e0 6).", None))
    # retranslateUi


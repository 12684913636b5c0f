# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'person_dialog.ui'
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
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_PersonDialog(object):
    def setupUi(self, PersonDialog):
        if not PersonDialog.objectName():
            PersonDialog.setObjectName(u"PersonDialog")
        PersonDialog.setMinimumSize(QSize(560, 360))
        self.dialogLayout = QVBoxLayout(PersonDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(PersonDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.idLabel = QLabel(PersonDialog)
        self.idLabel.setObjectName(u"idLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.idLabel)

        self.idEdit = QLineEdit(PersonDialog)
        self.idEdit.setObjectName(u"idEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.idEdit)

        self.nameLabel = QLabel(PersonDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(PersonDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.yearLabel = QLabel(PersonDialog)
        self.yearLabel.setObjectName(u"yearLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.yearLabel)

        self.yearEdit = QLineEdit(PersonDialog)
        self.yearEdit.setObjectName(u"yearEdit")
        self.yearEdit.setMaxLength(4)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.yearEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.findButton = QPushButton(PersonDialog)
        self.findButton.setObjectName(u"findButton")
        self.findButton.setProperty(u"role", u"primary")

        self.buttonsLayout.addWidget(self.findButton)

        self.exportButton = QPushButton(PersonDialog)
        self.exportButton.setObjectName(u"exportButton")

        self.buttonsLayout.addWidget(self.exportButton)

        self.eraseButton = QPushButton(PersonDialog)
        self.eraseButton.setObjectName(u"eraseButton")

        self.buttonsLayout.addWidget(self.eraseButton)


        self.dialogLayout.addLayout(self.buttonsLayout)

        self.messageLabel = QLabel(PersonDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(PersonDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.idLabel.setBuddy(self.idEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.yearLabel.setBuddy(self.yearEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PersonDialog)

        QMetaObject.connectSlotsByName(PersonDialog)
    # setupUi

    def retranslateUi(self, PersonDialog):
        PersonDialog.setWindowTitle(QCoreApplication.translate("PersonDialog", u"Y\u00eau c\u1ea7u c\u1ee7a ng\u01b0\u1eddi d\u00e2n v\u1ec1 d\u1eef li\u1ec7u", None))
        self.introLabel.setText(QCoreApplication.translate("PersonDialog", u"T\u00ecm m\u1ecdi l\u01b0\u1ee3t c\u1ee7a m\u1ed9t ng\u01b0\u1eddi theo s\u1ed1 \u0111\u1ecbnh danh, ho\u1eb7c theo h\u1ecd t\u00ean \u0111\u1ea7y \u0111\u1ee7 v\u00e0 n\u0103m sinh; c\u1ea5p b\u1ea3n sao d\u1eef li\u1ec7u c\u1ee7a h\u1ecd, ho\u1eb7c x\u00f3a th\u00f4ng tin c\u00e1 nh\u00e2n khi h\u1ecd y\u00eau c\u1ea7u. Mu\u1ed1n s\u1eeda m\u1ed9t l\u01b0\u1ee3t, h\u00e3y s\u1eeda \u1edf m\u00e0n h\u00ecnh Ti\u1ebfp d\u00e2n.", None))
        self.idLabel.setText(QCoreApplication.translate("PersonDialog", u"S\u1ed1 &\u0111\u1ecbnh danh", None))
        self.idEdit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"12 ch\u1eef s\u1ed1", None))
        self.nameLabel.setText(QCoreApplication.translate("PersonDialog", u"ho\u1eb7c &H\u1ecd v\u00e0 t\u00ean", None))
        self.yearLabel.setText(QCoreApplication.translate("PersonDialog", u"N\u0103m &sinh", None))
        self.yearEdit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"yyyy", None))
        self.findButton.setText(QCoreApplication.translate("PersonDialog", u"&T\u00ecm", None))
        self.exportButton.setText(QCoreApplication.translate("PersonDialog", u"&C\u1ea5p b\u1ea3n sao\u2026", None))
        self.eraseButton.setText(QCoreApplication.translate("PersonDialog", u"&X\u00f3a th\u00f4ng tin c\u00e1 nh\u00e2n\u2026", None))
    # retranslateUi


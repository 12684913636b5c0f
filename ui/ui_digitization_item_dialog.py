# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'digitization_item_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_DigitizationItemDialog(object):
    def setupUi(self, DigitizationItemDialog):
        if not DigitizationItemDialog.objectName():
            DigitizationItemDialog.setObjectName(u"DigitizationItemDialog")
        DigitizationItemDialog.resize(520, 420)
        self.dialogLayout = QVBoxLayout(DigitizationItemDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(DigitizationItemDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.kindLabel = QLabel(DigitizationItemDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(DigitizationItemDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.referenceLabel = QLabel(DigitizationItemDialog)
        self.referenceLabel.setObjectName(u"referenceLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.referenceLabel)

        self.referenceEdit = QLineEdit(DigitizationItemDialog)
        self.referenceEdit.setObjectName(u"referenceEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.referenceEdit)

        self.documentLabel = QLabel(DigitizationItemDialog)
        self.documentLabel.setObjectName(u"documentLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.documentLabel)

        self.documentEdit = QLineEdit(DigitizationItemDialog)
        self.documentEdit.setObjectName(u"documentEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.documentEdit)

        self.yearLabel = QLabel(DigitizationItemDialog)
        self.yearLabel.setObjectName(u"yearLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.yearLabel)

        self.yearSpin = QSpinBox(DigitizationItemDialog)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(0)
        self.yearSpin.setMaximum(2100)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.yearSpin)

        self.volumesLabel = QLabel(DigitizationItemDialog)
        self.volumesLabel.setObjectName(u"volumesLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.volumesLabel)

        self.volumesSpin = QSpinBox(DigitizationItemDialog)
        self.volumesSpin.setObjectName(u"volumesSpin")
        self.volumesSpin.setMinimum(1)
        self.volumesSpin.setMaximum(500)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.volumesSpin)

        self.pagesLabel = QLabel(DigitizationItemDialog)
        self.pagesLabel.setObjectName(u"pagesLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.pagesLabel)

        self.pagesEdit = QLineEdit(DigitizationItemDialog)
        self.pagesEdit.setObjectName(u"pagesEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.pagesEdit)

        self.ownerLabel = QLabel(DigitizationItemDialog)
        self.ownerLabel.setObjectName(u"ownerLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.ownerLabel)

        self.ownerEdit = QLineEdit(DigitizationItemDialog)
        self.ownerEdit.setObjectName(u"ownerEdit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.ownerEdit)

        self.dueLabel = QLabel(DigitizationItemDialog)
        self.dueLabel.setObjectName(u"dueLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.dueLabel)

        self.dueEdit = QDateEdit(DigitizationItemDialog)
        self.dueEdit.setObjectName(u"dueEdit")
        self.dueEdit.setDisplayFormat(u"dd/MM/yyyy")
        self.dueEdit.setCalendarPopup(True)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.dueEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(DigitizationItemDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"role", u"error")

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(DigitizationItemDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.referenceLabel.setBuddy(self.referenceEdit)
        self.documentLabel.setBuddy(self.documentEdit)
        self.yearLabel.setBuddy(self.yearSpin)
        self.volumesLabel.setBuddy(self.volumesSpin)
        self.pagesLabel.setBuddy(self.pagesEdit)
        self.ownerLabel.setBuddy(self.ownerEdit)
        self.dueLabel.setBuddy(self.dueEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DigitizationItemDialog)

        QMetaObject.connectSlotsByName(DigitizationItemDialog)
    # setupUi

    def retranslateUi(self, DigitizationItemDialog):
        DigitizationItemDialog.setWindowTitle(QCoreApplication.translate("DigitizationItemDialog", u"Ghi nh\u1eadn gi\u1ea5y t\u1edd c\u1ea7n s\u1ed1 h\u00f3a", None))
        self.kindLabel.setText(QCoreApplication.translate("DigitizationItemDialog", u"&Lo\u1ea1i", None))
        self.referenceLabel.setText(QCoreApplication.translate("DigitizationItemDialog", u"&S\u1ed1 hi\u1ec7u", None))
        self.referenceEdit.setPlaceholderText(QCoreApplication.translate("DigitizationItemDialog", u"m\u00e3 h\u1ed3 s\u01a1, ho\u1eb7c t\u00ean s\u1ed5", None))
        self.documentLabel.setText(QCoreApplication.translate("DigitizationItemDialog", u"T\u00ean t\u00e0i &li\u1ec7u", None))
        self.documentEdit.setPlaceholderText(QCoreApplication.translate("DigitizationItemDialog", u"v\u00ed d\u1ee5: Gi\u1ea5y ch\u1ee9ng sinh; nhi\u1ec1u t\u00e0i li\u1ec7u: c\u00e1ch nhau b\u1eb1ng d\u1ea5u ;", None))
        self.yearLabel.setText(QCoreApplication.translate("DigitizationItemDialog", u"&N\u0103m c\u1ee7a s\u1ed5", None))
        self.yearSpin.setSpecialValueText(QCoreApplication.translate("DigitizationItemDialog", u"\u2014", None))
        self.volumesLabel.setText(QCoreApplication.translate("DigitizationItemDialog", u"S\u1ed1 &quy\u1ec3n", None))
        self.pagesLabel.setText(QCoreApplication.translate("DigitizationItemDialog", u"S\u1ed1 &trang", None))
        self.pagesEdit.setPlaceholderText(QCoreApplication.translate("DigitizationItemDialog", u"v\u00ed d\u1ee5: 3 (ho\u1eb7c m\u1ed7i t\u00e0i li\u1ec7u, m\u1ed7i quy\u1ec3n m\u1ed9t s\u1ed1: 120 98 143)", None))
        self.ownerLabel.setText(QCoreApplication.translate("DigitizationItemDialog", u"&Ch\u1ee7 gi\u1ea5y t\u1edd", None))
        self.ownerEdit.setPlaceholderText(QCoreApplication.translate("DigitizationItemDialog", u"kh\u00f4ng b\u1eaft bu\u1ed9c", None))
        self.dueLabel.setText(QCoreApplication.translate("DigitizationItemDialog", u"&H\u1ea1n x\u1eed l\u00fd", None))
    # retranslateUi


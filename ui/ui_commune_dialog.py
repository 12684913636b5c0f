# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'commune_dialog.ui'
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
    QFormLayout, QGroupBox, QLabel, QLineEdit,
    QSizePolicy, QSpinBox, QTimeEdit, QVBoxLayout,
    QWidget)

class Ui_CommuneDialog(object):
    def setupUi(self, CommuneDialog):
        if not CommuneDialog.objectName():
            CommuneDialog.setObjectName(u"CommuneDialog")
        CommuneDialog.setMinimumWidth(560)
        self.dialogLayout = QVBoxLayout(CommuneDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(CommuneDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.codeLabel = QLabel(CommuneDialog)
        self.codeLabel.setObjectName(u"codeLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.codeEdit = QLineEdit(CommuneDialog)
        self.codeEdit.setObjectName(u"codeEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.codeEdit)

        self.nameLabel = QLabel(CommuneDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(CommuneDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.unitLabel = QLabel(CommuneDialog)
        self.unitLabel.setObjectName(u"unitLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.unitLabel)

        self.unitEdit = QLineEdit(CommuneDialog)
        self.unitEdit.setObjectName(u"unitEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.unitEdit)

        self.upperLabel = QLabel(CommuneDialog)
        self.upperLabel.setObjectName(u"upperLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.upperLabel)

        self.upperEdit = QLineEdit(CommuneDialog)
        self.upperEdit.setObjectName(u"upperEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.upperEdit)

        self.targetLabel = QLabel(CommuneDialog)
        self.targetLabel.setObjectName(u"targetLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.targetLabel)

        self.targetSpin = QSpinBox(CommuneDialog)
        self.targetSpin.setObjectName(u"targetSpin")
        self.targetSpin.setMinimum(0)
        self.targetSpin.setMaximum(100)
        self.targetSpin.setValue(80)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.targetSpin)

        self.reminderLabel = QLabel(CommuneDialog)
        self.reminderLabel.setObjectName(u"reminderLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.reminderLabel)

        self.reminderEdit = QTimeEdit(CommuneDialog)
        self.reminderEdit.setObjectName(u"reminderEdit")
        self.reminderEdit.setDisplayFormat(u"HH:mm")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.reminderEdit)

        self.retentionLabel = QLabel(CommuneDialog)
        self.retentionLabel.setObjectName(u"retentionLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.retentionLabel)

        self.retentionSpin = QSpinBox(CommuneDialog)
        self.retentionSpin.setObjectName(u"retentionSpin")
        self.retentionSpin.setMinimum(1)
        self.retentionSpin.setMaximum(120)
        self.retentionSpin.setValue(24)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.retentionSpin)


        self.dialogLayout.addLayout(self.formLayout)

        self.handoutGroup = QGroupBox(CommuneDialog)
        self.handoutGroup.setObjectName(u"handoutGroup")
        self.handoutLayout = QFormLayout(self.handoutGroup)
        self.handoutLayout.setObjectName(u"handoutLayout")
        self.phoneLabel = QLabel(self.handoutGroup)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.handoutLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(self.handoutGroup)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.handoutLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.hoursLabel = QLabel(self.handoutGroup)
        self.hoursLabel.setObjectName(u"hoursLabel")

        self.handoutLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.hoursLabel)

        self.hoursEdit = QLineEdit(self.handoutGroup)
        self.hoursEdit.setObjectName(u"hoursEdit")

        self.handoutLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.hoursEdit)

        self.portalLabel = QLabel(self.handoutGroup)
        self.portalLabel.setObjectName(u"portalLabel")

        self.handoutLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.portalLabel)

        self.portalEdit = QLineEdit(self.handoutGroup)
        self.portalEdit.setObjectName(u"portalEdit")

        self.handoutLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.portalEdit)

        self.lookupLabel = QLabel(self.handoutGroup)
        self.lookupLabel.setObjectName(u"lookupLabel")

        self.handoutLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.lookupLabel)

        self.lookupEdit = QLineEdit(self.handoutGroup)
        self.lookupEdit.setObjectName(u"lookupEdit")

        self.handoutLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.lookupEdit)

        self.vneidLabel = QLabel(self.handoutGroup)
        self.vneidLabel.setObjectName(u"vneidLabel")

        self.handoutLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.vneidLabel)

        self.vneidEdit = QLineEdit(self.handoutGroup)
        self.vneidEdit.setObjectName(u"vneidEdit")

        self.handoutLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.vneidEdit)


        self.dialogLayout.addWidget(self.handoutGroup)

        self.errorLabel = QLabel(CommuneDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(CommuneDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.codeLabel.setBuddy(self.codeEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.unitLabel.setBuddy(self.unitEdit)
        self.upperLabel.setBuddy(self.upperEdit)
        self.targetLabel.setBuddy(self.targetSpin)
        self.reminderLabel.setBuddy(self.reminderEdit)
        self.retentionLabel.setBuddy(self.retentionSpin)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.hoursLabel.setBuddy(self.hoursEdit)
        self.portalLabel.setBuddy(self.portalEdit)
        self.lookupLabel.setBuddy(self.lookupEdit)
        self.vneidLabel.setBuddy(self.vneidEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.codeEdit, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.unitEdit)
        QWidget.setTabOrder(self.unitEdit, self.upperEdit)
        QWidget.setTabOrder(self.upperEdit, self.targetSpin)
        QWidget.setTabOrder(self.targetSpin, self.reminderEdit)
        QWidget.setTabOrder(self.reminderEdit, self.retentionSpin)
        QWidget.setTabOrder(self.retentionSpin, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.hoursEdit)
        QWidget.setTabOrder(self.hoursEdit, self.portalEdit)
        QWidget.setTabOrder(self.portalEdit, self.lookupEdit)
        QWidget.setTabOrder(self.lookupEdit, self.vneidEdit)

        self.retranslateUi(CommuneDialog)

        QMetaObject.connectSlotsByName(CommuneDialog)
    # setupUi

    def retranslateUi(self, CommuneDialog):
        CommuneDialog.setWindowTitle(QCoreApplication.translate("CommuneDialog", u"Th\u00f4ng tin x\u00e3", None))
        self.introLabel.setText(QCoreApplication.translate("CommuneDialog", u"Th\u00f4ng tin n\u00e0y in tr\u00ean t\u1edd h\u01b0\u1edbng d\u1eabn v\u00e0 b\u00e1o c\u00e1o g\u1eedi c\u1ea5p tr\u00ean.", None))
        self.codeLabel.setText(QCoreApplication.translate("CommuneDialog", u"&M\u00e3 x\u00e3", None))
        self.codeEdit.setPlaceholderText(QCoreApplication.translate("CommuneDialog", u"m\u00e3 \u0111\u01a1n v\u1ecb h\u00e0nh ch\u00ednh, v\u00ed d\u1ee5 10507", None))
        self.nameLabel.setText(QCoreApplication.translate("CommuneDialog", u"&T\u00ean x\u00e3", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("CommuneDialog", u"v\u00ed d\u1ee5: X\u00e3 T\u00e2n L\u1eadp", None))
        self.unitLabel.setText(QCoreApplication.translate("CommuneDialog", u"T\u00ean &b\u1ed9 ph\u1eadn", None))
        self.upperLabel.setText(QCoreApplication.translate("CommuneDialog", u"&C\u1ea5p tr\u00ean nh\u1eadn b\u00e1o c\u00e1o", None))
        self.upperEdit.setPlaceholderText(QCoreApplication.translate("CommuneDialog", u"v\u00ed d\u1ee5: UBND t\u1ec9nh Ph\u00fa Th\u1ecd", None))
        self.targetLabel.setText(QCoreApplication.translate("CommuneDialog", u"M\u1ee5c ti\u00eau n\u1ed9p tr\u1ef1c &tuy\u1ebfn", None))
        self.targetSpin.setSuffix(QCoreApplication.translate("CommuneDialog", u" %", None))
        self.reminderLabel.setText(QCoreApplication.translate("CommuneDialog", u"Gi\u1edd &nh\u1eafc ch\u1ed1t s\u1ed1 li\u1ec7u", None))
        self.retentionLabel.setText(QCoreApplication.translate("CommuneDialog", u"Gi\u1eef th\u00f4ng tin c\u00e1 nh\u00e2n t&rong", None))
        self.retentionSpin.setSuffix(QCoreApplication.translate("CommuneDialog", u" th\u00e1ng", None))
#if QT_CONFIG(tooltip)
        self.retentionSpin.setToolTip(QCoreApplication.translate("CommuneDialog", u"Sau th\u1eddi gian n\u00e0y, h\u1ecd t\u00ean, s\u1ed1 \u0111i\u1ec7n tho\u1ea1i, s\u1ed1 \u0111\u1ecbnh danh, m\u00e3 h\u1ed3 s\u01a1 v\u00e0 ghi ch\u00fa c\u1ee7a c\u00e1c l\u01b0\u1ee3t c\u0169 t\u1ef1 x\u00f3a; s\u1ed1 li\u1ec7u v\u1eabn gi\u1eef.", None))
#endif // QT_CONFIG(tooltip)
        self.handoutGroup.setTitle(QCoreApplication.translate("CommuneDialog", u"T\u1edd h\u01b0\u1edbng d\u1eabn cho ng\u01b0\u1eddi d\u00e2n", None))
        self.phoneLabel.setText(QCoreApplication.translate("CommuneDialog", u"\u0110i\u1ec7n tho\u1ea1i &b\u00e0n M\u1ed9t c\u1eeda", None))
        self.phoneEdit.setPlaceholderText(QCoreApplication.translate("CommuneDialog", u"v\u00ed d\u1ee5: 0210 3851 234", None))
        self.hoursLabel.setText(QCoreApplication.translate("CommuneDialog", u"&Gi\u1edd l\u00e0m vi\u1ec7c", None))
        self.portalLabel.setText(QCoreApplication.translate("CommuneDialog", u"\u0110\u1ecba ch\u1ec9 trang &th\u1ee7 t\u1ee5c", None))
#if QT_CONFIG(tooltip)
        self.portalEdit.setToolTip(QCoreApplication.translate("CommuneDialog", u"D\u00f9ng khi th\u1ee7 t\u1ee5c ch\u01b0a c\u00f3 \u0111\u1ecba ch\u1ec9 ri\u00eang trong danh m\u1ee5c. {code} thay b\u1eb1ng m\u00e3 th\u1ee7 t\u1ee5c, {name} b\u1eb1ng t\u00ean th\u1ee7 t\u1ee5c.", None))
#endif // QT_CONFIG(tooltip)
        self.lookupLabel.setText(QCoreApplication.translate("CommuneDialog", u"Trang tra c\u1ee9u &h\u1ed3 s\u01a1", None))
        self.vneidLabel.setText(QCoreApplication.translate("CommuneDialog", u"Trang \u1ee9ng d\u1ee5ng &VNeID", None))
    # retranslateUi


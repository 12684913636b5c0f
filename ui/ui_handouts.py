# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'handouts.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDateEdit,
    QFormLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPushButton,
    QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

class Ui_HandoutsScreen(object):
    def setupUi(self, HandoutsScreen):
        if not HandoutsScreen.objectName():
            HandoutsScreen.setObjectName(u"HandoutsScreen")
        HandoutsScreen.resize(1200, 760)
        self.screenLayout = QHBoxLayout(HandoutsScreen)
        self.screenLayout.setObjectName(u"screenLayout")
        self.leftPanel = QWidget(HandoutsScreen)
        self.leftPanel.setObjectName(u"leftPanel")
        self.leftPanel.setMaximumWidth(440)
        self.leftLayout = QVBoxLayout(self.leftPanel)
        self.leftLayout.setObjectName(u"leftLayout")
        self.leftLayout.setContentsMargins(0, 0, 0, 0)
        self.searchEdit = QLineEdit(self.leftPanel)
        self.searchEdit.setObjectName(u"searchEdit")

        self.leftLayout.addWidget(self.searchEdit)

        self.procedureList = QListWidget(self.leftPanel)
        self.procedureList.setObjectName(u"procedureList")

        self.leftLayout.addWidget(self.procedureList)

        self.personalGroup = QGroupBox(self.leftPanel)
        self.personalGroup.setObjectName(u"personalGroup")
        self.personalLayout = QFormLayout(self.personalGroup)
        self.personalLayout.setObjectName(u"personalLayout")
        self.nameLabel = QLabel(self.personalGroup)
        self.nameLabel.setObjectName(u"nameLabel")

        self.personalLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.personalGroup)
        self.nameEdit.setObjectName(u"nameEdit")

        self.personalLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.dossierLabel = QLabel(self.personalGroup)
        self.dossierLabel.setObjectName(u"dossierLabel")

        self.personalLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dossierLabel)

        self.dossierEdit = QLineEdit(self.personalGroup)
        self.dossierEdit.setObjectName(u"dossierEdit")

        self.personalLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dossierEdit)

        self.clerkLabel = QLabel(self.personalGroup)
        self.clerkLabel.setObjectName(u"clerkLabel")

        self.personalLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.clerkLabel)

        self.clerkEdit = QLineEdit(self.personalGroup)
        self.clerkEdit.setObjectName(u"clerkEdit")

        self.personalLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.clerkEdit)

        self.appointmentLabel = QLabel(self.personalGroup)
        self.appointmentLabel.setObjectName(u"appointmentLabel")

        self.personalLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.appointmentLabel)

        self.appointmentLayout = QHBoxLayout()
        self.appointmentLayout.setObjectName(u"appointmentLayout")
        self.appointmentCheck = QCheckBox(self.personalGroup)
        self.appointmentCheck.setObjectName(u"appointmentCheck")

        self.appointmentLayout.addWidget(self.appointmentCheck)

        self.appointmentEdit = QDateEdit(self.personalGroup)
        self.appointmentEdit.setObjectName(u"appointmentEdit")
        self.appointmentEdit.setDisplayFormat(u"dd/MM/yyyy")
        self.appointmentEdit.setCalendarPopup(True)

        self.appointmentLayout.addWidget(self.appointmentEdit)


        self.personalLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.appointmentLayout)


        self.leftLayout.addWidget(self.personalGroup)

        self.optionsLayout = QHBoxLayout()
        self.optionsLayout.setObjectName(u"optionsLayout")
        self.sizeCombo = QComboBox(self.leftPanel)
        self.sizeCombo.setObjectName(u"sizeCombo")

        self.optionsLayout.addWidget(self.sizeCombo)

        self.largePrintCheck = QCheckBox(self.leftPanel)
        self.largePrintCheck.setObjectName(u"largePrintCheck")

        self.optionsLayout.addWidget(self.largePrintCheck)

        self.copiesLabel = QLabel(self.leftPanel)
        self.copiesLabel.setObjectName(u"copiesLabel")

        self.optionsLayout.addWidget(self.copiesLabel)

        self.copiesSpin = QSpinBox(self.leftPanel)
        self.copiesSpin.setObjectName(u"copiesSpin")
        self.copiesSpin.setMinimum(1)
        self.copiesSpin.setMaximum(50)

        self.optionsLayout.addWidget(self.copiesSpin)


        self.leftLayout.addLayout(self.optionsLayout)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.printButton = QPushButton(self.leftPanel)
        self.printButton.setObjectName(u"printButton")
        self.printButton.setProperty(u"role", u"primary")

        self.buttonsLayout.addWidget(self.printButton)

        self.saveButton = QPushButton(self.leftPanel)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonsLayout.addWidget(self.saveButton)


        self.leftLayout.addLayout(self.buttonsLayout)

        self.batchButton = QPushButton(self.leftPanel)
        self.batchButton.setObjectName(u"batchButton")

        self.leftLayout.addWidget(self.batchButton)

        self.textGroup = QGroupBox(self.leftPanel)
        self.textGroup.setObjectName(u"textGroup")
        self.textButtonsLayout = QHBoxLayout(self.textGroup)
        self.textButtonsLayout.setObjectName(u"textButtonsLayout")
        self.editTextButton = QPushButton(self.textGroup)
        self.editTextButton.setObjectName(u"editTextButton")

        self.textButtonsLayout.addWidget(self.editTextButton)

        self.exportTextsButton = QPushButton(self.textGroup)
        self.exportTextsButton.setObjectName(u"exportTextsButton")

        self.textButtonsLayout.addWidget(self.exportTextsButton)

        self.importTextsButton = QPushButton(self.textGroup)
        self.importTextsButton.setObjectName(u"importTextsButton")

        self.textButtonsLayout.addWidget(self.importTextsButton)


        self.leftLayout.addWidget(self.textGroup)

        self.messageLabel = QLabel(self.leftPanel)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.leftLayout.addWidget(self.messageLabel)


        self.screenLayout.addWidget(self.leftPanel)

        self.previewHost = QWidget(HandoutsScreen)
        self.previewHost.setObjectName(u"previewHost")

        self.screenLayout.addWidget(self.previewHost)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.dossierLabel.setBuddy(self.dossierEdit)
        self.clerkLabel.setBuddy(self.clerkEdit)
        self.appointmentLabel.setBuddy(self.appointmentEdit)
        self.copiesLabel.setBuddy(self.copiesSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(HandoutsScreen)

        QMetaObject.connectSlotsByName(HandoutsScreen)
    # setupUi

    def retranslateUi(self, HandoutsScreen):
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("HandoutsScreen", u"T\u00ecm th\u1ee7 t\u1ee5c: g\u00f5 t\u00ean ho\u1eb7c m\u00e3, kh\u00f4ng c\u1ea7n d\u1ea5u", None))
        self.personalGroup.setTitle(QCoreApplication.translate("HandoutsScreen", u"Ghi cho ng\u01b0\u1eddi d\u00e2n (kh\u00f4ng b\u1eaft bu\u1ed9c)", None))
        self.nameLabel.setText(QCoreApplication.translate("HandoutsScreen", u"&H\u1ecd v\u00e0 t\u00ean", None))
        self.dossierLabel.setText(QCoreApplication.translate("HandoutsScreen", u"&M\u00e3 h\u1ed3 s\u01a1", None))
        self.clerkLabel.setText(QCoreApplication.translate("HandoutsScreen", u"&C\u00e1n b\u1ed9 ti\u1ebfp nh\u1eadn", None))
        self.appointmentLabel.setText(QCoreApplication.translate("HandoutsScreen", u"Ng\u00e0y h\u1eb9&n", None))
        self.appointmentCheck.setText(QCoreApplication.translate("HandoutsScreen", u"c\u00f3 h\u1eb9n", None))
        self.largePrintCheck.setText(QCoreApplication.translate("HandoutsScreen", u"Ch\u1eef to", None))
        self.copiesLabel.setText(QCoreApplication.translate("HandoutsScreen", u"S\u1ed1 b\u1ea3n", None))
        self.printButton.setText(QCoreApplication.translate("HandoutsScreen", u"In\u2026 (Ctrl+P)", None))
        self.saveButton.setText(QCoreApplication.translate("HandoutsScreen", u"L\u01b0u PDF\u2026", None))
        self.batchButton.setText(QCoreApplication.translate("HandoutsScreen", u"In &ch\u1ed3ng t\u1edd \u0111\u1ec3 s\u1eb5n\u2026", None))
#if QT_CONFIG(tooltip)
        self.batchButton.setToolTip(QCoreApplication.translate("HandoutsScreen", u"In nhi\u1ec1u t\u1edd c\u1ee7a c\u00e1c th\u1ee7 t\u1ee5c hay g\u1eb7p nh\u1ea5t, \u0111\u1ec3 s\u1eb5n t\u1ea1i b\u00e0n", None))
#endif // QT_CONFIG(tooltip)
        self.textGroup.setTitle(QCoreApplication.translate("HandoutsScreen", u"N\u1ed9i dung t\u1edd h\u01b0\u1edbng d\u1eabn", None))
        self.editTextButton.setText(QCoreApplication.translate("HandoutsScreen", u"&S\u1eeda n\u1ed9i dung\u2026", None))
#if QT_CONFIG(tooltip)
        self.editTextButton.setToolTip(QCoreApplication.translate("HandoutsScreen", u"S\u1eeda c\u00e1c b\u01b0\u1edbc, gi\u1ea5y t\u1edd, l\u1ec7 ph\u00ed c\u1ee7a th\u1ee7 t\u1ee5c \u0111ang ch\u1ecdn khi c\u1ed5ng d\u1ecbch v\u1ee5 c\u00f4ng thay \u0111\u1ed5i", None))
#endif // QT_CONFIG(tooltip)
        self.exportTextsButton.setText(QCoreApplication.translate("HandoutsScreen", u"&Xu\u1ea5t\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportTextsButton.setToolTip(QCoreApplication.translate("HandoutsScreen", u"Ghi n\u1ed9i dung m\u1ecdi th\u1ee7 t\u1ee5c ra th\u01b0 m\u1ee5c (t\u1ec7p JSON) \u0111\u1ec3 g\u1eedi x\u00e3 kh\u00e1c", None))
#endif // QT_CONFIG(tooltip)
        self.importTextsButton.setText(QCoreApplication.translate("HandoutsScreen", u"&Nh\u1eadp\u2026", None))
#if QT_CONFIG(tooltip)
        self.importTextsButton.setToolTip(QCoreApplication.translate("HandoutsScreen", u"Nh\u1eadp n\u1ed9i dung t\u1eeb c\u00e1c t\u1ec7p JSON (l\u1ed7i m\u1ed9t t\u1ec7p th\u00ec kh\u00f4ng nh\u1eadp t\u1ec7p n\u00e0o)", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi


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

        self.buttonsLayout.addWidget(self.printButton)

        self.saveButton = QPushButton(self.leftPanel)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonsLayout.addWidget(self.saveButton)


        self.leftLayout.addLayout(self.buttonsLayout)

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
        self.appointmentLabel.setText(QCoreApplication.translate("HandoutsScreen", u"Ng\u00e0y h\u1eb9&n", None))
        self.appointmentCheck.setText(QCoreApplication.translate("HandoutsScreen", u"c\u00f3 h\u1eb9n", None))
        self.appointmentEdit.setDisplayFormat(QCoreApplication.translate("HandoutsScreen", u"dd/MM/yyyy", None))
        self.largePrintCheck.setText(QCoreApplication.translate("HandoutsScreen", u"Ch\u1eef to", None))
        self.copiesLabel.setText(QCoreApplication.translate("HandoutsScreen", u"S\u1ed1 b\u1ea3n", None))
        self.printButton.setText(QCoreApplication.translate("HandoutsScreen", u"In\u2026 (Ctrl+P)", None))
        self.printButton.setProperty(u"role", QCoreApplication.translate("HandoutsScreen", u"primary", None))
        self.saveButton.setText(QCoreApplication.translate("HandoutsScreen", u"L\u01b0u PDF\u2026", None))
        pass
    # retranslateUi


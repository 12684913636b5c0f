# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'send_back_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_SendBackDialog(object):
    def setupUi(self, SendBackDialog):
        if not SendBackDialog.objectName():
            SendBackDialog.setObjectName(u"SendBackDialog")
        SendBackDialog.resize(440, 220)
        self.dialogLayout = QVBoxLayout(SendBackDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(SendBackDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.reasonLabel = QLabel(SendBackDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonCombo = QComboBox(SendBackDialog)
        self.reasonCombo.setObjectName(u"reasonCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reasonCombo)

        self.noteLabel = QLabel(SendBackDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QLineEdit(SendBackDialog)
        self.noteEdit.setObjectName(u"noteEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(SendBackDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.reasonLabel.setBuddy(self.reasonCombo)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SendBackDialog)

        QMetaObject.connectSlotsByName(SendBackDialog)
    # setupUi

    def retranslateUi(self, SendBackDialog):
        SendBackDialog.setWindowTitle(QCoreApplication.translate("SendBackDialog", u"Tr\u1ea3 l\u1ea1i qu\u00e9t l\u1ea1i", None))
        self.reasonLabel.setText(QCoreApplication.translate("SendBackDialog", u"&L\u00fd do", None))
        self.noteLabel.setText(QCoreApplication.translate("SendBackDialog", u"&Ghi ch\u00fa", None))
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("SendBackDialog", u"v\u00ed d\u1ee5: thi\u1ebfu trang 2", None))
    # retranslateUi


# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'handout_text_dialog.ui'
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
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_HandoutTextDialog(object):
    def setupUi(self, HandoutTextDialog):
        if not HandoutTextDialog.objectName():
            HandoutTextDialog.setObjectName(u"HandoutTextDialog")
        HandoutTextDialog.setMinimumSize(QSize(720, 640))
        self.dialogLayout = QVBoxLayout(HandoutTextDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.originLabel = QLabel(HandoutTextDialog)
        self.originLabel.setObjectName(u"originLabel")
        self.originLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.originLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.titleLabel = QLabel(HandoutTextDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(HandoutTextDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.stepsLabel = QLabel(HandoutTextDialog)
        self.stepsLabel.setObjectName(u"stepsLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.stepsLabel)

        self.stepsEdit = QPlainTextEdit(HandoutTextDialog)
        self.stepsEdit.setObjectName(u"stepsEdit")
        self.stepsEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.stepsEdit)

        self.papersLabel = QLabel(HandoutTextDialog)
        self.papersLabel.setObjectName(u"papersLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.papersLabel)

        self.papersEdit = QPlainTextEdit(HandoutTextDialog)
        self.papersEdit.setObjectName(u"papersEdit")
        self.papersEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.papersEdit)

        self.feeLabel = QLabel(HandoutTextDialog)
        self.feeLabel.setObjectName(u"feeLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.feeLabel)

        self.feeEdit = QLineEdit(HandoutTextDialog)
        self.feeEdit.setObjectName(u"feeEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.feeEdit)

        self.timeLabel = QLabel(HandoutTextDialog)
        self.timeLabel.setObjectName(u"timeLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.timeLabel)

        self.timeEdit = QLineEdit(HandoutTextDialog)
        self.timeEdit.setObjectName(u"timeEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.timeEdit)

        self.tipsLabel = QLabel(HandoutTextDialog)
        self.tipsLabel.setObjectName(u"tipsLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.tipsLabel)

        self.tipsEdit = QPlainTextEdit(HandoutTextDialog)
        self.tipsEdit.setObjectName(u"tipsEdit")
        self.tipsEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.tipsEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.problemsLabel = QLabel(HandoutTextDialog)
        self.problemsLabel.setObjectName(u"problemsLabel")
        self.problemsLabel.setWordWrap(True)
        self.problemsLabel.setProperty(u"role", u"error")

        self.dialogLayout.addWidget(self.problemsLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.resetButton = QPushButton(HandoutTextDialog)
        self.resetButton.setObjectName(u"resetButton")

        self.buttonsLayout.addWidget(self.resetButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.buttonBox = QDialogButtonBox(HandoutTextDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.buttonsLayout.addWidget(self.buttonBox)


        self.dialogLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.stepsLabel.setBuddy(self.stepsEdit)
        self.papersLabel.setBuddy(self.papersEdit)
        self.feeLabel.setBuddy(self.feeEdit)
        self.timeLabel.setBuddy(self.timeEdit)
        self.tipsLabel.setBuddy(self.tipsEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(HandoutTextDialog)

        QMetaObject.connectSlotsByName(HandoutTextDialog)
    # setupUi

    def retranslateUi(self, HandoutTextDialog):
        HandoutTextDialog.setWindowTitle(QCoreApplication.translate("HandoutTextDialog", u"S\u1eeda n\u1ed9i dung t\u1edd h\u01b0\u1edbng d\u1eabn", None))
        self.titleLabel.setText(QCoreApplication.translate("HandoutTextDialog", u"&T\u00ean g\u1ecdi ng\u1eafn", None))
        self.stepsLabel.setText(QCoreApplication.translate("HandoutTextDialog", u"C\u00e1c &b\u01b0\u1edbc\n"
"(m\u1ed7i d\u00f2ng m\u1ed9t b\u01b0\u1edbc)", None))
        self.papersLabel.setText(QCoreApplication.translate("HandoutTextDialog", u"&Gi\u1ea5y t\u1edd c\u1ea7n chu\u1ea9n b\u1ecb\n"
"(m\u1ed7i d\u00f2ng m\u1ed9t lo\u1ea1i)", None))
        self.feeLabel.setText(QCoreApplication.translate("HandoutTextDialog", u"&L\u1ec7 ph\u00ed", None))
        self.timeLabel.setText(QCoreApplication.translate("HandoutTextDialog", u"Th\u1eddi gian &gi\u1ea3i quy\u1ebft", None))
        self.tipsLabel.setText(QCoreApplication.translate("HandoutTextDialog", u"L\u01b0&u \u00fd\n"
"(kh\u00f4ng b\u1eaft bu\u1ed9c)", None))
        self.resetButton.setText(QCoreApplication.translate("HandoutTextDialog", u"&Kh\u00f4i ph\u1ee5c n\u1ed9i dung g\u1ed1c", None))
    # retranslateUi


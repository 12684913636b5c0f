# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'batch_print.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDialog,
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
    QProgressBar, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_BatchPrintDialog(object):
    def setupUi(self, BatchPrintDialog):
        if not BatchPrintDialog.objectName():
            BatchPrintDialog.setObjectName(u"BatchPrintDialog")
        BatchPrintDialog.setMinimumWidth(560)
        BatchPrintDialog.setMinimumHeight(520)
        self.dialogLayout = QVBoxLayout(BatchPrintDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(BatchPrintDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.procedureLabel = QLabel(BatchPrintDialog)
        self.procedureLabel.setObjectName(u"procedureLabel")

        self.dialogLayout.addWidget(self.procedureLabel)

        self.procedureList = QListWidget(BatchPrintDialog)
        self.procedureList.setObjectName(u"procedureList")
        self.procedureList.setAlternatingRowColors(True)

        self.dialogLayout.addWidget(self.procedureList)

        self.selectionLayout = QHBoxLayout()
        self.selectionLayout.setObjectName(u"selectionLayout")
        self.checkAllButton = QPushButton(BatchPrintDialog)
        self.checkAllButton.setObjectName(u"checkAllButton")

        self.selectionLayout.addWidget(self.checkAllButton)

        self.uncheckAllButton = QPushButton(BatchPrintDialog)
        self.uncheckAllButton.setObjectName(u"uncheckAllButton")

        self.selectionLayout.addWidget(self.uncheckAllButton)

        self.selectionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.selectionLayout.addItem(self.selectionSpacer)


        self.dialogLayout.addLayout(self.selectionLayout)

        self.optionsLayout = QHBoxLayout()
        self.optionsLayout.setObjectName(u"optionsLayout")
        self.copiesLabel = QLabel(BatchPrintDialog)
        self.copiesLabel.setObjectName(u"copiesLabel")

        self.optionsLayout.addWidget(self.copiesLabel)

        self.copiesSpin = QSpinBox(BatchPrintDialog)
        self.copiesSpin.setObjectName(u"copiesSpin")
        self.copiesSpin.setMinimum(1)
        self.copiesSpin.setMaximum(50)
        self.copiesSpin.setValue(5)

        self.optionsLayout.addWidget(self.copiesSpin)

        self.sizeLabel = QLabel(BatchPrintDialog)
        self.sizeLabel.setObjectName(u"sizeLabel")

        self.optionsLayout.addWidget(self.sizeLabel)

        self.sizeCombo = QComboBox(BatchPrintDialog)
        self.sizeCombo.setObjectName(u"sizeCombo")

        self.optionsLayout.addWidget(self.sizeCombo)

        self.largePrintCheck = QCheckBox(BatchPrintDialog)
        self.largePrintCheck.setObjectName(u"largePrintCheck")

        self.optionsLayout.addWidget(self.largePrintCheck)

        self.optionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.optionsLayout.addItem(self.optionsSpacer)


        self.dialogLayout.addLayout(self.optionsLayout)

        self.progressBar = QProgressBar(BatchPrintDialog)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setValue(0)

        self.dialogLayout.addWidget(self.progressBar)

        self.statusLabel = QLabel(BatchPrintDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.statusLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.printButton = QPushButton(BatchPrintDialog)
        self.printButton.setObjectName(u"printButton")
        self.printButton.setProperty(u"role", u"primary")

        self.buttonsLayout.addWidget(self.printButton)

        self.stopButton = QPushButton(BatchPrintDialog)
        self.stopButton.setObjectName(u"stopButton")
        self.stopButton.setEnabled(False)

        self.buttonsLayout.addWidget(self.stopButton)

        self.closeButton = QPushButton(BatchPrintDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonsLayout.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.procedureLabel.setBuddy(self.procedureList)
        self.copiesLabel.setBuddy(self.copiesSpin)
        self.sizeLabel.setBuddy(self.sizeCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.procedureList, self.checkAllButton)
        QWidget.setTabOrder(self.checkAllButton, self.uncheckAllButton)
        QWidget.setTabOrder(self.uncheckAllButton, self.copiesSpin)
        QWidget.setTabOrder(self.copiesSpin, self.sizeCombo)
        QWidget.setTabOrder(self.sizeCombo, self.largePrintCheck)
        QWidget.setTabOrder(self.largePrintCheck, self.printButton)
        QWidget.setTabOrder(self.printButton, self.stopButton)
        QWidget.setTabOrder(self.stopButton, self.closeButton)

        self.retranslateUi(BatchPrintDialog)

        self.printButton.setDefault(True)


        QMetaObject.connectSlotsByName(BatchPrintDialog)
    # setupUi

    def retranslateUi(self, BatchPrintDialog):
        BatchPrintDialog.setWindowTitle(QCoreApplication.translate("BatchPrintDialog", u"In ch\u1ed3ng t\u1edd h\u01b0\u1edbng d\u1eabn \u0111\u1ec3 s\u1eb5n", None))
        self.introLabel.setText(QCoreApplication.translate("BatchPrintDialog", u"C\u00e1c th\u1ee7 t\u1ee5c hay g\u1eb7p nh\u1ea5t trong 90 ng\u00e0y qua \u0111\u01b0\u1ee3c ch\u1ecdn s\u1eb5n v\u00e0 x\u1ebfp l\u00ean \u0111\u1ea7u. M\u1ed7i t\u1edd in th\u00e0nh nhi\u1ec1u b\u1ea3n \u0111\u1ec3 s\u1eb5n t\u1ea1i b\u00e0n ti\u1ebfp d\u00e2n.", None))
        self.procedureLabel.setText(QCoreApplication.translate("BatchPrintDialog", u"&Th\u1ee7 t\u1ee5c c\u1ea7n in", None))
        self.checkAllButton.setText(QCoreApplication.translate("BatchPrintDialog", u"Ch\u1ecdn &h\u1ebft", None))
        self.uncheckAllButton.setText(QCoreApplication.translate("BatchPrintDialog", u"&B\u1ecf ch\u1ecdn h\u1ebft", None))
        self.copiesLabel.setText(QCoreApplication.translate("BatchPrintDialog", u"S\u1ed1 &b\u1ea3n m\u1ed7i th\u1ee7 t\u1ee5c", None))
        self.sizeLabel.setText(QCoreApplication.translate("BatchPrintDialog", u"&Kh\u1ed5 gi\u1ea5y", None))
        self.largePrintCheck.setText(QCoreApplication.translate("BatchPrintDialog", u"Ch\u1eef &to", None))
        self.printButton.setText(QCoreApplication.translate("BatchPrintDialog", u"&In\u2026", None))
        self.stopButton.setText(QCoreApplication.translate("BatchPrintDialog", u"&D\u1eebng", None))
        self.closeButton.setText(QCoreApplication.translate("BatchPrintDialog", u"\u0110\u00f3&ng", None))
    # retranslateUi


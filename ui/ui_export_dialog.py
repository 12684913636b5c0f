# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QProgressBar,
    QPushButton, QSizePolicy, QVBoxLayout, QWidget)

class Ui_ExportDialog(object):
    def setupUi(self, ExportDialog):
        if not ExportDialog.objectName():
            ExportDialog.setObjectName(u"ExportDialog")
        ExportDialog.setMinimumWidth(520)
        self.dialogLayout = QVBoxLayout(ExportDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.periodLabel = QLabel(ExportDialog)
        self.periodLabel.setObjectName(u"periodLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.periodLabel)

        self.periodCombo = QComboBox(ExportDialog)
        self.periodCombo.setObjectName(u"periodCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.periodCombo)

        self.fromLabel = QLabel(ExportDialog)
        self.fromLabel.setObjectName(u"fromLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fromLabel)

        self.datesLayout = QHBoxLayout()
        self.datesLayout.setObjectName(u"datesLayout")
        self.fromEdit = QDateEdit(ExportDialog)
        self.fromEdit.setObjectName(u"fromEdit")
        self.fromEdit.setDisplayFormat(u"dd/MM/yyyy")
        self.fromEdit.setCalendarPopup(True)

        self.datesLayout.addWidget(self.fromEdit)

        self.toLabel = QLabel(ExportDialog)
        self.toLabel.setObjectName(u"toLabel")

        self.datesLayout.addWidget(self.toLabel)

        self.toEdit = QDateEdit(ExportDialog)
        self.toEdit.setObjectName(u"toEdit")
        self.toEdit.setDisplayFormat(u"dd/MM/yyyy")
        self.toEdit.setCalendarPopup(True)

        self.datesLayout.addWidget(self.toEdit)


        self.formLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.datesLayout)

        self.formatsLabel = QLabel(ExportDialog)
        self.formatsLabel.setObjectName(u"formatsLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.formatsLabel)

        self.formatsLayout = QHBoxLayout()
        self.formatsLayout.setObjectName(u"formatsLayout")
        self.pdfCheck = QCheckBox(ExportDialog)
        self.pdfCheck.setObjectName(u"pdfCheck")
        self.pdfCheck.setChecked(True)

        self.formatsLayout.addWidget(self.pdfCheck)

        self.xlsxCheck = QCheckBox(ExportDialog)
        self.xlsxCheck.setObjectName(u"xlsxCheck")
        self.xlsxCheck.setChecked(True)

        self.formatsLayout.addWidget(self.xlsxCheck)

        self.jsonCheck = QCheckBox(ExportDialog)
        self.jsonCheck.setObjectName(u"jsonCheck")
        self.jsonCheck.setChecked(True)

        self.formatsLayout.addWidget(self.jsonCheck)

        self.csvCheck = QCheckBox(ExportDialog)
        self.csvCheck.setObjectName(u"csvCheck")

        self.formatsLayout.addWidget(self.csvCheck)


        self.formLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.formatsLayout)

        self.folderLabel = QLabel(ExportDialog)
        self.folderLabel.setObjectName(u"folderLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.folderLabel)

        self.folderLayout = QHBoxLayout()
        self.folderLayout.setObjectName(u"folderLayout")
        self.folderEdit = QLineEdit(ExportDialog)
        self.folderEdit.setObjectName(u"folderEdit")

        self.folderLayout.addWidget(self.folderEdit)

        self.browseButton = QPushButton(ExportDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.folderLayout.addWidget(self.browseButton)


        self.formLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.folderLayout)


        self.dialogLayout.addLayout(self.formLayout)

        self.sendCheck = QCheckBox(ExportDialog)
        self.sendCheck.setObjectName(u"sendCheck")

        self.dialogLayout.addWidget(self.sendCheck)

        self.noteLabel = QLabel(ExportDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.noteLabel)

        self.resultLabel = QLabel(ExportDialog)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setWordWrap(True)
        self.resultLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.resultLabel)

        self.progressBar = QProgressBar(ExportDialog)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setVisible(False)
        self.progressBar.setMaximum(0)

        self.dialogLayout.addWidget(self.progressBar)

        self.buttonBox = QDialogButtonBox(ExportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.periodLabel.setBuddy(self.periodCombo)
        self.fromLabel.setBuddy(self.fromEdit)
        self.toLabel.setBuddy(self.toEdit)
        self.folderLabel.setBuddy(self.folderEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ExportDialog)

        QMetaObject.connectSlotsByName(ExportDialog)
    # setupUi

    def retranslateUi(self, ExportDialog):
        ExportDialog.setWindowTitle(QCoreApplication.translate("ExportDialog", u"Xu\u1ea5t b\u00e1o c\u00e1o / G\u1eedi c\u1ea5p tr\u00ean", None))
        self.periodLabel.setText(QCoreApplication.translate("ExportDialog", u"&K\u1ef3 b\u00e1o c\u00e1o", None))
        self.fromLabel.setText(QCoreApplication.translate("ExportDialog", u"&T\u1eeb ng\u00e0y", None))
        self.toLabel.setText(QCoreApplication.translate("ExportDialog", u"\u0111\u1ebfn &ng\u00e0y", None))
        self.formatsLabel.setText(QCoreApplication.translate("ExportDialog", u"\u0110\u1ecbnh d\u1ea1ng", None))
        self.pdfCheck.setText(QCoreApplication.translate("ExportDialog", u"PDF (v\u0103n b\u1ea3n)", None))
        self.xlsxCheck.setText(QCoreApplication.translate("ExportDialog", u"Excel", None))
        self.jsonCheck.setText(QCoreApplication.translate("ExportDialog", u"JSON (t\u1ed5ng h\u1ee3p)", None))
        self.csvCheck.setText(QCoreApplication.translate("ExportDialog", u"CSV", None))
        self.folderLabel.setText(QCoreApplication.translate("ExportDialog", u"&Th\u01b0 m\u1ee5c l\u01b0u", None))
        self.browseButton.setText(QCoreApplication.translate("ExportDialog", u"Ch\u1ecdn\u2026", None))
        self.sendCheck.setText(QCoreApplication.translate("ExportDialog", u"G\u1eedi th\u01b0 \u0111i\u1ec7n t\u1eed", None))
        self.noteLabel.setText(QCoreApplication.translate("ExportDialog", u"C\u00e1c t\u1ec7p ch\u1ec9 c\u00f3 s\u1ed1 li\u1ec7u t\u1ed5ng h\u1ee3p, kh\u00f4ng c\u00f3 d\u1eef li\u1ec7u c\u00e1 nh\u00e2n. C\u00f3 th\u1ec3 ch\u1ecdn th\u01b0 m\u1ee5c tr\u00ean USB \u0111\u1ec3 mang l\u00ean c\u1ea5p tr\u00ean.", None))
    # retranslateUi


# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'visit_list_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHeaderView, QLabel, QSizePolicy,
    QTableView, QVBoxLayout, QWidget)

class Ui_VisitListDialog(object):
    def setupUi(self, VisitListDialog):
        if not VisitListDialog.objectName():
            VisitListDialog.setObjectName(u"VisitListDialog")
        VisitListDialog.resize(900, 520)
        self.dialogLayout = QVBoxLayout(VisitListDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.titleLabel = QLabel(VisitListDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.titleLabel)

        self.visitTable = QTableView(VisitListDialog)
        self.visitTable.setObjectName(u"visitTable")
        self.visitTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.visitTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.visitTable.setAlternatingRowColors(True)
        self.visitTable.setSortingEnabled(True)

        self.dialogLayout.addWidget(self.visitTable)

        self.buttonBox = QDialogButtonBox(VisitListDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(VisitListDialog)

        QMetaObject.connectSlotsByName(VisitListDialog)
    # setupUi

    def retranslateUi(self, VisitListDialog):
        VisitListDialog.setWindowTitle(QCoreApplication.translate("VisitListDialog", u"C\u00e1c l\u01b0\u1ee3t h\u1ed7 tr\u1ee3", None))
    # retranslateUi


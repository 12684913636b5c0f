# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'daily_summary.ui'
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
from PySide6.QtWidgets import (QApplication, QDateEdit, QGridLayout, QHBoxLayout,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QToolButton, QVBoxLayout, QWidget)

class Ui_DailySummaryScreen(object):
    def setupUi(self, DailySummaryScreen):
        if not DailySummaryScreen.objectName():
            DailySummaryScreen.setObjectName(u"DailySummaryScreen")
        DailySummaryScreen.resize(1200, 760)
        self.screenLayout = QVBoxLayout(DailySummaryScreen)
        self.screenLayout.setObjectName(u"screenLayout")
        self.topLayout = QHBoxLayout()
        self.topLayout.setObjectName(u"topLayout")
        self.prevDayButton = QToolButton(DailySummaryScreen)
        self.prevDayButton.setObjectName(u"prevDayButton")

        self.topLayout.addWidget(self.prevDayButton)

        self.dayEdit = QDateEdit(DailySummaryScreen)
        self.dayEdit.setObjectName(u"dayEdit")
        self.dayEdit.setDisplayFormat(u"dd/MM/yyyy")
        self.dayEdit.setCalendarPopup(True)

        self.topLayout.addWidget(self.dayEdit)

        self.nextDayButton = QToolButton(DailySummaryScreen)
        self.nextDayButton.setObjectName(u"nextDayButton")

        self.topLayout.addWidget(self.nextDayButton)

        self.todayButton = QPushButton(DailySummaryScreen)
        self.todayButton.setObjectName(u"todayButton")

        self.topLayout.addWidget(self.todayButton)

        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topLayout.addItem(self.topSpacer)

        self.lockStateLabel = QLabel(DailySummaryScreen)
        self.lockStateLabel.setObjectName(u"lockStateLabel")
        self.lockStateLabel.setWordWrap(True)

        self.topLayout.addWidget(self.lockStateLabel)

        self.lockButton = QPushButton(DailySummaryScreen)
        self.lockButton.setObjectName(u"lockButton")
        self.lockButton.setProperty(u"role", u"primary")

        self.topLayout.addWidget(self.lockButton)

        self.reopenButton = QPushButton(DailySummaryScreen)
        self.reopenButton.setObjectName(u"reopenButton")

        self.topLayout.addWidget(self.reopenButton)

        self.exportButton = QPushButton(DailySummaryScreen)
        self.exportButton.setObjectName(u"exportButton")

        self.topLayout.addWidget(self.exportButton)


        self.screenLayout.addLayout(self.topLayout)

        self.tilesBar = QWidget(DailySummaryScreen)
        self.tilesBar.setObjectName(u"tilesBar")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.tilesBar.sizePolicy().hasHeightForWidth())
        self.tilesBar.setSizePolicy(sizePolicy)
        self.tilesLayout = QHBoxLayout(self.tilesBar)
        self.tilesLayout.setObjectName(u"tilesLayout")
        self.tilesLayout.setContentsMargins(0, 0, 0, 0)

        self.screenLayout.addWidget(self.tilesBar)

        self.chartsLayout = QGridLayout()
        self.chartsLayout.setObjectName(u"chartsLayout")
        self.trendHost = QWidget(DailySummaryScreen)
        self.trendHost.setObjectName(u"trendHost")

        self.chartsLayout.addWidget(self.trendHost, 0, 0, 1, 1)

        self.assistanceHost = QWidget(DailySummaryScreen)
        self.assistanceHost.setObjectName(u"assistanceHost")

        self.chartsLayout.addWidget(self.assistanceHost, 0, 1, 1, 1)

        self.proceduresHost = QWidget(DailySummaryScreen)
        self.proceduresHost.setObjectName(u"proceduresHost")

        self.chartsLayout.addWidget(self.proceduresHost, 1, 0, 1, 1)

        self.reasonsHost = QWidget(DailySummaryScreen)
        self.reasonsHost.setObjectName(u"reasonsHost")

        self.chartsLayout.addWidget(self.reasonsHost, 1, 1, 1, 1)


        self.screenLayout.addLayout(self.chartsLayout)


        self.retranslateUi(DailySummaryScreen)

        QMetaObject.connectSlotsByName(DailySummaryScreen)
    # setupUi

    def retranslateUi(self, DailySummaryScreen):
        self.prevDayButton.setText(QCoreApplication.translate("DailySummaryScreen", u"\u25c0", None))
#if QT_CONFIG(tooltip)
        self.prevDayButton.setToolTip(QCoreApplication.translate("DailySummaryScreen", u"Ng\u00e0y tr\u01b0\u1edbc (Alt+\u2190)", None))
#endif // QT_CONFIG(tooltip)
        self.nextDayButton.setText(QCoreApplication.translate("DailySummaryScreen", u"\u25b6", None))
#if QT_CONFIG(tooltip)
        self.nextDayButton.setToolTip(QCoreApplication.translate("DailySummaryScreen", u"Ng\u00e0y sau (Alt+\u2192)", None))
#endif // QT_CONFIG(tooltip)
        self.todayButton.setText(QCoreApplication.translate("DailySummaryScreen", u"H\u00f4m nay", None))
        self.lockButton.setText(QCoreApplication.translate("DailySummaryScreen", u"Ch\u1ed1t s\u1ed1 li\u1ec7u", None))
        self.reopenButton.setText(QCoreApplication.translate("DailySummaryScreen", u"M\u1edf l\u1ea1i\u2026", None))
        self.exportButton.setText(QCoreApplication.translate("DailySummaryScreen", u"Xu\u1ea5t b\u00e1o c\u00e1o / G\u1eedi c\u1ea5p tr\u00ean\u2026", None))
        pass
    # retranslateUi


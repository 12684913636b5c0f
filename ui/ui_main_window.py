# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.10.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QListWidget, QListWidgetItem,
    QMainWindow, QMenu, QMenuBar, QSizePolicy,
    QStackedWidget, QStatusBar, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1280, 800)
        self.communeAction = QAction(MainWindow)
        self.communeAction.setObjectName(u"communeAction")
        self.mailAction = QAction(MainWindow)
        self.mailAction.setObjectName(u"mailAction")
        self.catalogAction = QAction(MainWindow)
        self.catalogAction.setObjectName(u"catalogAction")
        self.importAction = QAction(MainWindow)
        self.importAction.setObjectName(u"importAction")
        self.usersAction = QAction(MainWindow)
        self.usersAction.setObjectName(u"usersAction")
        self.personAction = QAction(MainWindow)
        self.personAction.setObjectName(u"personAction")
        self.backupFolderAction = QAction(MainWindow)
        self.backupFolderAction.setObjectName(u"backupFolderAction")
        self.passwordAction = QAction(MainWindow)
        self.passwordAction.setObjectName(u"passwordAction")
        self.quitAction = QAction(MainWindow)
        self.quitAction.setObjectName(u"quitAction")
        self.shortcutsAction = QAction(MainWindow)
        self.shortcutsAction.setObjectName(u"shortcutsAction")
        self.aboutAction = QAction(MainWindow)
        self.aboutAction.setObjectName(u"aboutAction")
        self.centralWidget = QWidget(MainWindow)
        self.centralWidget.setObjectName(u"centralWidget")
        self.centralLayout = QHBoxLayout(self.centralWidget)
        self.centralLayout.setSpacing(0)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        self.navList = QListWidget(self.centralWidget)
        self.navList.setObjectName(u"navList")
        self.navList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navList.setMinimumWidth(150)
        self.navList.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.centralLayout.addWidget(self.navList)

        self.pages = QStackedWidget(self.centralWidget)
        self.pages.setObjectName(u"pages")

        self.centralLayout.addWidget(self.pages)

        MainWindow.setCentralWidget(self.centralWidget)
        self.menuBar = QMenuBar(MainWindow)
        self.menuBar.setObjectName(u"menuBar")
        self.fileMenu = QMenu(self.menuBar)
        self.fileMenu.setObjectName(u"fileMenu")
        self.helpMenu = QMenu(self.menuBar)
        self.helpMenu.setObjectName(u"helpMenu")
        MainWindow.setMenuBar(self.menuBar)
        self.statusBar = QStatusBar(MainWindow)
        self.statusBar.setObjectName(u"statusBar")
        MainWindow.setStatusBar(self.statusBar)

        self.menuBar.addAction(self.fileMenu.menuAction())
        self.menuBar.addAction(self.helpMenu.menuAction())
        self.fileMenu.addAction(self.communeAction)
        self.fileMenu.addAction(self.mailAction)
        self.fileMenu.addAction(self.catalogAction)
        self.fileMenu.addSeparator()
        self.fileMenu.addAction(self.importAction)
        self.fileMenu.addSeparator()
        self.fileMenu.addAction(self.usersAction)
        self.fileMenu.addAction(self.personAction)
        self.fileMenu.addAction(self.backupFolderAction)
        self.fileMenu.addAction(self.passwordAction)
        self.fileMenu.addSeparator()
        self.fileMenu.addAction(self.quitAction)
        self.helpMenu.addAction(self.shortcutsAction)
        self.helpMenu.addAction(self.aboutAction)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"M\u1ed9t C\u1eeda Desk", None))
        self.communeAction.setText(QCoreApplication.translate("MainWindow", u"Th\u00f4ng tin x\u00e3\u2026", None))
        self.mailAction.setText(QCoreApplication.translate("MainWindow", u"Th\u01b0 \u0111i\u1ec7n t\u1eed g\u1eedi b\u00e1o c\u00e1o\u2026", None))
        self.catalogAction.setText(QCoreApplication.translate("MainWindow", u"Danh m\u1ee5c th\u1ee7 t\u1ee5c, th\u00f4n x\u00f3m\u2026", None))
        self.importAction.setText(QCoreApplication.translate("MainWindow", u"Nh\u1eadp s\u1ed5 c\u0169 (Excel/CSV)\u2026", None))
        self.usersAction.setText(QCoreApplication.translate("MainWindow", u"T\u00e0i kho\u1ea3n ng\u01b0\u1eddi d\u00f9ng\u2026", None))
        self.personAction.setText(QCoreApplication.translate("MainWindow", u"Y\u00eau c\u1ea7u c\u1ee7a ng\u01b0\u1eddi d\u00e2n v\u1ec1 d\u1eef li\u1ec7u\u2026", None))
        self.backupFolderAction.setText(QCoreApplication.translate("MainWindow", u"Th\u01b0 m\u1ee5c sao l\u01b0u\u2026", None))
        self.passwordAction.setText(QCoreApplication.translate("MainWindow", u"\u0110\u1ed5i m\u1eadt kh\u1ea9u c\u1ee7a t\u00f4i\u2026", None))
        self.quitAction.setText(QCoreApplication.translate("MainWindow", u"Tho\u00e1t", None))
#if QT_CONFIG(shortcut)
        self.quitAction.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.shortcutsAction.setText(QCoreApplication.translate("MainWindow", u"Ph\u00edm t\u1eaft", None))
#if QT_CONFIG(shortcut)
        self.shortcutsAction.setShortcut(QCoreApplication.translate("MainWindow", u"F1", None))
#endif // QT_CONFIG(shortcut)
        self.aboutAction.setText(QCoreApplication.translate("MainWindow", u"Gi\u1edbi thi\u1ec7u", None))
#if QT_CONFIG(accessibility)
        self.navList.setAccessibleName(QCoreApplication.translate("MainWindow", u"\u0110i\u1ec1u h\u01b0\u1edbng", None))
#endif // QT_CONFIG(accessibility)
        self.fileMenu.setTitle(QCoreApplication.translate("MainWindow", u"&T\u1ec7p", None))
        self.helpMenu.setTitle(QCoreApplication.translate("MainWindow", u"Tr\u1ee3 &gi\u00fap", None))
    # retranslateUi


"""Take the user guide's screenshots from the running app (offscreen, synthetic data).

    QT_QPA_PLATFORM=offscreen python tools/guide_screenshots.py

writes docs/guide/*.png: the setup wizard's pages, the sign-in, the desk log with a visit being
typed, the handout screen, the chair's day, the import dialog, the Cài đặt and Trợ giúp menus.
Everything happens in a temporary folder; the demo visits are generated, nobody's real data.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["MOTCUA_HOME"] = tempfile.mkdtemp(prefix="motcua-guide-")

from PySide6.QtCore import QPoint  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QMenu, QWidget  # noqa: E402

from models.access import Role, setup_actor  # noqa: E402
from models.commune import save_profile  # noqa: E402
from models.demo import generate_demo  # noqa: E402
from models.local_settings import LocalSettings  # noqa: E402
from models.opening import open_database  # noqa: E402
from models.paths import AppPaths  # noqa: E402
from models.reference import save_village_list  # noqa: E402
from models.users import add_user, authenticate  # noqa: E402
from views.app import make_application  # noqa: E402
from views.first_run_wizard import FirstRunWizard  # noqa: E402
from views.help_menu import install_help_menu  # noqa: E402
from views.import_dialog import ImportDialog  # noqa: E402
from views.login_dialog import LoginDialog  # noqa: E402
from views.machine import Machine  # noqa: E402
from views.main_window import MainWindow  # noqa: E402
from views.settings_menu import install_settings_menu  # noqa: E402
from views.workers import Background  # noqa: E402

OUT = ROOT / "docs" / "guide"
PASSWORD = "mat-khau-cua-xa"


def save(widget: QWidget, name: str) -> None:
    QApplication.processEvents()
    widget.grab().save(str(OUT / name))
    print("wrote", OUT / name)


def menu_shot(window: MainWindow, menu: QMenu, name: str) -> None:
    menu.popup(window.mapToGlobal(QPoint(40, 30)))
    QApplication.processEvents()
    save(menu, name)
    menu.hide()


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    Background.synchronous = True
    paths = AppPaths.default()
    paths.ensure()
    machine = Machine(paths, LocalSettings())
    app = make_application(machine.settings)
    db = open_database(paths.default_database_url(), key_file=paths.id_key_file)

    wizard = FirstRunWizard(db, machine, os_account="desk:guide")
    wizard.resize(720, 520)
    wizard.show()
    save(wizard, "01-chao-mung.png")
    wizard.next()
    ui = wizard.ui
    ui.codeEdit.setText("10507")
    ui.nameEdit.setText("Xã Tân Lập")
    ui.unitEdit.setText("Trung tâm Phục vụ hành chính công xã Tân Lập")
    ui.upperEdit.setText("UBND tỉnh Phú Thọ")
    save(wizard, "02-thong-tin-xa.png")
    wizard.next()
    ui.fullNameEdit.setText("Lê Văn An")
    ui.passwordEdit.setText(PASSWORD)
    ui.repeatEdit.setText(PASSWORD)
    save(wizard, "03-tai-khoan-quan-tri.png")
    wizard.next()
    for name in ("Thôn Đồng Tâm", "Thôn Tân Phú", "Bản Nà Ca", "Tổ dân phố 3"):
        ui.villageEdit.setText(name)
        wizard.add_village()
    save(wizard, "04-thon-ban.png")
    wizard.next()
    ui.deskNameEdit.setText("Quầy 1 – Hộ tịch")
    save(wizard, "05-quay-co-chu.png")
    wizard.next()
    ui.backupEdit.setText(r"E:\SaoLuuMotCua")
    save(wizard, "06-sao-luu.png")
    wizard.close()

    # The same setup, saved, and a month of synthetic visits.
    add_user(db, setup_actor("guide"), username="admin", role=Role.ADMIN, password=PASSWORD,
             full_name="Lê Văn An")  # fmt: skip
    admin = authenticate(db, "admin", PASSWORD)
    add_user(db, admin, username="hoa", role=Role.CLERK, password=PASSWORD,
             full_name="Nguyễn Thị Hoa")  # fmt: skip
    add_user(db, admin, username="chutich", role=Role.CHAIR, password=PASSWORD,
             full_name="Trần Văn Bình")  # fmt: skip
    save_profile(db, actor=admin, code="10507", name="Xã Tân Lập", upper_level="UBND tỉnh Phú Thọ")
    save_village_list(db, ["Thôn Đồng Tâm", "Thôn Tân Phú", "Bản Nà Ca", "Tổ dân phố 3"],
                      actor=admin)  # fmt: skip
    generate_demo(db, days=30, seed=7)

    login = LoginDialog(db)
    login.ui.userCombo.setCurrentIndex(max(0, login.ui.userCombo.findData("hoa")))
    login.show()
    save(login, "07-dang-nhap.png")
    login.close()

    clerk = authenticate(db, "hoa", PASSWORD)
    window = MainWindow(db, actor=clerk, clerk="Nguyễn Thị Hoa")
    install_settings_menu(window, machine, None)
    install_help_menu(window, machine, None)
    window.resize(1366, 768)
    window.show()
    desk = window.desk_log
    desk.ui.nameEdit.setText("Phạm Thị Lan")
    desk.ui.birthYearEdit.setText("1958")
    desk.ui.procedureEdit.setText("khai sinh")
    desk.ui.nameEdit.setFocus()
    save(window, "08-tiep-dan.png")

    window.ui.navList.setCurrentRow(window.ui.pages.indexOf(window.handouts))
    window.handouts.select("1.001193")
    window.handouts.refresh_preview()
    QTest.qWait(1500)  # the PDF view draws its pages in the background
    save(window, "09-to-huong-dan.png")

    chair = authenticate(db, "chutich", PASSWORD)
    chair_window = MainWindow(db, actor=chair)
    chair_window.resize(1366, 768)
    chair_window.show()
    chair_window.ui.navList.setCurrentRow(chair_window.ui.pages.indexOf(chair_window.daily))
    save(chair_window, "10-tong-hop-ngay.png")
    chair_window.close()

    dialog = ImportDialog(db, actor=admin, parent=window)
    dialog.resize(900, 600)
    dialog.show()
    save(dialog, "11-nhap-so-cu.png")
    dialog.close()

    window.close()
    admin_window = MainWindow(db, actor=admin)
    install_settings_menu(admin_window, machine, None)
    install_help_menu(admin_window, machine, None)
    admin_window.show()
    menu_shot(admin_window, admin_window.ui.settingsMenu, "12-menu-cai-dat.png")
    menu_shot(admin_window, admin_window.ui.helpMenu, "13-menu-tro-giup.png")
    admin_window.close()
    db.dispose()
    del app
    print("taken at", datetime.now().isoformat(timespec="seconds"))
    return 0


if __name__ == "__main__":
    sys.exit(main())

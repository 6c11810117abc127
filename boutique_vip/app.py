"""Composition root: logging, preferences, translations, the database, the excepthook, the window."""

from __future__ import annotations

import argparse
import atexit
import logging
import logging.handlers
import sys
from typing import TYPE_CHECKING, cast

from boutique_vip import autostart, clock, collector, crash_trace, paths
from boutique_vip.bootstrap import database_url, newest_sound_backup, open_services
from boutique_vip.domain.errors import BoutiqueError
from boutique_vip.settings import LANGUAGES, Preferences

if TYPE_CHECKING:  # Qt is imported only when the window opens, so sub-commands start fast.
    from PySide6.QtCore import QCoreApplication, QTranslator
    from PySide6.QtWidgets import QApplication

    from boutique_vip.domain.users import Actor
    from boutique_vip.gui.main_window import MainWindow
    from boutique_vip.services import Services

log = logging.getLogger(__name__)


def setup_logging() -> None:
    handler = logging.handlers.RotatingFileHandler(
        paths.log_dir() / "boutique-vip.log", maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=logging.INFO, handlers=[handler])


def choose_language(requested: str | None, preferences: Preferences, system_locale: str) -> str:
    """--lang, else the saved choice, else English on an English system, else Chinese: this is a Chinese
    shop's program, so a PC set to another language (or to none, the ``C`` locale) gets Chinese."""
    for candidate in (requested, preferences.language):
        if candidate in LANGUAGES:
            return candidate
    return "en" if system_locale.startswith("en") else "zh_CN"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """The program's own translation and Qt's (for the buttons of its standard dialogs)."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    translators: list[QTranslator] = []
    QLocale.setDefault(QLocale("en_US" if language == "en" else language))
    if language == "en":
        return translators
    own = QTranslator(app)
    if own.load(str(paths.resource("i18n", f"boutique_vip_{language}.qm"))):
        translators.append(own)
    else:
        log.warning("No translation file for %s; run 'make translations'", language)
    qt = QTranslator(
        app
    )  # Qt's own words (file dialogs, standard buttons): shipped with ours, else Qt's folder
    if qt.load(str(paths.resource("i18n", f"qtbase_{language}.qm"))) or qt.load(
        f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        translators.append(qt)
    else:
        log.warning("No Qt translation for %s: Qt's dialogs stay in English", language)
    for translator in translators:
        app.installTranslator(translator)
    return translators


def open_database(args: argparse.Namespace) -> Services | None:
    """Open the database for the window: damaged → offer the newest sound backup; held by another copy of the
    program → read-only, saying which PC and process; any other problem → its message. None: give up."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from boutique_vip.gui.feedback import show_error, translated
    from boutique_vip.storage import health
    from boutique_vip.storage.engine import Database

    path = Database(database_url(args)).sqlite_path
    holder = health.holder(path) if path else None
    if holder is not None:
        QMessageBox.information(
            None,
            "Boutique VIP",
            QCoreApplication.translate(
                "Startup",
                "The database is open in another copy of the program (PC {host}, process {pid}, since {since}). "
                "This copy opens it read-only: you can look things up but not save.",
            ).format(host=holder.host, pid=holder.pid, since=holder.since),
        )
    try:
        services = open_services(args, read_only=holder is not None)
    except health.DatabaseDamaged as exc:
        newest = newest_sound_backup(args)
        text = QCoreApplication.translate(
            "Startup", "{problem}\n\nThe damaged file was moved to {aside}."
        ).format(problem=translated(exc), aside=exc.aside)
        if newest is None:
            QMessageBox.critical(
                None,
                "Boutique VIP",
                text + "\n\n" + QCoreApplication.translate("Startup", "There is no sound backup."),
            )
            return None
        answer = QMessageBox.question(
            None,
            "Boutique VIP",
            text
            + "\n\n"
            + QCoreApplication.translate("Startup", "Restore the newest sound backup, made {when}?").format(
                when=newest.made_at.strftime("%Y-%m-%d %H:%M")
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        open_services(args, prepare=False).backups.restore(newest.path, None)
        services = open_services(args)
    except BoutiqueError as exc:
        show_error(None, exc)
        return None
    if path is not None and holder is None:
        health.take(path, clock.now())
        atexit.register(health.release, path)
    return services


def start_qt(args: argparse.Namespace) -> tuple[QApplication, Preferences]:
    """The application object with the chosen language's translations and the error handler."""
    from PySide6.QtCore import QLocale
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from boutique_vip.gui.feedback import install_excepthook

    preferences = Preferences.load()
    app = cast(QApplication, QApplication.instance() or QApplication(sys.argv[:1]))
    app.setApplicationName("Boutique VIP")
    app.setWindowIcon(QIcon(str(paths.resource("icons", "boutique-vip.png"))))
    language = choose_language(args.lang, preferences, QLocale.system().name())
    app._translators = install_translators(app, language)  # type: ignore[attr-defined]  # keep them alive
    install_excepthook()
    return app, preferences


def show_main_window(
    services: Services, actor: Actor, preferences: Preferences, database_args: list[str] | None = None
) -> MainWindow:
    """The window, shown; once it has painted, the day's background work starts (backup, tiers, the plan
    reminder, the call list: opened during the call hour, the list shows at once). ``database_args``: the
    options that named the database, for the start-with-the-PC entry."""
    from PySide6.QtCore import QTimer

    from boutique_vip.gui.main_window import MainWindow

    window = MainWindow(services, actor, preferences)
    window.database_args = database_args or []
    window.language_changed.connect(lambda code: switch_language(window, code))
    window.show()
    _keep(window)

    def start_the_days_work() -> None:
        collector.started()  # the window has painted
        window.backup_in_background()
        window.recompute_tiers_in_background()
        window.check_plan_deadlines()
        window.calls.tick()

    QTimer.singleShot(0, start_the_days_work)
    return window


def current_window() -> MainWindow | None:
    from PySide6.QtWidgets import QApplication

    return getattr(QApplication.instance(), "_main_window", None)


def _keep(window: MainWindow) -> None:
    from PySide6.QtWidgets import QApplication

    QApplication.instance()._main_window = window  # type: ignore[union-attr]


def switch_language(old: MainWindow, code: str) -> MainWindow:
    """Without a restart: the translators are swapped and the window is built again in the new language, where
    the old one was (size, tab). The old window goes once its background work has finished."""
    from PySide6.QtCore import QLocale, QThreadPool, QTimer
    from PySide6.QtWidgets import QApplication

    from boutique_vip.gui.main_window import MainWindow

    app = cast(QApplication, QApplication.instance())
    for translator in getattr(app, "_translators", []):
        app.removeTranslator(translator)
    language = choose_language(code or None, old.preferences, QLocale.system().name())
    app._translators = install_translators(app, language)  # type: ignore[attr-defined]
    new = MainWindow(old.services, old.actor, old.preferences)
    new.database_args = old.database_args
    new.language_changed.connect(lambda c: switch_language(new, c))
    new.restoreGeometry(old.saveGeometry())
    new.tabs.setCurrentIndex(old.tabs.currentIndex())
    new.purchases.counter.carry_on(old.purchases.counter.typed())  # a sale being typed is not lost
    new.show()
    _keep(new)
    old.retire()
    new.check_plan_deadlines()
    new.calls.tick()

    def drop_old() -> None:
        if QThreadPool.globalInstance().activeThreadCount():
            QTimer.singleShot(500, drop_old)
        else:
            old.deleteLater()

    drop_old()
    return new


def start_with_the_pc(preferences: Preferences, database_args: list[str]) -> None:
    """The installed program starts with the PC unless the shop turned it off (View → Start with the PC), so
    that the call list is there at 15:00; its entry follows the program if it was moved."""
    if preferences.start_with_pc is None:
        preferences.start_with_pc = autostart.supported() and autostart.installed()
        preferences.save()
    if preferences.start_with_pc:
        try:
            autostart.apply(True, autostart.command(database_args))
        except OSError as exc:
            log.warning("Could not set the program to start with the PC: %s", exc)


def who_is_at_the_pc(services: Services) -> Actor | None:
    """The first start of an empty shop creates its manager, who is then signed in (she has just chosen her
    PIN); every other start asks who is there. None: she closed the dialog."""
    from PySide6.QtWidgets import QDialog

    from boutique_vip.gui.dialogs.first_run import FirstRunDialog
    from boutique_vip.gui.dialogs.sign_in import SignInDialog

    if not services.users.has_users():
        first = FirstRunDialog(services)
        return first.actor if first.exec() == QDialog.DialogCode.Accepted else None
    sign_in = SignInDialog(services, services.shop.name())
    return sign_in.actor if sign_in.exec() == QDialog.DialogCode.Accepted else None


def run_gui(args: argparse.Namespace) -> int:
    from boutique_vip.gui.feedback import show_previous_crash

    setup_logging()
    crash = crash_trace.previous_crash()
    crash_trace.record()  # a crash inside Qt leaves its trace for the next start
    app, preferences = start_qt(args)
    if crash is not None:
        show_previous_crash(crash)
    services = open_database(args)
    if services is None:
        return 1
    log.info("Started on %s, today is %s", services.db.describe(), clock.today())
    actor = who_is_at_the_pc(services)
    if actor is None:
        return 0
    database_args = autostart.database_args(args.db, args.database_url)
    start_with_the_pc(preferences, database_args)
    show_main_window(services, actor, preferences, database_args)
    code = app.exec()
    window = current_window()  # the language may have been switched: a new window
    if window is not None:
        window.close()
    services.db.close()
    return int(code)

"""Composition root: logging, preferences, translations, the database, the excepthook, the window."""

from __future__ import annotations

import argparse
import logging
import logging.handlers
import sys
from typing import TYPE_CHECKING

from boutique_vip import clock, paths
from boutique_vip.settings import LANGUAGES, Preferences

if TYPE_CHECKING:  # Qt is imported only when the window opens, so sub-commands start fast.
    from PySide6.QtCore import QCoreApplication, QTranslator

log = logging.getLogger(__name__)


def setup_logging() -> None:
    handler = logging.handlers.RotatingFileHandler(
        paths.log_dir() / "boutique-vip.log", maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=logging.INFO, handlers=[handler])


def choose_language(requested: str | None, preferences: Preferences, system_locale: str) -> str:
    """--lang, else the saved choice, else the system's language when the program speaks it, else English."""
    for candidate in (requested, preferences.language):
        if candidate in LANGUAGES:
            return candidate
    return "zh_CN" if system_locale.startswith("zh") else "en"


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
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        translators.append(qt)
    for translator in translators:
        app.installTranslator(translator)
    return translators


def run_gui(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication, QDialog

    from boutique_vip.cli import open_services
    from boutique_vip.gui.dialogs.first_run import FirstRunDialog
    from boutique_vip.gui.dialogs.sign_in import SignInDialog
    from boutique_vip.gui.feedback import install_excepthook
    from boutique_vip.gui.main_window import MainWindow

    setup_logging()
    preferences = Preferences.load()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Boutique VIP")
    language = choose_language(args.lang, preferences, QLocale.system().name())
    app._translators = install_translators(app, language)  # type: ignore[attr-defined]  # keep them alive
    install_excepthook()
    services = open_services(args)
    log.info("Started on %s, today is %s", services.db.describe(), clock.today())
    if not services.users.has_users() and FirstRunDialog(services).exec() != QDialog.DialogCode.Accepted:
        return 0
    sign_in = SignInDialog(services, services.shop.name())
    if sign_in.exec() != QDialog.DialogCode.Accepted or sign_in.actor is None:
        return 0
    window = MainWindow(services, sign_in.actor, preferences)
    window.show()
    window.recompute_tiers_in_background()
    window.check_plan_deadlines()
    window.calls.tick()  # opened during the call hour: the list shows at once
    code = app.exec()
    services.db.close()
    return int(code)

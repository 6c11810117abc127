"""Errors become one translated message with what to do next; unexpected ones get a crash dialog."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from boutique_vip import paths
from boutique_vip.crash_trace import PreviousCrash
from boutique_vip.domain.errors import BoutiqueError, Said, ValidationFailed
from boutique_vip.gui.dialogs.crash import CrashDialog

log = logging.getLogger(__name__)


def translated(error: BoutiqueError) -> str:
    """The error's message in the program's language (its template was marked for lupdate)."""
    params = {
        name: QCoreApplication.translate(error.param_contexts[name], value)
        if name in error.param_contexts
        else value
        for name, value in error.params.items()
    }
    return QCoreApplication.translate(error.context, error.template).format(**params)


def said(text: str) -> str:
    """A message kept with its template (``domain.errors.Said``, e.g. an import report's line) in the program's
    language; any other text as it is."""
    if not isinstance(text, Said):
        return text
    params = {name: said(value) if isinstance(value, str) else value for name, value in text.params.items()}
    template = QCoreApplication.translate(text.context, text.template) if text.context else text.template
    return template.format(**params)


def show_error(parent: QWidget | None, error: BoutiqueError) -> None:
    text = translated(error)
    if isinstance(error, ValidationFailed):
        text += "\n\n" + "\n".join("• " + translated(e) for e in error.errors)
    QMessageBox.warning(parent, QCoreApplication.translate("Feedback", "Please check"), text)


def _excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    details = "".join(traceback.format_exception(kind, value, tb))
    log.error("Unexpected error\n%s", details)
    if QApplication.instance() is None:
        sys.__excepthook__(kind, value, tb)
        return
    from boutique_vip.services.database_errors import user_error

    known = user_error(value)
    if known is not None:  # busy, disk full, read-only: a clear message, not a crash report
        show_error(None, known)
        return
    message = QCoreApplication.translate(
        "Feedback",
        "The program met an unexpected problem. What you typed is still in the window: "
        "check it and save again. The details below were written to the log in {folder}.",
    ).format(folder=paths.log_dir())
    CrashDialog(message, details).exec()


def show_previous_crash(crash: PreviousCrash, parent: QWidget | None = None) -> None:
    """At start-up: the last run ended in a crash Python could not catch (inside Qt); offer its trace."""
    message = QCoreApplication.translate(
        "Feedback",
        "Boutique VIP closed unexpectedly when it last ran ({when}). Everything saved before then is in the "
        "database: check the last thing you were doing. The report below is kept in {file}; copy or save it "
        "to send to whoever looks after the program.",
    ).format(when=crash.when.strftime("%Y-%m-%d %H:%M"), file=crash.kept)
    CrashDialog(message, crash.text, parent).exec()


def install_excepthook() -> None:
    # The program keeps running after an unexpected error, so an open card is never lost with it.
    sys.excepthook = _excepthook

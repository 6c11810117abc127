"""The command line is a user too: on a shop that has a manager, manager actions ask for a manager.

Adding users, restoring a backup, approving a plan, issuing a signing certificate (and any manager action the
command line gains) need an existing manager's name and PIN, checked by the same sign-in as the window: wrong
PINs count towards the same back-off and lock, and are audited. The first manager of an empty shop is created
without one, as at the first start of the window.

Answers come from the terminal when there is one (the PIN is not echoed), else one per line from standard
input in the order the command asks for them, so scripts can pipe them in.
"""

from __future__ import annotations

import getpass
import sys
from typing import TextIO

from boutique_vip.domain.errors import QT_TRANSLATE_NOOP, PermissionDenied
from boutique_vip.domain.permissions import Action, require
from boutique_vip.domain.users import Actor
from boutique_vip.services import Services


class Answers:
    """What the person (or script) at the command line answers, one question at a time."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self._lines: list[str] | None = None

    @property
    def interactive(self) -> bool:
        return self.stream.isatty()

    def text(self, prompt: str) -> str:
        if self.interactive:
            sys.stderr.write(prompt)
            sys.stderr.flush()
            return self.stream.readline().strip()
        return self._next()

    def secret(self, prompt: str) -> str:
        if self.interactive:
            return getpass.getpass(prompt)
        return self._next()

    def _next(self) -> str:
        # Standard input is read once: a script's answers are its lines, in order; a missing one is empty.
        if self._lines is None:
            self._lines = self.stream.read().splitlines()
        return self._lines.pop(0).strip() if self._lines else ""


def ask_manager(
    services: Services, answers: Answers, action: Action, name: str | None = None
) -> Actor | None:
    """The manager doing ``action``, signed in with her PIN; None on a shop with no manager yet.

    ``name`` comes from an option such as ``--user``; otherwise it is asked for first, then the PIN.
    """
    if not services.users.has_manager():
        return None
    user, pin = ask_name_and_pin(services, answers, name)
    actor = services.users.sign_in(user.id, pin)
    require(actor, action)
    return actor


def ask_name_and_pin(services: Services, answers: Answers, name: str | None = None) -> tuple[Actor, str]:
    """Who she says she is and her PIN, not yet checked (a service that signs her in itself takes both)."""
    name = (name or answers.text("Manager's name: ")).strip()
    if not name:
        raise PermissionDenied(
            QT_TRANSLATE_NOOP(
                "Errors", "This shop has a manager: a manager's name and PIN are needed for this."
            )
        )
    user = services.users.find_active(name)
    if user is None:
        raise PermissionDenied(QT_TRANSLATE_NOOP("Errors", "There is no user called {name}."), name=name)
    return user, answers.secret(f"PIN for {name}: ")

"""Typed errors the services raise and the GUI and CLI turn into one clear message.

Messages are English templates marked for translation with ``QT_TRANSLATE_NOOP`` (a no-op here,
so the domain stays free of Qt): lupdate collects them, the GUI shows them translated, the command
line prints them as they are.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, ClassVar


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


class BoutiqueError(Exception):
    """Base of the errors a user can act on. ``template`` is translatable, ``params`` fill it in."""

    context = "Errors"
    #: Parameters that are themselves translatable texts (a rule's title), with their translation context.
    param_contexts: ClassVar[dict[str, str]] = {}

    def __init__(self, template: str, **params: Any) -> None:
        self.template = template
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return self.template.format(**self.params)


class FieldError(BoutiqueError):
    """One field's value is wrong; ``field`` names the card field (or import column)."""

    context = "Validation"

    def __init__(self, field: str, template: str, **params: Any) -> None:
        self.field = field
        super().__init__(template, **params)


class ValidationFailed(BoutiqueError):
    """Several field errors at once: nothing was saved."""

    def __init__(self, errors: Iterable[FieldError]) -> None:
        self.errors = list(errors)
        super().__init__(
            QT_TRANSLATE_NOOP("Errors", "Please correct {count} field(s): nothing was saved."),
            count=len(self.errors),
        )

    def by_field(self) -> dict[str, FieldError]:
        return {e.field: e for e in self.errors}


class DuplicatePhone(FieldError):
    """The phone number already belongs to another customer's card."""

    def __init__(self, other_id: int, other_card_no: str, other_name: str) -> None:
        self.other_id = other_id
        self.other_card_no = other_card_no
        self.other_name = other_name
        super().__init__(
            "phone",
            QT_TRANSLATE_NOOP("Validation", "This phone number is already on card {card_no} ({name})."),
            card_no=other_card_no,
            name=other_name,
        )


class NotFound(BoutiqueError):
    pass


class PermissionDenied(BoutiqueError):
    pass


class ChangedElsewhere(BoutiqueError):
    """Someone else (another till) saved the same record since it was opened here: nothing was overwritten."""


class AccountLocked(BoutiqueError):
    pass


class WrongPin(BoutiqueError):
    pass


class WrongPassphrase(BoutiqueError):
    """The shop's passphrase did not open its signing keys."""


class Said(str):
    """A message in English, as the command line prints it and the tests compare it, that keeps its
    translatable template and values so that the window can say it in the user's language (an import
    report's reasons). Values that are themselves ``Said`` are translated too."""

    context: str
    template: str
    params: dict[str, Any]

    def __new__(cls, context: str, template: str, **params: Any) -> Said:
        said = super().__new__(cls, template.format(**params))
        said.context, said.template, said.params = context, template, params
        return said

    @classmethod
    def of(cls, error: BoutiqueError) -> Said:
        """What an error said; the several field errors of a refused row, joined with semicolons."""
        if isinstance(error, ValidationFailed):
            parts = {f"p{i}": cls.of(e) for i, e in enumerate(error.errors)}
            return cls("", "; ".join("{" + name + "}" for name in parts), **parts)
        params = {  # a value that is itself a translatable text (a rule's title) is translated with it
            name: cls(error.param_contexts[name], value) if name in error.param_contexts else value
            for name, value in error.params.items()
        }
        return cls(error.context, error.template, **params)

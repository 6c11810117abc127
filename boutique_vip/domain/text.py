"""Text typed or imported into the card file: no invisible control characters.

A bell, NUL or escape character in a name cannot be seen, cannot be printed, and cannot be written into an
.xlsx file at all (XML forbids it), so it is refused where it comes in, with the field (or column) and the
row that holds it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from boutique_vip.domain.errors import QT_TRANSLATE_NOOP, FieldError, ValidationFailed

# C0 controls but tab, line feed and carriage return; DEL and the C1 controls; lone surrogates and the two
# non-characters: what XML 1.0 cannot hold, and what no keyboard types on purpose.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
# A one-line field refuses tab and line breaks too (a multi-line note may hold them).
LINE_BREAKS = re.compile(r"[\t\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")


def control_character(text: str, multi_line: bool = False) -> str | None:
    """The first control character in ``text`` as ``U+0007``, or None."""
    found = CONTROL_CHARACTERS.search(text) or (None if multi_line else LINE_BREAKS.search(text))
    return f"U+{ord(found.group()):04X}" if found else None


def control_character_error(field: str, text: str, multi_line: bool = False) -> FieldError | None:
    code = control_character(text, multi_line)
    if code is None:
        return None
    return FieldError(
        field,
        QT_TRANSLATE_NOOP(
            "Validation", "{column}: holds an invisible control character ({code}); type the text again."
        ),
        column=field,
        code=code,
    )


def refuse_control_characters(values: Mapping[str, str], multi_line: tuple[str, ...] = ()) -> None:
    """An imported row: ValidationFailed naming every column that holds a control character."""
    errors = [
        error
        for field, text in values.items()
        if (error := control_character_error(field, text, field in multi_line)) is not None
    ]
    if errors:
        raise ValidationFailed(errors)

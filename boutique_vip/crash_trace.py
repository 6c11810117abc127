"""A crash inside Qt (or anything else that kills the process before a Python handler runs) leaves a trace.

While the window is open, ``faulthandler`` writes the Python stacks of every thread into a file in the log folder
when the process dies of a fatal signal. At the next start that trace is moved to a dated file beside it (so it
is offered once and still kept) and the window offers it in the crash dialog.
"""

from __future__ import annotations

import datetime as dt
import faulthandler
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from boutique_vip import paths

log = logging.getLogger(__name__)

TRACE_FILE = "crash-trace.txt"

_trace: TextIO | None = None  # open for the process's life: faulthandler writes to its descriptor


@dataclass(frozen=True)
class PreviousCrash:
    text: str
    when: dt.datetime  # when the trace was written: the moment of the crash
    kept: Path  # where the trace is kept in the log folder


def trace_file() -> Path:
    return paths.log_dir() / TRACE_FILE


def record() -> None:
    """From now on a fatal error writes its trace to the log folder (called when the window starts)."""
    global _trace
    if _trace is None:
        # Appended to, never emptied: a second copy of the program (read-only) may be using the same file.
        _trace = open(trace_file(), "a", encoding="utf-8")  # noqa: SIM115 - held until the process ends
    faulthandler.enable(_trace, all_threads=True)


def previous_crash() -> PreviousCrash | None:
    """The trace the last run left when it crashed, moved to ``crash-YYYYmmdd-HHMMSS.txt``; None after a normal
    run. Called before ``record``."""
    path = trace_file()
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
        when = dt.datetime.fromtimestamp(path.stat().st_mtime)
    except FileNotFoundError:
        return None
    if not text.strip():
        return None
    kept = path.with_name(f"crash-{when:%Y%m%d-%H%M%S}.txt")
    try:
        path.replace(kept)
    except OSError:  # still open in a running copy of the program (Windows): offered when that copy has ended
        return None
    log.error("The previous run crashed at %s; its trace is kept in %s:\n%s", when, kept, text)
    return PreviousCrash(text, when, kept)

"""Keeping Python's cycle collector out of the way of work that makes many objects.

The collector wakes every few hundred new objects and, now and then, walks every object the program holds.
Two moments make objects by the hundred thousand without making garbage cycles: start-up (modules, SQLAlchemy's
tables, Qt's wrappers: a tenth of the time to the first window) and building a large shop's call list (tens of
thousands of small rows: a fifth of its time at 50,000 customers).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

_held = False


def hold_for_start_up() -> None:
    """No collection while the program starts; ``started`` lets it run again."""
    global _held
    _held = True
    gc.disable()


def started() -> None:
    """Start-up is over: what it made lives as long as the program, so it is moved out of the collector's
    walks for good (``gc.freeze``), and the collector runs again. Nothing to do when start-up was not held
    (the command line's functions called from tests)."""
    global _held
    if _held:
        _held = False
        gc.freeze()
        gc.enable()


@contextmanager
def collector_paused() -> Iterator[None]:
    """No cycle collection inside the block (the collector runs as usual afterwards)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()

"""One way for a user's action to travel: an operation runs a service call, failures are shown translated,
and on success the topics it changed go out on the main window's change bus; pages listen for the topics
they show and reload themselves (see ``domain.changes``).

Pages never wire themselves to each other: the counter does not know the gift plan page exists, it says
"receipts changed" and the gift plan page, which shows figures drawn from receipts, goes stale."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from boutique_vip.domain.changes import Topic
from boutique_vip.domain.errors import BoutiqueError
from boutique_vip.gui.feedback import show_error
from boutique_vip.gui.workers import Worker, run_in_background

T = TypeVar("T")


class ChangeBus(QObject):
    """Topics published during one turn of the event loop go out together, once."""

    changed = Signal(object)  # frozenset[Topic]

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending: set[Topic] = set()

    def publish(self, topics: Iterable[Topic]) -> None:
        if not self._pending:
            QTimer.singleShot(0, self._flush)
        self._pending.update(topics)

    def _flush(self) -> None:
        topics, self._pending = frozenset(self._pending), set()
        if topics:
            self.changed.emit(topics)

    def watch(self, page: QWidget, topics: Iterable[Topic], reload: Callable[[], None]) -> PageWatch:
        return PageWatch(self, page, frozenset(topics), reload)


class PageWatch(QObject):
    """Keeps one page current: a change to a topic it shows reloads it when it is visible, or marks it stale
    so that it reloads the next time it is shown (no work for pages nobody looks at)."""

    def __init__(
        self, bus: ChangeBus, page: QWidget, topics: frozenset[Topic], reload: Callable[[], None]
    ) -> None:
        super().__init__(page)
        self.page = page
        self.topics = topics
        self.reload = reload
        self.stale = False
        bus.changed.connect(self._changed)
        page.installEventFilter(self)

    def _changed(self, topics: frozenset[Topic]) -> None:
        if not topics & self.topics:
            return
        if self.page.isVisible():
            self.stale = False
            self.reload()
        else:
            self.stale = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.page and event.type() == QEvent.Type.Show and self.stale:
            self.stale = False
            self.reload()
        return False


def run_operation(
    parent: QWidget,
    bus: ChangeBus,
    call: Callable[[], T],
    changes: Iterable[Topic],
) -> T | None:
    """A quick change on the GUI thread: a refusal shown translated (None), its topics published when it
    succeeds (its result)."""
    try:
        result = call()
    except BoutiqueError as exc:
        show_error(parent, exc)
        return None
    bus.publish(changes)
    return result


def run_in_pool(
    parent: QWidget,
    bus: ChangeBus,
    call: Callable[[], object],
    changes: Iterable[Topic],
    busy: QWidget | None = None,
    on_failed: Callable[[], None] | None = None,
) -> Worker:
    """A slow change off the GUI thread (drafting a month's plan): ``busy`` shows meanwhile, a refusal is
    shown translated (then ``on_failed``), success publishes ``changes``: the pages showing them redraw."""
    topics = frozenset(changes)
    if busy is not None:
        busy.show()

    def done(_result: object) -> None:
        if busy is not None:
            busy.hide()
        bus.publish(topics)

    def failed(exc: BaseException) -> None:
        if busy is not None:
            busy.hide()
        if not isinstance(exc, BoutiqueError):
            raise exc  # a fault, not a refusal: the crash dialog shows it
        show_error(parent, exc)
        if on_failed is not None:
            on_failed()

    return run_in_background(lambda _progress: call(), done, failed)

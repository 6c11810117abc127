"""One way for a user's action to travel: an operation runs a service call, failures are shown translated,
and on success the topics it changed go out on the main window's change bus; pages listen for the topics
they show and reload themselves (see ``domain.changes``). A query does the same for slow reads, off the GUI
thread, without publishing anything.

Pages never wire themselves to each other: the counter does not know the gift plan page exists, it says
"receipts changed" and the gift plan page, which shows figures drawn from receipts, goes stale. What a call
changed is what its service method declares (``@changes``); the window never names topics for a call, and
``tests/gui/test_operations_contract.py`` forbids calling a changing method except through a ``Change``."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable, Iterable
from typing import Any, Generic, ParamSpec, TypeVar

from PySide6.QtCore import QEvent, QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QWidget

from boutique_vip.domain.changes import Topic, changed_by
from boutique_vip.domain.errors import BoutiqueError
from boutique_vip.gui.feedback import show_error

log = logging.getLogger(__name__)
T = TypeVar("T")
P = ParamSpec("P")


class Change(Generic[T]):
    """A call of a changing service method, with what it will have changed once it returns; after it ran,
    ``result`` holds what the method returned."""

    def __init__(self, method: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> None:
        self.topics = changed_by(method)
        self._call: Callable[..., T] = lambda **more: method(*args, **kwargs, **more)

    def run(self, **more: Any) -> T:
        """``more``: arguments only known where it runs (the worker's progress reporter)."""
        self.result = self._call(**more)
        return self.result


class ChangeBus(QObject):
    """Topics published during one turn of the event loop go out together, once, with the pages that already
    show the change themselves (the call list marks a logged call where it is rather than reload)."""

    changed = Signal(object, object)  # frozenset[Topic], frozenset[QWidget | None]: who published

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending: set[Topic] = set()
        self._shown_by: set[QWidget | None] = set()
        self._flush_soon = QTimer(self)  # a child: gone with the bus, never firing into a deleted one
        self._flush_soon.setSingleShot(True)
        self._flush_soon.setInterval(0)
        self._flush_soon.timeout.connect(self._flush)

    def publish(self, topics: Iterable[Topic], shown_by: QWidget | None = None) -> None:
        topics = set(topics)
        if not topics:
            return
        self._flush_soon.start()
        self._pending.update(topics)
        self._shown_by.add(shown_by)

    def _flush(self) -> None:
        topics, self._pending = frozenset(self._pending), set()
        shown_by, self._shown_by = frozenset(self._shown_by), set()
        if topics:
            self.changed.emit(topics, shown_by)

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

    def _changed(self, topics: frozenset[Topic], shown_by: frozenset[QWidget | None]) -> None:
        if not topics & self.topics or shown_by == {self.page}:
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


def perform(bus: ChangeBus, change: Change[T], shown_by: QWidget | None = None) -> T:
    """Runs a change on the GUI thread and publishes what it changed (``shown_by``: a page that shows the
    change itself and is not reloaded for it); a refusal goes to the caller, which shows it where the user
    typed (a dialog's own message line)."""
    result = change.run()
    bus.publish(change.topics, shown_by)
    return result


def run_operation(
    parent: QWidget, bus: ChangeBus, change: Change[Any], shown_by: QWidget | None = None
) -> bool:
    """A quick change on the GUI thread: False after a refusal, shown translated; True when it succeeded
    (its result in ``change.result``), its topics published."""
    try:
        perform(bus, change, shown_by)
    except BoutiqueError as exc:
        show_error(parent, exc)
        return False
    return True


def run_in_pool(
    parent: QWidget,
    bus: ChangeBus,
    change: Change[T],
    busy: QWidget | None = None,
    on_done: Callable[[T], None] | None = None,
    on_failed: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> Worker:
    """A slow change off the GUI thread (drafting a month's plan, signing a sheet): ``busy`` shows meanwhile;
    a failure goes to ``on_failed`` or, without one, a refusal is shown translated and a fault reaches the
    crash dialog; success publishes what the change changed, then ``on_done`` gets its result. With
    ``on_progress`` the service method is given ``progress=`` to report (done, total) as it goes."""
    if busy is not None:
        busy.show()

    def done(result: T) -> None:
        if busy is not None:
            busy.hide()
        bus.publish(change.topics)
        if on_done is not None:
            on_done(result)

    def failed(exc: BaseException) -> None:
        if busy is not None:
            busy.hide()
        if on_failed is not None:
            on_failed(exc)
        elif isinstance(exc, BoutiqueError):
            show_error(parent, exc)
        else:
            raise exc  # a fault, not a refusal: the crash dialog shows it

    if on_progress is None:
        return run_query(lambda _progress: change.run(), done, failed)
    return run_query(lambda progress: change.run(progress=progress), done, failed, on_progress)


class WorkerSignals(QObject):
    progress = Signal(int, int)  # done, total
    finished = Signal(object)  # the result
    failed = Signal(object)  # the exception


class Worker(QRunnable):
    """Runs ``job(progress)``; ``progress(done, total)`` may be called from the job's thread."""

    def __init__(self, job: Callable[[Callable[[int, int], None]], Any]) -> None:
        super().__init__()
        self.job = job
        self.signals = WorkerSignals()

    def run(self) -> None:
        try:
            result = self.job(self.signals.progress.emit)
        except Exception as exc:  # handed to the GUI thread, which shows it
            log.error("Background job failed\n%s", traceback.format_exc())
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


def run_query(
    job: Callable[[Callable[[int, int], None]], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    on_progress: Callable[[int, int], None] | None = None,
) -> Worker:
    """A slow read off the GUI thread (a change goes through ``run_in_pool``); ``on_done``/``on_error`` run on
    the GUI thread. Keep the returned worker alive."""
    worker = Worker(job)
    worker.signals.finished.connect(on_done)
    worker.signals.failed.connect(on_error)
    if on_progress is not None:
        worker.signals.progress.connect(on_progress)
    QThreadPool.globalInstance().start(worker)
    return worker

"""Started in a new process by ``benchmarks/run.py``: open the program's window on a database the way the program
does (translations, start-up checks, migrations, the main window with its day's background work), signed in as
the manager, and print one JSON line when the window is shown and has handled its first events. Then scroll the
card list from the first card to the last, wait for the background work, and print the peak memory.

    .venv/bin/python benchmarks/gui_probe.py DATABASE
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time


def peak_memory_mb() -> float:
    """This process's peak resident memory. Linux: VmHWM, of this program alone (ru_maxrss keeps the peak
    of the process before it ran this program: the benchmark runner's, when it built a scale shop)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    from boutique_vip import collector

    collector.hold_for_start_up()  # as the program's entry point (boutique_vip/__main__.py) does
    from PySide6.QtCore import QThreadPool, QTimer

    from boutique_vip import clock
    from boutique_vip.app import open_database, show_main_window, start_qt
    from boutique_vip.cli import build_parser
    from boutique_vip.domain.users import Role

    sys.path.insert(0, __file__.rsplit("/", 1)[0])
    from scale import MANAGER_PIN, NOW

    clock.freeze(NOW)
    args = build_parser().parse_args(["--db", sys.argv[1], "--lang", "zh_CN"])
    app, preferences = start_qt(args)
    services = open_database(args)
    assert services is not None
    manager = next(a for a in services.users.active_users() if a.role is Role.MANAGER)
    window = show_main_window(services, services.users.sign_in(manager.id, MANAGER_PIN), preferences)

    def shown() -> None:
        print(json.dumps({"ready_at": time.time()}), flush=True)
        table, model = window.customers.table, window.customers.model
        window.tabs.setCurrentWidget(window.customers)
        while model.canFetchMore(model.index(-1, -1)):
            model.fetchMore(model.index(-1, -1))
            table.scrollToBottom()
            app.processEvents()
        QThreadPool.globalInstance().waitForDone()
        app.processEvents()
        peak_mb = peak_memory_mb()
        print(json.dumps({"rows": model.rowCount(), "rss_mb": peak_mb}), flush=True)
        app.quit()

    QTimer.singleShot(0, shown)
    app.exec()
    services.db.close()
    os._exit(0)  # skip the interpreter's teardown of Qt objects: nothing to measure there


if __name__ == "__main__":
    main()

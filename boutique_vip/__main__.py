"""``python -m boutique_vip``, the ``boutique-vip`` command and the installer's two programs start here."""

import os
import sys

from boutique_vip import collector


def run() -> int:
    collector.hold_for_start_up()  # before the imports below: they are most of the start-up
    # The windowed build on Windows has no console: print() and argparse would fail on a missing stdout.
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 - for the process's life
    from boutique_vip.cli import main

    return main()


if __name__ == "__main__":
    raise SystemExit(run())

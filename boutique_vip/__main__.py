import os
import sys

from boutique_vip.cli import main

# The windowed build on Windows has no console: print() and argparse would fail on a missing stdout.
for name in ("stdout", "stderr"):
    if getattr(sys, name) is None:
        setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 - for the process's life

raise SystemExit(main())

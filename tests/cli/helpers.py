"""Running the command line in-process, as a shop's script would, and collecting what it printed."""

from __future__ import annotations

import pytest

from boutique_vip.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """Exit status, standard output, standard error."""
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err

"""poppler-utils, the independent reader the tests check printed PDFs with. CI installs it; a missing tool fails
the test that needs it (it never lets the check pass unseen)."""

from __future__ import annotations

import shutil
import subprocess


def poppler(*command: str, check: bool = True) -> str:
    """Run a poppler tool (pdftotext, pdffonts, pdfsig, pdfinfo, pdfimages…) and return what it printed."""
    assert shutil.which(command[0]), (
        f"{command[0]} is missing: install poppler-utils (apt-get install poppler-utils)"
    )
    return subprocess.run(list(command), capture_output=True, text=True, check=check).stdout

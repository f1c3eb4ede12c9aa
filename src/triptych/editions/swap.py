"""Put a freshly built folder in place of the old one, so readers see one or the other."""

from __future__ import annotations

import shutil
from pathlib import Path

__all__ = ["replace_dir"]


def replace_dir(new: Path, target: Path) -> None:
    """Replace ``target`` by ``new``: the old folder is renamed aside, the new one renamed
    into place, then the old one removed. Between the two renames (microseconds) ``target`` is
    missing, never half-written."""
    old = target.with_name(f".{target.name}.old")
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        target.replace(old)
    new.replace(target)
    shutil.rmtree(old, ignore_errors=True)

"""One build at a time per output folder, and cleaning up after a build that was killed."""

from __future__ import annotations

import fcntl
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .errors import BuildError

__all__ = ["build_lock", "clean_leftovers"]

LOCK_NAME = ".triptych.lock"


@contextmanager
def build_lock(out: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``out`` for the duration; a second build fails at once with a
    clear error instead of interleaving its writes. The lock dies with its process, so a
    killed build never leaves the folder locked."""
    out.mkdir(parents=True, exist_ok=True)
    fd = os.open(out / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise BuildError(
                f"another triptych build is writing {out}; wait for it to finish"
            ) from None
        yield
    finally:
        os.close(fd)


def clean_leftovers(out: Path) -> list[Path]:
    """Remove what a killed build left: temporary files and staging folders (their names start
    with a dot and end in ``.tmp`` or ``.old``). Finished outputs are never touched."""
    removed = []
    for path in sorted(out.rglob(".*")):
        if path.name == LOCK_NAME or not path.name.endswith((".tmp", ".old")):
            continue
        if path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)
        removed.append(path)
    return removed

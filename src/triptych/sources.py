"""Reading sources: raw files safely, canonical sources by format, the content folder."""

from __future__ import annotations

import re
from pathlib import Path

from .diagnostics import Reporter
from .errors import InputError
from .model import Document, slugify
from .readers import format_of, reader

__all__ = ["MAX_INPUT_BYTES", "SLUG", "SOURCE_NAMES", "find_sources", "read_bytes", "read_document"]

MAX_INPUT_BYTES = 64 * 1024 * 1024
SOURCE_NAMES = {"markdown": "document.md", "xml": "document.xml"}
SLUG = re.compile(r"[a-z0-9][a-z0-9-]{0,79}")


def _size(n: int) -> str:
    return f"{n / 2**20:.1f} MiB" if n >= 2**20 else f"{n / 1024:.1f} KiB"


def read_bytes(path: Path, limit: int = MAX_INPUT_BYTES) -> bytes:
    """The bytes of ``path``, or an ``InputError`` that says what is wrong and what to do."""
    shown = str(path)
    if not path.exists():
        raise InputError("no such file; check the path", source=shown)
    if path.is_dir():
        raise InputError("this is a directory; give the path of a text file", source=shown)
    try:
        size = path.stat().st_size
        if size > limit:
            raise InputError(
                f"the file is {_size(size)}; triptych reads at most {_size(limit)} at once. "
                "Split it into documents first",
                source=shown,
            )
        return path.read_bytes()
    except PermissionError:
        raise InputError("permission denied; check the file's permissions", source=shown) from None
    except OSError as err:
        raise InputError(f"cannot read the file: {err.strerror}", source=shown) from None


def read_document(path: Path, reporter: Reporter | None = None) -> Document:
    """Read a canonical source (Markdown or XML, by extension)."""
    path = Path(path)
    fmt = format_of(path)
    data = read_bytes(path)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(
            f"a canonical source must be UTF-8; invalid byte at offset {err.start}",
            source=str(path),
        ) from None
    return reader(fmt)(text, str(path), reporter)


def find_sources(content: Path) -> list[tuple[str, Path]]:
    """``(slug, source path)`` for each document folder under ``content``, sorted by slug."""
    found: list[tuple[str, Path]] = []
    if not content.is_dir():
        raise InputError(
            "no content folder; create it or run 'triptych import'", source=str(content)
        )
    for folder in sorted(p for p in content.iterdir() if p.is_dir()):
        sources = [folder / name for name in SOURCE_NAMES.values() if (folder / name).exists()]
        if len(sources) > 1:
            raise InputError(
                "a document folder holds both document.md and document.xml; keep one",
                source=str(folder),
            )
        if sources:
            if not SLUG.fullmatch(folder.name):
                raise InputError(
                    "a document folder's name is its slug, which names its outputs: lowercase "
                    "ASCII letters, digits and hyphens, starting with a letter or digit; rename "
                    f"the folder, for example to {slugify(folder.name) or 'document'!r}",
                    source=str(folder),
                )
            found.append((folder.name, sources[0]))
    return found

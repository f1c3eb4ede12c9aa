"""Readers of the canonical sources, by name (a plain mapping; an unknown name is a typed error)."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Protocol

from ..diagnostics import Reporter
from ..errors import UnknownFormatError
from ..model import Document
from . import markdown, xml

__all__ = ["EXTENSIONS", "READERS", "Reader", "format_of", "reader"]


class Reader(Protocol):
    """Parse a canonical source into a canonical document, raising ``SourceError`` on bad input."""

    def __call__(
        self, text: str, source: str = ..., reporter: Reporter | None = ...
    ) -> Document: ...


READERS: Mapping[str, Reader] = {"markdown": markdown.read, "xml": xml.read}
EXTENSIONS: Mapping[str, str] = {".md": "markdown", ".markdown": "markdown", ".xml": "xml"}


def reader(name: str) -> Reader:
    """The reader registered under ``name``."""
    try:
        return READERS[name]
    except KeyError:
        known = ", ".join(sorted(READERS))
        raise UnknownFormatError(f"no reader named {name!r}; known: {known}") from None


def format_of(path: Path) -> str:
    """The source format a file's extension names."""
    try:
        return EXTENSIONS[path.suffix.lower()]
    except KeyError:
        known = ", ".join(sorted(EXTENSIONS))
        raise UnknownFormatError(
            f"cannot tell the format of {path.name!r} from its extension; use one of {known}"
        ) from None

"""Writers of the canonical sources, by name (a plain mapping; an unknown name is a typed error)."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from ..errors import UnknownFormatError
from ..model import Document
from . import markdown, text, xml

__all__ = ["WRITERS", "Writer", "writer"]

Writer = Callable[[Document], str]

WRITERS: Mapping[str, Writer] = {"markdown": markdown.write, "text": text.write, "xml": xml.write}


def writer(name: str) -> Writer:
    """The writer registered under ``name``."""
    try:
        return WRITERS[name]
    except KeyError:
        known = ", ".join(sorted(WRITERS))
        raise UnknownFormatError(f"no writer named {name!r}; known: {known}") from None

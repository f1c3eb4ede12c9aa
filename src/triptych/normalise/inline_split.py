"""Turn matches of a pattern inside text runs into reference nodes (terms, note markers)."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..model import Inline, Text

__all__ = ["split_text"]


def split_text(
    seq: tuple[Inline, ...],
    pattern: re.Pattern[str],
    make: Callable[[re.Match[str]], Inline | None],
) -> tuple[Inline, ...]:
    """``seq`` with each match in its ``Text`` runs replaced by ``make(match)``; a match for
    which ``make`` returns None stays text. Other inlines pass through."""
    out: list[Inline] = []
    for node in seq:
        if not isinstance(node, Text):
            out.append(node)
            continue
        last = 0
        for m in pattern.finditer(node.text):
            made = make(m)
            if made is None:
                continue
            if m.start() > last:
                out.append(Text(node.text[last : m.start()]))
            out.append(made)
            last = m.end()
        if last < len(node.text):
            out.append(Text(node.text[last:]))
    return tuple(out)

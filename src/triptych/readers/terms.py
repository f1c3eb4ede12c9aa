"""Checks both readers make of a glossary, so Markdown and XML report the same things."""

from __future__ import annotations

from collections.abc import Sequence

from ..diagnostics import Code, Reporter
from ..model import GlossaryEntry, fold

__all__ = ["report_duplicate_terms"]


def report_duplicate_terms(
    entries: Sequence[GlossaryEntry], source: str, reporter: Reporter
) -> None:
    """Warn (T005) at each entry whose term, white space folded, an earlier entry defines; the
    message names the line of both."""
    seen: dict[str, int] = {}
    for entry in entries:
        term = fold(entry.term)
        line = entry.provenance.first_line
        first = seen.setdefault(term, line)
        if first != line:
            reporter.emit(
                Code.DUPLICATE_TERM,
                f'glossary term "{term}" is defined twice, on line {first} and line {line}',
                source,
                line,
            )

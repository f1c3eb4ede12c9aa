"""Link each glossary term's occurrences in the body to its entry (longest match first)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from ..diagnostics import Code, Diagnostic
from ..model import Document, GlossaryEntry, Inline, NoteRef, Paragraph, TermRef
from .context import DocumentPass, PassContext
from .inline_split import split_text

__all__ = ["CROSSLINKS", "term_pattern", "unused_terms"]

NAME = "crosslinks"


def _alternative(term: str) -> str:
    escaped = re.escape(term)
    if term[:1].isascii() and term[:1].isalnum():
        escaped = r"(?<![A-Za-z0-9])" + escaped
    if term[-1:].isascii() and term[-1:].isalnum():
        escaped += r"(?![A-Za-z0-9])"
    return f"(?i:{escaped})" if term.isascii() else escaped


def term_pattern(
    entries: tuple[GlossaryEntry, ...],
) -> tuple[re.Pattern[str], dict[str, str]] | None:
    """One pattern matching every term and alias, longest first, with the map from the
    case-folded words to the entry id. None when there are no terms."""
    targets: dict[str, str] = {}
    for entry in entries:
        for words in (entry.term, *entry.aliases):
            targets.setdefault(words.casefold(), entry.id)
    if not targets:
        return None
    ordered = sorted(targets, key=lambda t: (-len(t), t))
    originals = {w.casefold(): w for e in entries for w in (e.term, *e.aliases)}
    pattern = re.compile("|".join(_alternative(originals[t]) for t in ordered))
    return pattern, targets


def link(
    seq: tuple[Inline, ...], pattern: re.Pattern[str], targets: dict[str, str]
) -> tuple[Inline, ...]:
    """``seq`` with every term occurrence in its text runs turned into a ``TermRef``."""
    return split_text(seq, pattern, lambda m: TermRef(targets[m.group().casefold()], m.group()))


def _run(doc: Document, ctx: PassContext) -> Document:
    found = term_pattern(doc.glossary.entries)
    if found is None:
        return doc
    pattern, targets = found
    blocks = tuple(
        replace(b, lead=link(b.lead, pattern, targets), content=link(b.content, pattern, targets))
        if isinstance(b, Paragraph)
        else b
        for b in doc.blocks
    )
    linked = replace(doc, blocks=blocks)
    for warning in unused_terms(linked):
        ctx.warn(warning.code, warning.message, warning.line)
    return linked


def unused_terms(doc: Document) -> Iterator[Diagnostic]:
    """Glossary entries nothing in the body refers to, by term or by note: one warning each."""
    used = {
        n.target
        for b in doc.blocks
        if isinstance(b, Paragraph)
        for n in (*b.lead, *b.content)
        if isinstance(n, TermRef | NoteRef)
    }
    for entry in doc.glossary.entries:
        if entry.id not in used:
            where = entry.provenance
            yield Diagnostic(
                Code.UNUSED_TERM,
                f"glossary term {entry.term!r} does not occur in the body, so nothing links to it",
                where.source,
                where.first_line,
            )


CROSSLINKS = DocumentPass(NAME, _run)

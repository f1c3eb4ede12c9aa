"""Canonicalisation: one place that merges text runs, drops empty inlines and folds whitespace."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from .nodes import (
    Block,
    Document,
    Glossary,
    GlossaryEntry,
    Heading,
    Inline,
    Meta,
    NoteRef,
    Paragraph,
    TermRef,
    Text,
)

__all__ = ["canonical", "fold", "inlines", "plain"]

_SPACE = re.compile(r"\s+")


def fold(text: str) -> str:
    """Fold every run of whitespace (ideographic space included) to one space and trim the ends."""
    return _SPACE.sub(" ", text).strip()


def _fold_inner(text: str) -> str:
    return _SPACE.sub(" ", text)


def inlines(parts: Iterable[Inline | str]) -> tuple[Inline, ...]:
    """Canonical inline sequence: strings become ``Text``, adjacent texts merge, empties vanish,
    whitespace folds to single spaces and the sequence is trimmed at both ends."""
    out: list[Inline] = []
    pending: list[str] = []  # text runs waiting to be merged (joined once: linear time)

    def flush() -> None:
        if out and isinstance(last := out[-1], Text):  # after a reference that vanished
            out.pop()
            pending.insert(0, last.text)
        text = _fold_inner("".join(pending))
        pending.clear()
        if text:
            out.append(Text(text))

    for part in parts:
        match Text(part) if isinstance(part, str) else part:
            case Text(text):
                pending.append(text)
            case TermRef(target, text):
                flush()
                if fold(text):
                    out.append(TermRef(target, fold(text)))
            case NoteRef(target, label):
                flush()
                if fold(label):
                    out.append(NoteRef(target, fold(label)))
    flush()
    return _trim(out)


def _trim(seq: list[Inline]) -> tuple[Inline, ...]:
    if seq and isinstance(seq[0], Text):
        first = seq[0].text.lstrip(" ")
        seq = ([Text(first)] if first else []) + seq[1:]
    if seq and isinstance(seq[-1], Text):
        last = seq[-1].text.rstrip(" ")
        seq = seq[:-1] + ([Text(last)] if last else [])
    return tuple(seq)


def plain(seq: Iterable[Inline]) -> str:
    """The text a reader sees in an inline sequence."""
    return "".join(n.label if isinstance(n, NoteRef) else n.text for n in seq)


def _paragraph(p: Paragraph) -> Paragraph:
    lead = inlines(p.lead)
    content = inlines(p.content)
    if lead and not content:
        content, lead = lead, ()
    return Paragraph(content=content, lead=lead, provenance=p.provenance)


def _block(block: Block) -> Block | None:
    if isinstance(block, Heading):
        return replace(block, number=fold(block.number), text=fold(block.text))
    p = _paragraph(block)
    return p if p.content else None


def _entry(entry: GlossaryEntry) -> GlossaryEntry:
    return replace(
        entry,
        term=fold(entry.term),
        definition=inlines(entry.definition),
        aliases=tuple(a for a in (fold(a) for a in entry.aliases) if a),
        page=fold(entry.page),
        number=fold(entry.number),
    )


def canonical(doc: Document) -> Document:
    """The canonical form of ``doc``: every reader returns documents in this form, and
    ``canonical(canonical(d)) == canonical(d)``."""
    meta = doc.meta
    meta = Meta(
        title=fold(meta.title),
        lang=fold(meta.lang),
        subtitle=fold(meta.subtitle),
        issuer=fold(meta.issuer),
        date=fold(meta.date),
        source=fold(meta.source),
    )
    blocks = tuple(b for b in (_block(b) for b in doc.blocks) if b is not None)
    glossary = Glossary(
        title=fold(doc.glossary.title),
        entries=tuple(_entry(e) for e in doc.glossary.entries),
    )
    return Document(meta=meta, blocks=blocks, glossary=glossary)

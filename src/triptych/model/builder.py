"""Canonicalisation: one place that merges text runs, drops empty inlines and folds whitespace."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from itertools import groupby

from .nodes import (
    Block,
    Code,
    CodeBlock,
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
_LINE_BREAK = re.compile(r"\r\n?|\n")


def fold(text: str) -> str:
    """Fold every run of whitespace (ideographic space included) to one space and trim the ends."""
    return _SPACE.sub(" ", text).strip()


def _fold_inner(text: str) -> str:
    return _SPACE.sub(" ", text)


def inlines(parts: Iterable[Inline | str]) -> tuple[Inline, ...]:
    """Canonical inline sequence: strings become ``Text``, empties vanish, adjacent texts merge
    (and so do adjacent code runs), whitespace in text folds to single spaces and the sequence
    is trimmed at both ends. Code keeps its whitespace; only its line breaks become spaces."""
    kept = [n for n in map(_inline, parts) if n is not None]
    out: list[Inline] = []
    # runs are joined once each, so a long paragraph of small pieces takes linear time
    for kind, run in groupby(kept, key=type):
        if kind is Text:
            out.append(Text(_fold_inner("".join(n.text for n in run if isinstance(n, Text)))))
        elif kind is Code:
            out.append(Code("".join(n.text for n in run if isinstance(n, Code))))
        else:
            out.extend(run)
    return _trim(out)


def _inline(part: Inline | str) -> Inline | None:
    """One inline in canonical form, or None when it is empty. A reference's text is folded
    here; a text is folded after the merge, once its neighbours have joined it."""
    match Text(part) if isinstance(part, str) else part:
        case Text(text):
            return Text(text) if text else None
        case Code(text):
            return Code(_LINE_BREAK.sub(" ", text)) if text else None
        case TermRef(target, text):
            return TermRef(target, fold(text)) if fold(text) else None
        case NoteRef(target, label):
            return NoteRef(target, fold(label)) if fold(label) else None


def _trim(seq: list[Inline]) -> tuple[Inline, ...]:
    if seq and isinstance(seq[0], Text):
        first = seq[0].text.lstrip(" ")
        seq = ([Text(first)] if first else []) + seq[1:]
    if seq and isinstance(seq[-1], Text):
        last = seq[-1].text.rstrip(" ")
        seq = seq[:-1] + ([Text(last)] if last else [])
    return tuple(seq)


def plain(seq: Iterable[Inline]) -> str:
    """The text a reader sees in an inline sequence (code included)."""
    return "".join(n.label if isinstance(n, NoteRef) else n.text for n in seq)


def _paragraph(p: Paragraph) -> Paragraph:
    lead = inlines(p.lead)
    content = inlines(p.content)
    if lead and not content:
        content, lead = lead, ()
    return Paragraph(content=content, lead=lead, provenance=p.provenance)


def _code_block(block: CodeBlock) -> CodeBlock | None:
    """Line breaks made ``"\\n"``; a block of white space only is empty and vanishes."""
    text = _LINE_BREAK.sub("\n", block.text)
    return replace(block, text=text, language=fold(block.language)) if text.strip() else None


def _block(block: Block) -> Block | None:
    match block:
        case Heading():
            return replace(block, number=fold(block.number), text=fold(block.text))
        case Paragraph():
            p = _paragraph(block)
            return p if p.content else None
        case CodeBlock():
            return _code_block(block)


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
        byline=fold(meta.byline),
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

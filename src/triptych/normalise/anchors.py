"""Give every heading and glossary entry a stable, unique, readable ASCII anchor (pinyin)."""

from __future__ import annotations

from dataclasses import replace

from ..model import Document, Heading, IdAllocator
from .context import DocumentPass, PassContext

__all__ = ["ANCHORS", "RESERVED_IDS"]

# Anchors the templates use for the page's own parts.
RESERVED_IDS = frozenset({"top", "main", "toc", "glossary", "content", "title", "notes", "nav"})


def _run(doc: Document, ctx: PassContext) -> Document:
    ids = IdAllocator(RESERVED_IDS)
    entries = tuple(replace(e, id=ids.claim(e.term, fallback="term")) for e in doc.glossary.entries)
    blocks = tuple(
        replace(b, id=ids.claim(b.text or b.number, fallback="section"))
        if isinstance(b, Heading)
        else b
        for b in doc.blocks
    )
    return replace(doc, blocks=blocks, glossary=replace(doc.glossary, entries=entries))


ANCHORS = DocumentPass("anchors", _run)

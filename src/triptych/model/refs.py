"""The glossary as a two-way graph: each entry's back-references, with anchors for every edition."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from .ids import IdAllocator
from .nodes import Document, Heading, NoteRef, Paragraph, TermRef

__all__ = ["BackRef", "backrefs"]


@dataclass(frozen=True, slots=True)
class BackRef:
    """One place in the body that refers to a glossary entry."""

    anchor: str
    """Anchor of the reference itself, unique in the document, so the entry can link back."""
    block: int
    """Index of the paragraph in ``Document.blocks`` that holds the reference."""
    section: str
    """Anchor of the heading the paragraph stands under, or ``""`` before the first heading."""
    text: str
    """The words (or note label) of the reference as printed."""


def backrefs(doc: Document) -> Mapping[str, tuple[BackRef, ...]]:
    """Every glossary entry's references in document order, keyed by entry id (entries with no
    reference map to an empty tuple). The anchors are the same in every edition: ``ref-`` + the
    entry id + ``-1``, ``-2`` … in order, made unique against every other anchor."""
    taken = {b.id for b in doc.blocks if isinstance(b, Heading)}
    taken.update(e.id for e in doc.glossary.entries)
    ids = IdAllocator(taken)
    found: dict[str, list[BackRef]] = {e.id: [] for e in doc.glossary.entries}
    section = ""
    for index, block in enumerate(doc.blocks):
        if isinstance(block, Heading):
            section = block.id
        if not isinstance(block, Paragraph):
            continue
        for node in (*block.lead, *block.content):
            if isinstance(node, TermRef | NoteRef) and node.target in found:
                refs = found[node.target]
                anchor = ids.claim(f"ref {node.target} {len(refs) + 1}", fallback="ref")
                label = node.text if isinstance(node, TermRef) else node.label
                refs.append(BackRef(anchor, index, section, label))
    return {key: tuple(value) for key, value in found.items()}

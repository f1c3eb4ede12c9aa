"""A render-ready view of a document, shared by every edition's templates."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from ..model import (
    BackRef,
    Document,
    GlossaryEntry,
    Heading,
    Inline,
    Meta,
    NoteRef,
    TermRef,
    backrefs,
    plain,
)
from .labels import Labels, labels_for

__all__ = ["BlockView", "DocumentView", "EntryView", "InlineView", "SectionView", "view_of"]


@dataclass(frozen=True, slots=True)
class InlineView:
    """One inline, with the anchor its reference carries."""

    kind: Literal["text", "term", "note"]
    text: str
    target: str = ""
    """The glossary entry's id, for ``term`` and ``note``."""
    anchor: str = ""
    """The reference's own anchor (back-links point here), for ``term`` and ``note``."""


@dataclass(frozen=True, slots=True)
class BlockView:
    """A heading or a paragraph."""

    kind: Literal["heading", "paragraph"]
    level: int = 0
    number: str = ""
    text: str = ""
    id: str = ""
    lead: tuple[InlineView, ...] = ()
    content: tuple[InlineView, ...] = ()


@dataclass(frozen=True, slots=True)
class SectionView:
    """A top-level section (or the text before the first heading): one EPUB chapter."""

    id: str
    """Anchor of its heading, or ``"opening"`` for the text before the first heading."""
    title: str
    number: str
    blocks: tuple[BlockView, ...]
    file: str
    """Its chapter file in the EPUB (``"section-01.xhtml"``)."""


@dataclass(frozen=True, slots=True)
class EntryView:
    """A glossary entry with its back-references."""

    id: str
    term: str
    page: str
    number: str
    aliases: tuple[str, ...]
    definition: tuple[InlineView, ...]
    definition_text: str
    backrefs: tuple[BackRef, ...]


@dataclass(frozen=True, slots=True)
class DocumentView:
    """Everything the templates read about one document."""

    slug: str
    doc: Document
    labels: Labels
    sections: tuple[SectionView, ...]
    toc: tuple[BlockView, ...]
    entries: tuple[EntryView, ...]
    glossary_title: str
    definitions: Mapping[str, str]
    """Entry id to plain definition text (for previews)."""
    files: Mapping[str, str]
    """Anchor to the EPUB file that holds it (chapters and the glossary)."""

    @property
    def meta(self) -> Meta:
        """The document's metadata."""
        return self.doc.meta

    @property
    def text_blocks(self) -> tuple[BlockView, ...]:
        """Every block in reading order."""
        return tuple(b for s in self.sections for b in s.blocks)


GLOSSARY_FILE = "glossary.xhtml"


def _inlines(seq: tuple[Inline, ...], pending: dict[str, list[BackRef]]) -> tuple[InlineView, ...]:
    """Views of ``seq``; each reference takes the next anchor ``backrefs`` gave its entry
    (they come in document order, as the blocks are visited)."""
    out = []
    for node in seq:
        if isinstance(node, TermRef | NoteRef):
            queue = pending.get(node.target)
            anchor = queue.pop(0).anchor if queue else ""
            kind: Literal["term", "note"] = "term" if isinstance(node, TermRef) else "note"
            label = node.text if isinstance(node, TermRef) else node.label
            out.append(InlineView(kind, label, node.target, anchor))
        else:
            out.append(InlineView("text", node.text))
    return tuple(out)


def view_of(doc: Document, slug: str) -> DocumentView:
    """The view of ``doc``; references get their anchors from ``model.backrefs``."""
    refs = backrefs(doc)
    # backrefs lists references in document order; pair them with the nodes in that order
    pending = {target: list(found) for target, found in refs.items()}
    blocks: list[BlockView] = []
    for block in doc.blocks:
        if isinstance(block, Heading):
            blocks.append(BlockView("heading", block.level, block.number, block.text, block.id))
            continue
        lead = _inlines(block.lead, pending)
        blocks.append(BlockView("paragraph", lead=lead, content=_inlines(block.content, pending)))
    sections = _sections(blocks)
    files = {"glossary": GLOSSARY_FILE}
    for section in sections:
        files[section.id] = section.file
        for b in section.blocks:
            if b.id:
                files[b.id] = section.file
            for i in (*b.lead, *b.content):
                if i.anchor:
                    files[i.anchor] = section.file
    entries = tuple(_entry(e, refs[e.id]) for e in doc.glossary.entries)
    for e in entries:
        files[e.id] = GLOSSARY_FILE
    labels = labels_for(doc.meta.lang)
    return DocumentView(
        slug=slug,
        doc=doc,
        labels=labels,
        sections=sections,
        toc=tuple(b for b in blocks if b.kind == "heading"),
        entries=entries,
        glossary_title=doc.glossary.title or labels.glossary,
        definitions={e.id: e.definition_text for e in entries},
        files=files,
    )


def _entry(entry: GlossaryEntry, refs: tuple[BackRef, ...]) -> EntryView:
    return EntryView(
        id=entry.id,
        term=entry.term,
        page=entry.page,
        number=entry.number,
        aliases=entry.aliases,
        definition=_inlines(entry.definition, {}),  # links inside definitions carry no back-link
        definition_text=plain(entry.definition),
        backrefs=refs,
    )


def _sections(blocks: list[BlockView]) -> tuple[SectionView, ...]:
    groups: list[list[BlockView]] = [[]]
    for b in blocks:
        if b.kind == "heading" and b.level == 1 and groups[-1]:
            groups.append([])
        groups[-1].append(b)
    out = []
    for n, group in enumerate(g for g in groups if g):
        head = group[0] if group[0].kind == "heading" else None
        out.append(
            SectionView(
                id=head.id if head else "opening",
                title=head.text if head else "",
                number=head.number if head else "",
                blocks=tuple(group),
                file=f"section-{n + 1:02d}.xhtml",
            )
        )
    return tuple(out)

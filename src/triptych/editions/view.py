"""A render-ready view of a document, shared by every edition's templates."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

from ..config import LinkTerms
from ..model import (
    BackRef,
    Code,
    CodeBlock,
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

__all__ = [
    "BlockView",
    "DocumentView",
    "EntryView",
    "InlineView",
    "SectionView",
    "view_of",
    "with_link_terms",
]


@dataclass(frozen=True, slots=True)
class InlineView:
    """One inline, with the anchor its reference carries."""

    kind: Literal["text", "code", "term", "note"]
    text: str
    target: str = ""
    """The glossary entry's id, for ``term`` and ``note``."""
    anchor: str = ""
    """The reference's own anchor (back-links point here), for ``term`` and ``note``."""


@dataclass(frozen=True, slots=True)
class BlockView:
    """A heading, a paragraph or a code block."""

    kind: Literal["heading", "paragraph", "code"]
    level: int = 0
    number: str = ""
    text: str = ""
    """A heading's words, or a code block's lines."""
    id: str = ""
    lead: tuple[InlineView, ...] = ()
    content: tuple[InlineView, ...] = ()
    language: str = ""
    """What a code block is written in (``"toml"``), or ``""``."""


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
    """The uses of the term in the text that are links, in document order."""


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
    link_terms: LinkTerms = "all"
    """Which uses of a glossary term are links (``[build] link_terms``)."""

    @property
    def meta(self) -> Meta:
        """The document's metadata."""
        return self.doc.meta

    @property
    def text_blocks(self) -> tuple[BlockView, ...]:
        """Every block in reading order."""
        return tuple(b for s in self.sections for b in s.blocks)


GLOSSARY_FILE = "glossary.xhtml"


@dataclass(slots=True)
class _Linker:
    """Turns the model's inlines into views in document order: each reference takes the next
    anchor ``backrefs`` gave its entry, and under ``first-in-section`` a term already linked
    in the current top-level section becomes plain text, its anchor and back-link dropped."""

    policy: LinkTerms
    pending: dict[str, list[BackRef]]
    kept: dict[str, list[BackRef]] = field(default_factory=dict)
    linked: set[str] = field(default_factory=set)
    """Entries linked in the current top-level section."""

    def section(self) -> None:
        """A new top-level section starts."""
        self.linked.clear()

    def inlines(self, seq: tuple[Inline, ...]) -> tuple[InlineView, ...]:
        """Views of ``seq``."""
        out = []
        for node in seq:
            if isinstance(node, TermRef | NoteRef):
                queue = self.pending.get(node.target)
                ref = queue.pop(0) if queue else None
                if isinstance(node, TermRef) and not self._links(node.target):
                    out.append(InlineView("text", node.text))
                    continue
                if ref is not None:
                    self.kept.setdefault(node.target, []).append(ref)
                kind: Literal["term", "note"] = "term" if isinstance(node, TermRef) else "note"
                label = node.text if isinstance(node, TermRef) else node.label
                out.append(InlineView(kind, label, node.target, ref.anchor if ref else ""))
            else:
                out.append(InlineView("code" if isinstance(node, Code) else "text", node.text))
        return tuple(out)

    def _links(self, target: str) -> bool:
        """Whether a use of the term ``target`` here is a link (and note it if so)."""
        if self.policy == "first-in-section" and target in self.linked:
            return False
        self.linked.add(target)
        return True


def view_of(doc: Document, slug: str, link_terms: LinkTerms = "all") -> DocumentView:
    """The view of ``doc``; references get their anchors from ``model.backrefs``. With
    ``link_terms="first-in-section"`` only the first use of each term in each top-level
    section (and in the text before the first heading) is a link; the others are plain text
    with the same words, and the glossary's back-links list only the links. Note markers
    and the links inside definitions are always links."""
    refs = backrefs(doc)
    # backrefs lists references in document order; pair them with the nodes in that order
    linker = _Linker(link_terms, {target: list(found) for target, found in refs.items()})
    blocks: list[BlockView] = []
    for block in doc.blocks:
        if isinstance(block, Heading):
            if block.level == 1:
                linker.section()
            blocks.append(BlockView("heading", block.level, block.number, block.text, block.id))
            continue
        if isinstance(block, CodeBlock):
            blocks.append(BlockView("code", text=block.text, language=block.language))
            continue
        lead = linker.inlines(block.lead)
        blocks.append(BlockView("paragraph", lead=lead, content=linker.inlines(block.content)))
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
    entries = tuple(_entry(e, tuple(linker.kept.get(e.id, ()))) for e in doc.glossary.entries)
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
        link_terms=link_terms,
    )


def with_link_terms(view: DocumentView, link_terms: LinkTerms) -> DocumentView:
    """``view`` as ``link_terms`` asks: itself when it already is, else made again."""
    if view.link_terms == link_terms:
        return view
    return view_of(view.doc, view.slug, link_terms)


def _entry(entry: GlossaryEntry, refs: tuple[BackRef, ...]) -> EntryView:
    return EntryView(
        id=entry.id,
        term=entry.term,
        page=entry.page,
        number=entry.number,
        aliases=entry.aliases,
        # links inside definitions carry no back-link, and stay links whatever the policy
        definition=_Linker("all", {}).inlines(entry.definition),
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

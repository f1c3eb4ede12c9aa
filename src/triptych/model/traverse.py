"""One traversal API: ``walk`` rewrites nodes bottom-up, ``query`` collects from them in order."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import TypeVar

from .nodes import (
    Document,
    Glossary,
    GlossaryEntry,
    Heading,
    Inline,
    Meta,
    Node,
    NoteRef,
    Paragraph,
    TermRef,
    Text,
)

__all__ = ["nodes", "query", "walk"]

T = TypeVar("T")
N = TypeVar("N", bound=Node)


def nodes(doc: Document) -> Iterator[Node]:
    """Every node of ``doc`` in document order, parents before children."""
    yield doc
    yield doc.meta
    for block in doc.blocks:
        yield block
        if isinstance(block, Paragraph):
            yield from block.lead
            yield from block.content
    yield doc.glossary
    for entry in doc.glossary.entries:
        yield entry
        yield from entry.definition


def query(doc: Document, fn: Callable[[Node], T | None]) -> list[T]:
    """Apply ``fn`` to every node in document order and collect the results that are not None."""
    return [r for r in map(fn, nodes(doc)) if r is not None]


def walk(doc: Document, fn: Callable[[Node], Node]) -> Document:
    """Rebuild ``doc`` bottom-up, replacing each node by ``fn(node)``.

    ``fn`` must return a node of the same kind (an inline for an inline, a block for a block);
    returning the node unchanged keeps it.
    """

    def inl(seq: tuple[Inline, ...]) -> tuple[Inline, ...]:
        return tuple(_same(fn(i), (Text, TermRef, NoteRef)) for i in seq)

    blocks = []
    for block in doc.blocks:
        if isinstance(block, Paragraph):
            block = replace(block, lead=inl(block.lead), content=inl(block.content))
        blocks.append(_same(fn(block), (Heading, Paragraph)))
    entries = tuple(
        _same(fn(replace(e, definition=inl(e.definition))), (GlossaryEntry,))
        for e in doc.glossary.entries
    )
    glossary = _same(fn(replace(doc.glossary, entries=entries)), (Glossary,))
    meta = _same(fn(doc.meta), (Meta,))
    return _same(fn(Document(meta=meta, blocks=tuple(blocks), glossary=glossary)), (Document,))


def _same(node: Node, kinds: tuple[type[N], ...]) -> N:
    if not isinstance(node, kinds):
        raise TypeError(f"walk: a {kinds[0].__name__} was replaced by {type(node).__name__}")
    return node

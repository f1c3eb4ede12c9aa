"""One traversal API: ``walk`` rewrites nodes bottom-up, ``query`` collects from them in order."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import TypeVar

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
    Node,
    NoteRef,
    Paragraph,
    TermRef,
    Text,
)

__all__ = ["has_code", "nodes", "query", "walk"]

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


def has_code(doc: Document) -> bool:
    """Whether ``doc`` holds code, which only version 2 of the source formats can hold."""
    return any(isinstance(node, Code | CodeBlock) for node in nodes(doc))


def query(doc: Document, fn: Callable[[Node], T | None]) -> list[T]:
    """Apply ``fn`` to every node in document order and collect the results that are not None."""
    return [r for r in map(fn, nodes(doc)) if r is not None]


def walk(doc: Document, fn: Callable[[Node], Node]) -> Document:
    """Rebuild ``doc`` bottom-up, replacing each node by ``fn(node)``.

    ``fn`` must return a node of the same kind (an inline for an inline, a block for a block);
    returning the node unchanged keeps it.
    """

    def inl(seq: tuple[Inline, ...]) -> tuple[Inline, ...]:
        return tuple(_inline(fn(i)) for i in seq)

    blocks: list[Block] = []
    for block in doc.blocks:
        if isinstance(block, Paragraph):
            block = replace(block, lead=inl(block.lead), content=inl(block.content))
        blocks.append(_block(fn(block)))
    entries = tuple(
        _expect(fn(replace(e, definition=inl(e.definition))), GlossaryEntry)
        for e in doc.glossary.entries
    )
    glossary = _expect(fn(replace(doc.glossary, entries=entries)), Glossary)
    meta = _expect(fn(doc.meta), Meta)
    return _expect(fn(Document(meta=meta, blocks=tuple(blocks), glossary=glossary)), Document)


def _mismatch(node: Node, wanted: str) -> TypeError:
    return TypeError(f"walk: a {wanted} was replaced by a {type(node).__name__}")


def _inline(node: Node) -> Inline:
    if isinstance(node, Text | Code | TermRef | NoteRef):
        return node
    raise _mismatch(node, "inline")


def _block(node: Node) -> Block:
    if isinstance(node, Heading | Paragraph | CodeBlock):
        return node
    raise _mismatch(node, "block")


def _expect(node: Node, kind: type[N]) -> N:
    if isinstance(node, kind):
        return node
    raise _mismatch(node, kind.__name__)

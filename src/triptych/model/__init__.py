"""The document model: node types, canonicalisation, traversal and anchors."""

from .builder import canonical, fold, inlines, plain
from .ids import IdAllocator, make_id, slugify
from .nodes import (
    NOWHERE,
    Block,
    Document,
    Glossary,
    GlossaryEntry,
    Heading,
    Inline,
    Meta,
    Node,
    NoteRef,
    Paragraph,
    Provenance,
    TermRef,
    Text,
)
from .traverse import nodes, query, walk

__all__ = [
    "NOWHERE",
    "Block",
    "Document",
    "Glossary",
    "GlossaryEntry",
    "Heading",
    "IdAllocator",
    "Inline",
    "Meta",
    "Node",
    "NoteRef",
    "Paragraph",
    "Provenance",
    "TermRef",
    "Text",
    "canonical",
    "fold",
    "inlines",
    "make_id",
    "nodes",
    "plain",
    "query",
    "slugify",
    "walk",
]

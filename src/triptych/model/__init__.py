"""The document model: node types, canonicalisation, traversal and anchors."""

from .builder import canonical, fold, inlines, plain
from .ids import IdAllocator, make_id, slugify
from .nodes import (
    CODE_LANGUAGE,
    NOWHERE,
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
    Provenance,
    TermRef,
    Text,
)
from .refs import BackRef, backrefs
from .traverse import has_code, nodes, query, walk

__all__ = [
    "CODE_LANGUAGE",
    "NOWHERE",
    "BackRef",
    "Block",
    "Code",
    "CodeBlock",
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
    "backrefs",
    "canonical",
    "fold",
    "has_code",
    "inlines",
    "make_id",
    "nodes",
    "plain",
    "query",
    "slugify",
    "walk",
]

"""Checks on a document that an editor wants before publishing; each yields diagnostics."""

from __future__ import annotations

from collections.abc import Iterator

from .diagnostics import Code, Diagnostic
from .model import Document, Heading, Paragraph, plain
from .normalise.chars import key
from .normalise.crosslinks import unused_terms
from .normalise.paragraphs import unterminated_paragraphs

__all__ = ["lint", "repeated_paragraphs", "same_titles", "unterminated", "unused_terms"]

MIN_REPEAT = 12


def _at(node: Heading | Paragraph, code: Code, message: str) -> Diagnostic:
    where = node.provenance
    return Diagnostic(code, message, where.source, where.first_line)


def same_titles(doc: Document) -> Iterator[Diagnostic]:
    """Two headings with the same title: one of them is probably misnamed."""
    first: dict[str, Heading] = {}
    for block in doc.blocks:
        if not isinstance(block, Heading):
            continue
        earlier = first.setdefault(key(block.text), block)
        if earlier is not block:
            yield _at(
                block,
                Code.SAME_TITLE_HEADING,
                f"heading {block.number}{block.text} has the same title as "
                f"{earlier.number}{earlier.text} (line {earlier.provenance.first_line}); "
                "check whether one of them is misnamed",
            )


def unterminated(doc: Document) -> Iterator[Diagnostic]:
    """Paragraphs that end without closing punctuation: often a paragraph cut in two. The rule
    is the normaliser's, which warns of the same paragraphs at import."""
    return (warning for _, warning in unterminated_paragraphs(doc))


def repeated_paragraphs(doc: Document) -> Iterator[Diagnostic]:
    """A paragraph said twice word for word: usually a copy left by scraping."""
    seen: dict[str, Paragraph] = {}
    for block in doc.blocks:
        if not isinstance(block, Paragraph):
            continue
        k = key(plain(block.lead) + plain(block.content))
        if len(k) < MIN_REPEAT:
            continue
        earlier = seen.setdefault(k, block)
        if earlier is not block:
            yield _at(
                block,
                Code.REPEATED_PARAGRAPH,
                f"this paragraph repeats the one at line {earlier.provenance.first_line}",
            )


def lint(doc: Document) -> list[Diagnostic]:
    """Every check, in document order per check."""
    return [
        *same_titles(doc),
        *unterminated(doc),
        *unused_terms(doc),
        *repeated_paragraphs(doc),
    ]

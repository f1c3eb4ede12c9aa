"""Final checks: same-title headings, unterminated paragraphs, and the conservation of text."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from ..lint import same_titles
from ..model import Document, Heading, Paragraph, plain
from .context import DocumentPass, PassContext
from .paragraphs import mark_unterminated

__all__ = ["SAME_TITLES", "UNTERMINATED", "conservation_gap", "model_text"]


def _same_titles(doc: Document, ctx: PassContext) -> Document:
    for diagnostic in same_titles(doc):
        ctx.reporter.report(diagnostic)
    return doc


def model_text(doc: Document) -> Iterator[str]:
    """Every piece of text in ``doc`` that came from the input (anchors, language and the parsed
    date are derived, so they are left out)."""
    yield doc.meta.title
    yield doc.meta.subtitle
    yield doc.meta.byline
    yield doc.meta.issuer
    for block in doc.blocks:
        if isinstance(block, Heading):
            yield block.number
            yield block.text
        elif isinstance(block, Paragraph):
            yield plain(block.lead)
            yield plain(block.content)
        else:
            yield block.text
    yield doc.glossary.title
    for entry in doc.glossary.entries:
        yield entry.term
        yield entry.page
        yield entry.number
        yield plain(entry.definition)


def _chars(pieces: Iterator[str] | list[str]) -> Counter[str]:
    out: Counter[str] = Counter()
    for piece in pieces:
        out.update(piece)  # counting whole strings runs in C; whitespace is dropped after
    for char in [c for c in out if c.isspace()]:
        del out[char]
    return out


def conservation_gap(decoded: str, doc: Document, ctx: PassContext) -> Counter[str]:
    """Characters unaccounted for: input minus ledger removals must equal the model's text.
    Positive counts went missing, negative ones appeared from nowhere; empty means it holds."""
    expected = _chars([decoded])
    expected.subtract(ctx.ledger.removed_chars())
    expected.subtract(_chars(model_text(doc)))
    return Counter({c: n for c, n in expected.items() if n})


SAME_TITLES = DocumentPass("same-titles", _same_titles)
UNTERMINATED = DocumentPass("unterminated", mark_unterminated)

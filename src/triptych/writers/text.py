"""Plain text in the shape the normaliser reads: re-importing it gives the same document, except
that code (which raw text cannot mark) comes back as ordinary text."""

from __future__ import annotations

from ..model import Document, GlossaryEntry, Heading, Paragraph, plain

__all__ = ["write"]


def _entry(entry: GlossaryEntry, chinese: bool) -> str:
    colon = "：" if chinese else ": "
    definition = plain(entry.definition)
    if entry.page:
        left, right = ("（", "）") if chinese else (" (", ")")
        return f"{entry.term}{left}{entry.page}{right}{colon}{definition}"
    if entry.number:
        return f"［{entry.number}］{entry.term}{colon}{definition}"
    return f"{entry.term}{colon}{definition}"


def write(doc: Document) -> str:
    """The document as plain text: title, lines under it, blocks and glossary, one per line,
    separated by blank lines."""
    chinese = doc.meta.lang.lower().startswith("zh")
    # the issuer before the byline: the normaliser takes an issuer only before a speaker's line
    parts = [doc.meta.title, doc.meta.subtitle, doc.meta.issuer, doc.meta.byline]
    for block in doc.blocks:
        if isinstance(block, Heading):
            space = "" if chinese or not block.number else " "
            parts.append(f"{block.number}{space}{block.text}")
        elif isinstance(block, Paragraph):
            parts.append(plain(block.lead) + plain(block.content))
        else:
            parts.append(block.text)  # its lines as they are
    if doc.glossary.entries:
        parts.append(doc.glossary.title)
        parts.extend(_entry(e, chinese) for e in doc.glossary.entries)
    return "\n\n".join(p for p in parts if p) + "\n"

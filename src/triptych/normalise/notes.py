"""Turn body note markers (［3］, [3], 〔3〕) into references to numbered glossary entries."""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Document, Inline, NoteRef, Paragraph
from .context import DocumentPass, PassContext
from .inline_split import split_text

__all__ = ["NOTES"]

NAME = "notes"
_MARKER = re.compile(r"[［\[〔【](\d{1,3})[］\]〕】]")


def _run(doc: Document, ctx: PassContext) -> Document:
    numbered = {e.number: e.id for e in doc.glossary.entries if e.number}
    if not numbered:
        return doc

    def convert(seq: tuple[Inline, ...], line: int) -> tuple[Inline, ...]:
        def note(m: re.Match[str]) -> NoteRef | None:
            target = numbered.get(m.group(1))
            if target is not None:
                ctx.record(NAME, "link-note-marker", line, m.group(), m.group(1))
                return NoteRef(target, m.group(1))
            return None

        return split_text(seq, _MARKER, note)

    blocks = tuple(
        replace(
            b,
            lead=convert(b.lead, b.provenance.first_line),
            content=convert(b.content, b.provenance.first_line),
        )
        if isinstance(b, Paragraph)
        else b
        for b in doc.blocks
    )
    return replace(doc, blocks=blocks)


NOTES = DocumentPass(NAME, _run)

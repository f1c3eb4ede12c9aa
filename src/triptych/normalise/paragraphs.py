"""Rejoin paragraphs split mid-sentence by a column or page break.

The pass runs twice: before leads and repeats are found, and again after the second search for
repeats, which can leave the two halves of a split paragraph side by side once the copy between
them is gone. Normalising the result again must change nothing, so no such pair may remain."""

from __future__ import annotations

import re
from dataclasses import replace

from ..diagnostics import Code
from ..model import Block, Document, Heading, Paragraph, Text, plain
from .chars import ends_sentence, join_text
from .context import DocumentPass, PassContext
from .patterns import glossary_title, is_date_line, match_entry, match_numbering

__all__ = ["PARAGRAPHS", "mark_unterminated"]

NAME = "paragraphs"


def _run(doc: Document, ctx: PassContext) -> Document:
    out: list[Block] = []
    for i, block in enumerate(doc.blocks):
        if isinstance(block, Heading) and not block.number and glossary_title(block.text):
            out.extend(doc.blocks[i:])
            break
        prev = out[-1] if out else None
        if (
            isinstance(block, Paragraph)
            and isinstance(prev, Paragraph)
            and not ends_sentence(plain(prev.lead) + plain(prev.content))
            and not _starts_item(plain(block.lead) + plain(block.content), ctx)
        ):
            # the lead of a continuation is no lead: it only looked like one out of place
            left, right = plain(prev.content), plain(block.lead) + plain(block.content)
            ctx.record(
                NAME,
                "rejoin-split-paragraph",
                block.provenance.first_line,
                "",
                "",
                note=f"continues line {prev.provenance.first_line}: …{left[-8:]}|{right[:8]}…",
            )
            out[-1] = Paragraph(
                (Text(join_text(left, right)),),
                lead=prev.lead,
                provenance=prev.provenance.merge(block.provenance),
            )
        else:
            out.append(block)
    return replace(doc, blocks=tuple(out))


# A field of a notice ("地点：市政府第一会议室") is a line of its own.
_FIELD = re.compile(r"[\u4e00-\u9fff]{2,6}[：:]\S")


def _starts_item(text: str, ctx: PassContext) -> bool:
    """A numbered item, a glossary entry, a notice's field, or a date on its own line (under a
    signature) starts its own block."""
    return (
        match_numbering(text, chinese=ctx.chinese) is not None
        or match_entry(text, loose=False) is not None
        or is_date_line(text)
        or bool(ctx.chinese and _FIELD.match(text))
    )


def mark_unterminated(doc: Document, ctx: PassContext) -> Document:
    """Put every paragraph still ending without closing punctuation on record, with the reason."""
    blocks = doc.blocks
    for i, block in enumerate(blocks):
        if not isinstance(block, Paragraph):
            continue
        text = plain(block.content)
        if ends_sentence(text):
            continue
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        reason = (
            "it is the last paragraph of the body"
            if nxt is None
            else "a heading follows it"
            if isinstance(nxt, Heading)
            else "the next paragraph is a numbered item, an entry, a field or a date line"
        )
        ctx.record(
            NAME,
            "keep-unterminated",
            block.provenance.first_line,
            "",
            "",
            note=f"paragraph ends without closing punctuation (…{text[-12:]}); "
            f"kept as is because {reason}",
        )
        ctx.warn(
            Code.UNTERMINATED_PARAGRAPH,
            f"paragraph ends without closing punctuation (…{text[-12:]}); check the source",
            block.provenance.first_line,
        )
    return doc


PARAGRAPHS = DocumentPass(NAME, _run)

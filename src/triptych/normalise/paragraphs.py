"""Rejoin paragraphs split mid-sentence by a column or page break.

The pass runs twice: before leads and repeats are found, and again after the second search for
repeats, which can leave the two halves of a split paragraph side by side once the copy between
them is gone. Normalising the result again must change nothing, so no such pair may remain."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from ..diagnostics import Code, Diagnostic
from ..model import Block, Document, Heading, Paragraph, Text, plain
from ..model import Code as CodeSpan  # the name Code is the diagnostics'
from .chars import ends_sentence
from .context import DocumentPass, PassContext
from .patterns import (
    is_date_line,
    is_glossary_heading,
    match_entry,
    match_numbering,
    opens_speech,
    runs_on,
    stands_alone,
    title_cased,
)

__all__ = ["PARAGRAPHS", "mark_unterminated", "unterminated_paragraphs"]

NAME = "paragraphs"


def _run(doc: Document, ctx: PassContext) -> Document:
    out: list[Block] = []
    for i, block in enumerate(doc.blocks):
        if is_glossary_heading(block):
            out.extend(doc.blocks[i:])
            break
        prev = out[-1] if out else None
        if (
            isinstance(block, Paragraph)
            and isinstance(prev, Paragraph)
            and not ends_sentence(plain(prev.lead) + plain(prev.content))
            and not stands_alone(plain(prev.content))
            and not stands_alone(plain(block.content))
            and not plain(prev.content).rstrip().endswith(("|", "｜"))  # a table's row
            and not opens_speech(plain(prev.content))
            and not opens_speech(plain(block.content))
            and not _starts_item(plain(block.lead) + plain(block.content), ctx)
            # a bulleted item ends where its line does, unless its sentence goes on in lower case
            and (
                not _LISTED.match(plain(prev.lead) + plain(prev.content))
                or plain(block.lead + block.content)[:1].islower()
            )
            and not _LISTED.match(plain(block.lead) + plain(block.content))
            and not _VALEDICTION.fullmatch(plain(prev.content))
            and (
                ctx.chinese
                or runs_on(plain(prev.content), plain(block.lead + block.content))
                or _inline_run(block, doc.blocks[i + 1] if i + 1 < len(doc.blocks) else None)
            )
            and not _heads_section(out, block, ctx)
            and not ctx.in_definition_list(block.provenance.first_line)
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
                (Text(ctx.join(NAME, block.provenance.first_line, left, right)),),
                lead=prev.lead,
                provenance=prev.provenance.merge(block.provenance),
            )
        else:
            out.append(block)
    return replace(doc, blocks=tuple(out))


# An item of a bulleted list ends where its line does, full stop or not.
_LISTED = re.compile(r"\s*(?:[•·▪◆●■◦○]|--|[-*–]\s)")
# A letter's closing line, which the signature follows.
_VALEDICTION = re.compile(
    r"(?i:sincerely|respectfully(?: submitted)?|yours (?:sincerely|faithfully|truly)|"
    r"(?:best|kind|warm) regards|regards|with thanks|thank you)[,.!]?"
)


def _inline_run(block: Paragraph, after: Block | None) -> bool:
    """Whether ``block`` is a link or bold run a scrape set on its own line: the sentence goes on
    after it, in lower case (``You can read the full`` / ``Council Plan`` / ``on our website``)."""
    text = plain(block.lead + block.content)
    if not isinstance(after, Paragraph):
        return False
    rest = plain(after.lead + after.content)
    return not ends_sentence(text) and rest[:1].islower() and runs_on(text, rest)


# An item of a numbered English list, whatever its length (``2. The second is …``).
_NUMBERED_ITEM = re.compile(r"\s*(?:\d{1,2}|[a-h]|[ivx]{1,4})[.)]\s+[A-Z“\"]")
# A field of a notice ("地点：市政府第一会议室") is a line of its own.
_FIELD = re.compile(r"[\u4e00-\u9fff]{2,6}[：:]\S")


def _heads_section(out: list[Block], block: Paragraph, ctx: PassContext) -> bool:
    """Whether the last block of ``out`` is an English heading set without numbering: a short
    line in title case after a finished sentence, before a paragraph opening a sentence
    (``Waste and Recycling`` / ``Residents recycled …``)."""
    last = out[-1]
    if ctx.chinese or not isinstance(last, Paragraph) or not title_cased(plain(last.content)):
        return False
    text = plain(last.content)
    before = out[-2] if len(out) > 1 else None
    after = plain(block.lead + block.content)
    return (
        after[:1].isupper()
        and not title_cased(after, sentence_case=False)  # a signature's name, then its office
        and not text.endswith((",", ";"))
        and (
            before is None
            or isinstance(before, Heading)
            or (isinstance(before, Paragraph) and ends_sentence(plain(before.content)))
        )
    )


def _starts_item(text: str, ctx: PassContext) -> bool:
    """A numbered item, a glossary entry, a notice's field, or a date on its own line (under a
    signature) starts its own block."""
    return (
        match_numbering(text, chinese=ctx.chinese) is not None
        or (not ctx.chinese and bool(_NUMBERED_ITEM.match(text)))
        or match_entry(text, loose=False) is not None
        or is_date_line(text)
        or bool(ctx.chinese and _FIELD.match(text))
    )


def _ends_in_code(paragraph: Paragraph) -> bool:
    return bool(paragraph.content) and isinstance(paragraph.content[-1], CodeSpan)


def _open_end(text: str) -> str:
    return f"paragraph ends without closing punctuation (…{text[-12:]})"


def unterminated_paragraphs(doc: Document) -> Iterator[tuple[int, Diagnostic]]:
    """Paragraphs that end without closing punctuation, often a paragraph cut in two: each one's
    index in ``doc.blocks`` and the warning about it. One that ends in code (``… run
    `triptych build` ``) is not judged: code has no sentence to end."""
    for i, block in enumerate(doc.blocks):
        if not isinstance(block, Paragraph) or _ends_in_code(block):
            continue
        text = plain(block.content)
        if not ends_sentence(text):
            where = block.provenance
            yield (
                i,
                Diagnostic(
                    Code.UNTERMINATED_PARAGRAPH,
                    f"{_open_end(text)}; check the source",
                    where.source,
                    where.first_line,
                ),
            )


def mark_unterminated(doc: Document, ctx: PassContext) -> Document:
    """Put every paragraph still ending without closing punctuation on record, with the reason."""
    blocks = doc.blocks
    for i, warning in unterminated_paragraphs(doc):
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        reason = (
            "it is the last paragraph of the body"
            if nxt is None
            else "a heading follows it"
            if isinstance(nxt, Heading)
            else "the next paragraph is a numbered item, an entry, a field or a date line"
        )
        block = blocks[i]
        assert isinstance(block, Paragraph)
        ctx.record(
            NAME,
            "keep-unterminated",
            warning.line,
            "",
            "",
            note=f"{_open_end(plain(block.content))}; kept as is because {reason}",
        )
        ctx.warn(warning.code, warning.message, warning.line)
    return doc


PARAGRAPHS = DocumentPass(NAME, _run)

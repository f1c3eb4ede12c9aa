"""Find the title (and the lines under it) and the numbered section headings with their levels."""

from __future__ import annotations

import re
from dataclasses import replace

from ..diagnostics import Code
from ..model import Block, Document, Heading, Paragraph, Text, plain
from .chars import ends_sentence
from .context import DocumentPass, PassContext
from .patterns import (
    find_date,
    glossary_title,
    is_date_line,
    is_glossary_heading,
    match_entry,
    match_numbering,
    opens_glossary,
)

__all__ = ["HEADINGS", "TITLE"]

TITLE_MAX = 50
SUBTITLE_MAX = 120
_SUBTITLE = re.compile(r"(?:——|—|--).+|[（(][^)）]+[)）]")
_ISSUER = re.compile(r".{2,30}(?:人民政府|委员会|办公厅|办公室|政府|研究院|研究所)")


def _text(block: Block) -> str:
    return plain(block.content) if isinstance(block, Paragraph) else block.text


def _is_title(text: str, ctx: PassContext) -> bool:
    return (
        len(text) <= TITLE_MAX
        and not ends_sentence(text)
        and match_numbering(text, chinese=ctx.chinese) is None
        and not glossary_title(text)
        and match_entry(text, loose=False) is None
    )


def _title(doc: Document, ctx: PassContext) -> Document:
    blocks = list(doc.blocks)
    meta = doc.meta
    if blocks and isinstance(blocks[0], Paragraph) and _is_title(_text(blocks[0]), ctx):
        meta = replace(meta, title=_text(blocks.pop(0)))
        if blocks and isinstance(blocks[0], Paragraph):
            text = _text(blocks[0])
            if (
                len(text) <= SUBTITLE_MAX
                and (_SUBTITLE.fullmatch(text) or is_date_line(text))
                and match_numbering(text, chinese=ctx.chinese) is None
            ):
                meta = replace(meta, subtitle=text, date=find_date(text) or meta.date)
                blocks.pop(0)
        if blocks and isinstance(blocks[0], Paragraph) and _ISSUER.fullmatch(_text(blocks[0])):
            meta = replace(meta, issuer=_text(blocks.pop(0)))
    else:
        stem = ctx.source.rsplit("/", 1)[-1].split(".", 1)[0] or "Untitled"
        ctx.warn(
            Code.NO_TITLE,
            f"no title line found at the top; using {stem!r}. Put the title on the first line, "
            "or set it in the canonical source's front matter",
            1,
        )
        ctx.record("title", "derive-title", 0, "", stem, note="no title line in the input")
        meta = replace(meta, title=stem)
    return replace(doc, meta=meta, blocks=tuple(blocks))


def _headings(doc: Document, ctx: PassContext) -> Document:
    """Numbered lines become headings; headings found before keep theirs, so the pass can run
    again after paragraph repair has rejoined a heading that a column break had cut."""
    found: list[tuple[int, float]] = []  # (index into out, rank)
    out: list[Block] = []
    blocks = doc.blocks
    in_glossary = False
    for i, block in enumerate(blocks):
        where = block.provenance
        if isinstance(block, Heading):
            in_glossary = in_glossary or is_glossary_heading(block)
            again = match_numbering(block.number + block.text, chinese=ctx.chinese)
            if block.number and again is not None:
                found.append((len(out), again.rank))
            out.append(block)
            continue
        text = _text(block)
        following = [_text(b) for b in blocks[i + 1 : i + 3]]
        if not in_glossary and opens_glossary(text, following):
            in_glossary = True
            out.append(Heading(1, "", text, "", provenance=where))
            continue
        numbering = None if in_glossary else match_numbering(text, chinese=ctx.chinese)
        if numbering is None:
            out.append(block)
            continue
        found.append((len(out), numbering.rank))
        out.append(Heading(0, numbering.number, numbering.title, "", provenance=where))
        if numbering.rest:
            ctx.record(
                "headings",
                "split-run-in-heading",
                where.first_line,
                "",
                "",
                note="text after the heading on its line starts a paragraph",
            )
            out.append(Paragraph((Text(numbering.rest),), provenance=where))
    ranks = sorted({rank for _, rank in found})
    level = {rank: min(i + 1, 6) for i, rank in enumerate(ranks)}
    for index, rank in found:
        heading = out[index]
        assert isinstance(heading, Heading)
        out[index] = replace(heading, level=level[rank])
    return replace(doc, blocks=tuple(out))


TITLE = DocumentPass("title", _title)
HEADINGS = DocumentPass("headings", _headings)

"""Find the title (and the lines under it) and the numbered section headings with their levels."""

from __future__ import annotations

import re
from dataclasses import replace

from ..diagnostics import Code
from ..model import Block, Document, Heading, Paragraph, Text, plain
from .chars import ends_sentence
from .context import DocumentPass, PassContext
from .patterns import glossary_title, match_entry, match_numbering, opens_glossary

__all__ = ["HEADINGS", "TITLE"]

TITLE_MAX = 50
SUBTITLE_MAX = 120
_SUBTITLE = re.compile(r"(?:——|—|--).+|[（(][^)）]+[)）]")
_ZH_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_DATE_LINE = re.compile(r"[（(]?\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[)）]?")
_ISSUER = re.compile(r".{2,30}(?:人民政府|委员会|办公厅|办公室|政府|研究院|研究所)")


def _date(text: str) -> str:
    if m := _ZH_DATE.search(text) or _ISO_DATE.search(text):
        year, month, day = (int(g) for g in m.groups())
        if 1 <= month <= 12 and 1 <= day <= 31:
            return f"{year:04d}-{month:02d}-{day:02d}"
    return ""


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
                and (_SUBTITLE.fullmatch(text) or _DATE_LINE.fullmatch(text))
                and match_numbering(text, chinese=ctx.chinese) is None
            ):
                meta = replace(meta, subtitle=text, date=_date(text))
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
    found: list[tuple[int, float]] = []  # (index into out, rank)
    out: list[Block] = []
    in_glossary = False
    blocks = doc.blocks
    for i, block in enumerate(blocks):
        assert isinstance(block, Paragraph)
        text = _text(block)
        where = block.provenance
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

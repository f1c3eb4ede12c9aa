"""Set apart run-in lead sentences ("打造一流营商环境。…"), joining a lone lead to its paragraph."""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Block, Document, Paragraph, Text, plain
from .chars import ends_sentence
from .context import DocumentPass, PassContext
from .patterns import glossary_heading, match_entry, title_cased

__all__ = ["LEADS"]

NAME = "leads"

# A lead is one short sentence with no inner pause: a heading run into its paragraph.
_ZH_LEAD = re.compile(r"[^，,；;：:、。！？!?]{2,20}。")
_EN_LEAD = re.compile(r"[A-Z][A-Za-z’'\- ]{2,60}?\.(?=\s)")
_EN_MAX_WORDS = 8
# A lead a page set on a line of its own (bold markup) may have a pause: one sentence
# (``一是加大宏观调控力度，推动经济持续回升向好。``) before its paragraph.
_ZH_LONE_LEAD = re.compile(r"[^。！？!?；;：:]{2,32}。|(?:各位代表|代表们|同志们)[！!]")
_EN_LONE_LEAD = re.compile(r"[A-Z][^.!?;:]{5,100}\.")  # ``First, we kept the economy stable.``
_EN_LONE_WORDS = 14
# Leads are a house style: only documents that use them often get them.
MIN_LEADS = 3
MIN_SHARE = 0.15


def _lead_of(text: str, ctx: PassContext) -> str | None:
    """The lead sentence opening ``text`` (may be all of it), or None."""
    if ctx.chinese:
        m = _ZH_LEAD.match(text)
        return m.group() if m else None
    m = _EN_LEAD.match(text + " ")
    if m and len(m.group().split()) <= _EN_MAX_WORDS and not _INITIAL.search(m.group()):
        return m.group()
    return None


_INITIAL = re.compile(r"(?:^|\s)[A-Z]\.$")  # a name's initial, no sentence's end (``Yusador S.``)


def _lone_lead(text: str, following: Block | None, ctx: PassContext) -> bool:
    """Whether ``text`` is a lead standing alone above ``following``, the paragraph it leads."""
    if not isinstance(following, Paragraph) or following.lead:
        return False
    if _lead_of(text, ctx) != text and not _one_sentence(text, ctx):
        return False
    nxt = plain(following.content)
    return not (
        _lead_of(nxt, ctx) is not None  # a paragraph with a lead of its own: an item of a list
        or _one_sentence(nxt, ctx)
        or match_entry(nxt, loose=False) is not None
        or not (ctx.chinese or nxt[:1].isupper())
        # a line in title case with no full stop is the next heading, not a paragraph
        or (not ctx.chinese and not ends_sentence(nxt) and title_cased(nxt))
    )


def _one_sentence(text: str, ctx: PassContext) -> bool:
    """Whether ``text`` is one short sentence, as a lead set on its own line is."""
    if ctx.chinese:
        return bool(_ZH_LONE_LEAD.fullmatch(text))
    return bool(_EN_LONE_LEAD.fullmatch(text)) and len(text.split()) <= _EN_LONE_WORDS


def _body_end(blocks: tuple[Block, ...], ctx: PassContext) -> int:
    """Where the body stops: at a glossary heading or the first definition list, whose entries
    are not the body's."""
    end = glossary_heading(blocks)
    if ctx.definition_lists:
        start = ctx.definition_lists[0].start
        listed = next((i for i, b in enumerate(blocks) if b.provenance.first_line >= start), None)
        if listed is not None and (end is None or listed < end):
            end = listed
    return len(blocks) if end is None else end


def _run(doc: Document, ctx: PassContext) -> Document:
    end = _body_end(doc.blocks, ctx)
    body = doc.blocks[:end]
    paragraphs = [b for b in body if isinstance(b, Paragraph) and not b.lead]
    run_in = sum(
        1
        for p in paragraphs
        if (lead := _lead_of(plain(p.content), ctx)) and lead != plain(p.content)
    )
    alone = sum(
        1
        for i, b in enumerate(body[:-1])
        if isinstance(b, Paragraph)
        and not b.lead
        and _lone_lead(plain(b.content), body[i + 1], ctx)
    )
    if run_in + alone < MIN_LEADS or run_in + alone < MIN_SHARE * len(paragraphs):
        return doc
    out: list[Block] = []
    blocks = body
    skip = False
    for i, block in enumerate(blocks):
        if skip:
            skip = False
            continue
        if not isinstance(block, Paragraph) or block.lead:
            out.append(block)
            continue
        text = plain(block.content)
        lead = _lead_of(text, ctx)
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        if _lone_lead(text, nxt, ctx) and isinstance(nxt, Paragraph):
            following = plain(nxt.content)
            # a lead with a pause inside is no run-in lead once written out; it opens the text
            marked = lead == text
            lead = text
            ctx.record(
                NAME,
                "join-lone-lead",
                block.provenance.first_line,
                "",
                "",
                note=f"{lead} stood alone; it leads the paragraph at line "
                f"{nxt.provenance.first_line}",
            )
            out.append(
                Paragraph(
                    (
                        Text(
                            following
                            if marked
                            else ctx.join(NAME, nxt.provenance.first_line, lead, following)
                        ),
                    ),
                    lead=(Text(lead),) if marked else (),
                    provenance=block.provenance.merge(nxt.provenance),
                )
            )
            skip = True
            continue
        if lead and lead != text:
            ctx.record(NAME, "set-run-in-lead", block.provenance.first_line, "", "", note=lead)
            out.append(replace(block, lead=(Text(lead),), content=(Text(text[len(lead) :]),)))
            continue
        out.append(block)
    return replace(doc, blocks=(*out, *doc.blocks[end:]))


LEADS = DocumentPass(NAME, _run)

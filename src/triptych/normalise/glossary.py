"""Find the glossary (under its heading, or a trailing run of entries) and parse its entries."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ..diagnostics import Code
from ..model import (
    Block,
    Document,
    Glossary,
    GlossaryEntry,
    Heading,
    Paragraph,
    Provenance,
    Text,
    plain,
)
from .chars import ends_sentence, is_cjk
from .context import DocumentPass, PassContext
from .deflists import cross_reference, dashed, inline_entry, list_term, unbulleted
from .patterns import (
    GLOSSARY_PREAMBLE_MAX,
    NOTES_HEADING,
    PREAMBLE_MIN,
    SMALL_WORDS,
    EntryMatch,
    Numbering,
    after_top_section,
    defines,
    defining_sentence,
    ends_on_small_word,
    glossary_heading,
    glossary_title,
    header_row,
    letter_divider,
    match_entry,
    match_listed,
    numbered_defined,
    opens_glossary,
    opens_speech,
    section_numbering,
    spells_out,
    title_cased,
)

__all__ = ["GLOSSARY"]

NAME = "glossary"
MIN_HEADLESS_ENTRIES = 2


@dataclass(slots=True)
class _Draft:
    term: str
    definition: str
    page: str
    number: str
    provenance: Provenance
    listed: bool = False
    shaped: bool = False
    """Whether its line held the term and the definition in a weak shape (``术语：定义``)."""
    parts: list[str] = field(default_factory=list)


def _text(block: Block) -> str:
    if isinstance(block, Heading):
        return block.number + block.text
    return plain(block.lead + block.content) if isinstance(block, Paragraph) else block.text


_NOTE_MARK = re.compile(r"\s*[［\[〔【]\d{1,3}[］\]〕】]")


def _trusted(entry: EntryMatch, text: str) -> bool:
    """Whether an entry without a glossary heading over it is marked as a glossary's: a Chinese
    term that only a list's number makes an entry (``1、一期：开发面积…``, a report's item) needs
    its page, its quotes or a definition that says what it refers to. A run of entries is a
    glossary when half of them are marked."""
    if not any(map(is_cjk, entry.term)) or entry.page:
        return True
    if _NOTE_MARK.match(text):
        return True  # a note's number in brackets (``［8］田长制：…``)
    head = re.split(r"[:：]", text, maxsplit=1)[0]  # the term's side of its colon
    return "“" in head or defines(entry.definition) or not entry.number


def _headless_region(blocks: tuple[Block, ...], title: str = "") -> tuple[int, int] | None:
    """The trailing run of strong entries and their continuations (start, end), if there is
    one; what a scrape left after it without a word (a stray quote) is not the glossary's.
    ``title``, the document's, may ask what its terms mean."""
    start = None
    terms: list[str] = []
    entries = trusted = 0
    end = len(blocks)
    while end > 0 and not any(c.isalnum() for c in _text(blocks[end - 1])):
        end -= 1
    for i in range(end - 1, -1, -1):
        block = blocks[i]
        if isinstance(block, Heading):
            break
        entry = match_entry(_text(block), loose=False)
        if entry is not None:
            start, entries = i, entries + 1
            trusted += _trusted(entry, _text(block))
            terms.append(entry.term)
        elif (
            i > 0
            and isinstance(blocks[i - 1], Paragraph)
            and not ends_sentence(_text(blocks[i - 1]))
        ) or (start is not None and _defined_above(blocks, i)):
            continue
        else:
            break
    if start is None or entries < MIN_HEADLESS_ENTRIES:
        return None
    # half the entries marked as a glossary's; or a sentence above, or the title, that
    # announces one or asks what the terms are; or a paragraph above that names half of them
    above = [_text(b) for b in blocks[max(0, start - ANNOUNCE_BLOCKS) : start]]
    announced = any(_ANNOUNCES.search(t) for t in [*above[-1:], title]) or any(
        2 * sum(term in t for term in terms) >= entries for t in above
    )
    if not (announced or 2 * trusted >= entries):
        return None
    while glossary_title(title) and start > 0 and _loose_entry(blocks[start - 1]):
        start -= 1  # a glossary's page: its first entries may be in a weaker shape
    return start, end


def _glossary_end(blocks: tuple[Block, ...], heading: int, ctx: PassContext) -> int:
    """Where the glossary under the heading ``heading`` ends: at the next section's heading the
    headings pass found, at its level or above when the glossary's heading is numbered
    (``1. Definitions`` … ``2. Data sources``), or the body's top-level section after the last
    one before the glossary when it is not (``一、总人口`` … ``注释：`` … ``二、农业``)."""
    own = _numbering(blocks[heading], ctx)
    before = (
        [] if own else [(n.rank, n.number) for b in blocks[:heading] if (n := _numbering(b, ctx))]
    )
    return next(
        (
            j
            for j in range(heading + 1, len(blocks))
            if (other := _numbering(blocks[j], ctx)) is not None
            and (other.rank <= own.rank if own is not None else after_top_section(other, before))
        ),
        len(blocks),
    )


def _numbering(block: Block, ctx: PassContext) -> Numbering | None:
    """The numbering of a numbered heading (a number without its stop too, ``4 Requirements``),
    or None for any other block."""
    if not isinstance(block, Heading):
        return None
    return section_numbering(f"{block.number} {block.text}", chinese=ctx.chinese)


def _title_above(body: tuple[Block, ...]) -> int | None:
    """The index of the glossary's heading left a paragraph at the end of ``body``, over the
    list found when the text was cut into blocks: the last paragraph, or the one before a
    sentence on how to read the glossary; None when there is none."""
    for back in range(1, GLOSSARY_PREAMBLE_MAX + 1):
        if len(body) < back or not isinstance(body[-back], Paragraph):
            return None
        text = _text(body[-back])
        if glossary_title(text) and not match_entry(text, loose=False):
            return len(body) - back
        if not (ends_sentence(text) and len(text) > PREAMBLE_MIN):
            return None
    return None


DEFINITION_PARAGRAPHS_MAX = 3


def _defined_above(blocks: tuple[Block, ...], i: int) -> bool:
    """Whether the paragraph ``i``, between two entries, goes on the definition of an entry a
    few paragraphs above that says what its term refers to (``人口数 指…`` / ``年度统计的年末
    人口数指…`` / ``城镇人口和乡村人口 …``): a yearbook's definitions run to paragraphs."""
    for block in blocks[max(0, i - DEFINITION_PARAGRAPHS_MAX) : i][::-1]:
        if not isinstance(block, Paragraph):
            return False
        entry = match_entry(_text(block), loose=False)
        if entry is not None:
            return defines(entry.definition)
    return False


def _leading_region(blocks: tuple[Block, ...]) -> tuple[int, int] | None:
    """A run of numbered entries at the top, the speech opening after it (``1.“三个着力”重要
    要求：…`` … ``16.I型大城市：…`` / ``各位代表：``): a news page that sets the report's glossary
    first."""
    end = 0
    for block in blocks:
        entry = match_entry(_text(block), loose=False) if isinstance(block, Paragraph) else None
        if entry is None or not entry.number or not entry.definition:
            break
        end += 1
    if end >= LEADING_MIN and end < len(blocks) and opens_speech(_text(blocks[end])):
        return 0, end
    return None


LEADING_MIN = 5


def _loose_entry(block: Block) -> bool:
    return isinstance(block, Paragraph) and match_entry(_text(block), loose=True) is not None


ANNOUNCE_BLOCKS = 3
# a sentence that says a glossary follows (``梳理了一本“小词典”，24个名词解释方便大家读懂``),
# or asks what its terms are (``什么是“四上”企业？``, ``统计“四上”企业指哪些？``)
_ANNOUNCES = re.compile(
    r"名词解释|名词注释|名词释义|名詞解釋|词典|詞典|术语|術語|什么是|是什么|指什么|指哪些|含义|定义"
)


def _run(doc: Document, ctx: PassContext) -> Document:
    blocks = doc.blocks
    heading = glossary_heading(blocks)
    if heading is not None:
        title_block = blocks[heading]
        assert isinstance(title_block, Heading)
        title, body = _heading_title(title_block), blocks[:heading]
        end = _glossary_end(blocks, heading, ctx)
        region, after = blocks[heading + 1 : end], blocks[end:]
    else:
        found = (
            _headless_region(blocks, doc.meta.title)
            or _list_region(blocks, ctx)
            or _leading_region(blocks)
        )
        if found is None:
            return doc
        start, end = found
        title, region, body = "", blocks[start:end], blocks[:start]
        after = blocks[end:]
        first = _text(region[0]) if region else ""
        second = _text(region[1]) if len(region) > 1 else ""
        if glossary_title(first) and not match_entry(first, loose=False):
            # the list's own heading, run into its first entry on the page (``Glossary of terms
            # and acronyms Advocacy Proactively …``) and cut from it
            title, region = first.strip(), region[1:]
        elif glossary_title(second) and not match_entry(second, loose=False):
            # ... or run on after the page's other text on the same line (``… Part IV:
            # Appendices GLOSSARY OF TERMS activity: the goods …``): that text is the body's
            body = (*body, region[0])
            title, region = second.strip(), region[2:]
        elif (heading_at := _title_above(body)) is not None:
            # the list's heading on the line above it, which the headings pass left a
            # paragraph (``Glossary`` / ``Accountability is traditionally …``), perhaps over a
            # word on how to read it (``Annex B Glossary`` / ``This glossary provides …``)
            title = _text(body[heading_at]).strip()
            body = body[:heading_at] + body[heading_at + 1 :]
    loose = heading is not None or glossary_title(doc.meta.title)  # under its heading or title
    sentences = heading is not None and not NOTES_HEADING.fullmatch(title)
    recorded = len(ctx.ledger)
    drafts, strays, unparsed = _parse(region, ctx, loose=loose, sentences=sentences)
    if heading is None and 2 * sum(_figures_only(d.definition) for d in drafts) > len(drafts):
        # a table set a cell a line (``地区生产总值 |`` / ``529757 |`` / ``13.1 |``): its rows
        # give figures, no glossary gives only figures for its meanings; what reading it as one
        # recorded is taken back
        del ctx.ledger.entries[recorded:]
        return doc
    # under a heading with no entry at all, the text is the body's and says nothing amiss
    for line in unparsed if drafts else ():
        ctx.warn(
            Code.GLOSSARY_ENTRY_UNPARSED,
            "text under the glossary heading is not an entry; it was kept in the body",
            line,
        )
    if not drafts:
        if heading is None:
            return doc
        # a heading such as 注释 with no entry under it is ordinary text, unless it is the
        # page's title (``SBOA Glossary of …`` over its preface alone)
        said = () if title.strip() == doc.meta.title.strip() else (title,)
        if not said:
            line = blocks[heading].provenance.first_line
            ctx.record(NAME, "remove-repeated-title", line, title, "", note="the page's title")
        return replace(
            doc,
            blocks=(
                *body,
                *(Paragraph((Text(t),), provenance=blocks[heading].provenance) for t in said),
                *region,
                *after,
            ),
        )
    body = (*body, *strays, *after)
    entries = tuple(_entry(d, ctx) for d in drafts)
    _report_duplicate_terms(entries, ctx)
    return replace(doc, blocks=tuple(body), glossary=Glossary(title=title, entries=entries))


DEFINING_SENTENCES_MIN = 4
DEFINING_SHARE = 0.8


def _defining_sentences(region: tuple[Block, ...]) -> bool:
    """Whether the paragraphs under a glossary's heading are, nearly all, sentences that each
    define their subject (four at least)."""
    paragraphs = [_text(b) for b in region if isinstance(b, Paragraph)]
    defining = sum(defining_sentence(t) is not None for t in paragraphs)
    return defining >= DEFINING_SENTENCES_MIN and defining >= DEFINING_SHARE * len(paragraphs)


# the heading of a part of a glossary's page that is no term (``Preface`` over the page's words
# on how the glossary came to be)
_PART_HEADING = re.compile(
    r"(?i:preface|foreword|introduction|acknowledg(?:e)?ments|(?:table of )?contents"
    r"|executive summary|about (?:this|the) (?:glossary|dictionary|list)"
    r"|how to use (?:this|the) (?:glossary|dictionary|list))"
)


def _figures_only(definition: str) -> bool:
    """Whether a definition holds no word: figures, units' signs and a table's bars only."""
    return not any(c.isalpha() for c in definition)


def _heading_title(heading: Heading) -> str:
    """The glossary's title, with its section's number when it had one
    (``第三部分：专业名词解释``)."""
    if not heading.number:
        return heading.text
    closed = heading.number.endswith(("：", ":", "、", "．"))
    glue = "" if closed and is_cjk(heading.text[0]) else " "
    return f"{heading.number}{glue}{heading.text}"


def _list_region(blocks: tuple[Block, ...], ctx: PassContext) -> tuple[int, int] | None:
    """The blocks of the text's definition lists (``start``, ``end``), with the letter over the
    first group, or None when it has none."""
    if not ctx.definition_lists:
        return None
    first, last = ctx.definition_lists[0].start, ctx.definition_lists[-1].end
    inside = [i for i, b in enumerate(blocks) if first <= b.provenance.first_line <= last]
    if not inside:
        return None
    start = inside[0]
    while start > 0 and letter_divider(unbulleted(_text(blocks[start - 1]))):
        start -= 1
    if start > 0 and header_row(_text(blocks[start - 1])):
        start -= 1  # the header row of the table the list was
    return start, inside[-1] + 1


def _parse(
    region: tuple[Block, ...], ctx: PassContext, *, loose: bool, sentences: bool = False
) -> tuple[list[_Draft], list[Block], list[int]]:
    """The entries of ``region``, the blocks under it that are none, and the lines of those that
    are no entry in any shape (to be reported when the region holds entries). ``loose``: under a
    glossary's heading or title, weaker shapes are entries; ``sentences``: under a heading of
    definitions, a run of sentences that each define their subject are too."""
    drafts: list[_Draft] = []
    strays: list[Block] = []
    unparsed: list[int] = []  # the lines under the heading that are no entry
    terms, entries = ctx.terms(), ctx.entry_lines()
    # the stretches of terms alone on their lines, where whatever is not a term is a definition
    definitions = [(d.start, d.end) for d in ctx.definition_lists if not d.inline]
    term_end = 0  # the last line of the term being read, when a page wrapped it
    cased = False  # whether the entries are a table's rows under its header row
    skip_to = 0  # past a header row set a cell a line
    remarked = False  # whether the last line was the remark of a term alone on its line
    # under its heading, a list whose every paragraph is a sentence that defines its subject
    # (``The opening balance is …`` / ``Adjustments refer to …``), in any order
    sentences = sentences and _defining_sentences(region)
    for i, block in enumerate(region):
        if i < skip_to:
            continue
        text = _text(block)
        if isinstance(block, Heading) and _CLAUSE_NUMBER.fullmatch(block.number):
            text = f"{block.number} {block.text}"  # a standard's clause (``3.2 Technical Report``)
        where = block.provenance
        if letter_divider(unbulleted(text)):
            ctx.record(NAME, "remove-letter-divider", where.first_line, text, "")
            continue
        line = where.first_line
        if drafts and line <= term_end:
            _wrapped_term(drafts[-1], text, where, ctx)
            continue
        if drafts and not drafts[-1].definition and (ref := _PAGE_ALONE.fullmatch(text)):
            # the page of the term above, on a line of its own (``1.公共物品：`` / ``【P14】``,
            # ``【】`` when the page was left blank)
            page = ref["page"] or ref["cited"] or ""
            ctx.record(NAME, "parse-entry", where.first_line, text, page, note="its page")
            drafts[-1].page = drafts[-1].page or page
            continue
        if drafts and drafts[-1].definition and cross_reference(text):
            _continue(drafts[-1], text, where, ctx)  # ``See: Data Sources`` under a definition
            continue
        if drafts and not drafts[-1].definition and _REMARK.fullmatch(text):
            # a term's remark on the next line (``Clear opinion`` / ``(or unqualified opinion)``),
            # its definition on the line after
            _wrapped_term(drafts[-1], text, where, ctx)
            remarked = True
            continue
        if remarked and drafts and not drafts[-1].definition:
            _continue(drafts[-1], text, where, ctx)
            remarked = False
            continue
        remarked = False
        if line in entries and (
            found := inline_entry(text, cased=cased, verb=True, glued=True, capital=True)
        ):
            drafts.append(_start(found, text, where, ctx))
            continue
        if line in terms:
            # a definition list's term, alone on its line over its definition
            term_end = terms[line]
            term, number = list_term(text)
            found = EntryMatch(term, "", number=number, strong=False)
            drafts.append(_start(found, text, where, ctx))
            continue
        if drafts and any(a <= line <= b for a, b in definitions):
            _continue(drafts[-1], _without_bullet(text, line, ctx), where, ctx)
            continue
        if not drafts and glossary_title(text) and not match_entry(text, loose=False):
            # the list's own heading under the page's (``Glossary of Terms`` / ``Glossary``)
            ctx.record(
                NAME, "join-glossary-sections", where.first_line, text, "", note="a list's heading"
            )
            continue
        if header_row(text) and (not drafts or not _in_definition(drafts[-1], text)):
            # the table's header row, said again over each letter's rows (``Terms Definition``)
            ctx.record(NAME, "remove-table-header", where.first_line, text, "", note="its columns")
            cased = True
            continue
        if not drafts and (cells := _header_cells(region, i)):
            # a header row a cell a line (``Acronym`` / ``Meaning`` / ``Description``)
            for cell in region[i : i + cells]:
                line = cell.provenance.first_line
                ctx.record(NAME, "remove-table-header", line, _text(cell), "", note="a column")
            skip_to = i + cells
            continue
        if drafts and opens_glossary(text, [_text(b) for b in region[i + 1 : i + 4]]):
            # a second list under its own heading (``Abbreviations`` after ``Glossary``) goes on
            # the one glossary
            ctx.record(
                NAME, "join-glossary-sections", where.first_line, text, "", note="a list's heading"
            )
            continue
        last = drafts[-1] if drafts else None
        if sentences and (found := defining_sentence(text)):
            drafts.append(_start(found, text, where, ctx))
            continue
        strong = match_entry(text, loose=False)
        weak = None if strong else (match_entry(text, loose=True) if loose else None)
        if (
            cased
            and strong is None
            # a term alone in title case is no row run together (``Expense Recognition
            # Principles`` over its definition)
            and not (title_cased(text, sentence_case=False) and not ends_sentence(text))
            and (row := inline_entry(text, cased=True)) is not None
            # the longer term, where another shape cut at its first word (``Accrual`` /
            # ``Accounting A system …``)
            and (
                weak is None or (len(row.term) > len(weak.term) and row.term.startswith(weak.term))
            )
        ):
            weak = row  # a table's row under its header: the term up to its definition's capital
        if loose and not strong and (weak is None or ends_on_small_word(weak.term)):
            # read as a list's line, where no other shape holds; a term never ends on a small
            # word (``Emphasis of`` / ``Matter A paragraph …``)
            weak = inline_entry(text, lower=False) or weak
        if (
            weak is not None
            and not weak.definition
            and not _definition_follows(region, i, terms)
            and not _expansion_follows(weak.term, region, i)
        ):
            weak = None  # a term alone on its line needs its definition on the next
        if weak is not None and not weak.definition and _PART_HEADING.fullmatch(weak.term):
            weak = None  # a glossary page's preface under its own heading, no term
        if (
            strong is None
            and last is not None
            and last.listed
            and not (weak and weak.listed)
            and _listed_next(region, i)
        ):
            weak = match_listed(text) or weak  # a line between two of the list's is one too
        # a line of the same shape as the entry before it starts an entry of its own, whether
        # or not that entry's definition ended with a full stop (``ABS  Australian Bureau …``,
        # ``agency: a department …``)
        listed = weak is not None and weak.listed and last is not None and last.listed
        shaped = weak is not None and bool(weak.definition) and last is not None and last.shaped
        # a term alone on its line after an abbreviation list's last line (``SES  Senior …`` /
        # ``Administered item`` / its definition)
        alone = weak is not None and not weak.definition and last is not None and last.listed
        # a standard's term under its clause's number starts an entry, though the definition
        # before it has no full stop (``3.1.1 international standard``)
        clause = (
            weak is not None
            and bool(_CLAUSE_NUMBER.fullmatch(weak.number))
            and (
                last is None
                or bool(_CLAUSE_NUMBER.fullmatch(last.number))
                or ends_sentence(last.definition)
            )
        )
        # the next of a numbered list's entries, its term run into the verb that explains it
        # (``6.项目支出：指…`` / ``8.文化旅游体育与传媒支出反映…``)
        sequel = strong is None and last is not None and _next_in_list(last, text)
        if sequel:
            weak = numbered_defined(text)
        if clause and weak is not None and _groups(weak.number, region[i + 1 : i + 2]):
            strays.append(block)  # a clause that groups the terms under it (``3.2 Technical …``)
            continue
        if (
            strong is None
            and last is not None
            and not listed
            and not shaped
            and not alone
            and not clause
            and not sequel
            and (
                not last.definition
                or not ends_sentence(last.definition)
                # the items of a list the definition leads into (``Committee includes:``)
                or (last.definition.endswith((":", "：")) and unbulleted(text) != text)
            )
        ):
            _continue(last, text, where, ctx)
        elif (m := strong or weak) is not None:
            drafts.append(_start(_ordinal_split(m, last), text, where, ctx))
        elif last is not None and last.number and _NOTE_MARK.match(text):
            # a note of the list that explains no word (``[3]香港特别行政区的人口数为…``) is the
            # text's, never the definition above it
            strays.append(block)
        elif last is not None and _ASIDE.fullmatch(text):
            # a note in brackets after a finished entry is the page's (``(Translated by …)``)
            strays.append(block)
        elif last is not None:
            _continue(last, text, where, ctx)
        else:
            unparsed.append(where.first_line)
            strays.append(block)
    return drafts, strays, unparsed


_CLAUSE_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2}){1,3}")


def _in_definition(draft: _Draft, text: str) -> bool:
    """Whether ``text`` goes on ``draft``'s definition: the definition stops mid-sentence."""
    return bool(draft.definition) and not ends_sentence(draft.definition)


NUMBER_GAP_MAX = 2  # a list may skip a number (``6.`` then ``8.``)


def _next_in_list(last: _Draft, text: str) -> bool:
    """Whether ``text`` is the next entry of the numbered list ``last`` is in: its number a
    little past the last's, its term run into the verb that explains it."""
    found = numbered_defined(text)
    return (
        found is not None
        and last.number.isdigit()
        and 0 < int(found.number) - int(last.number) <= NUMBER_GAP_MAX
    )


def _groups(number: str, following: tuple[Block, ...]) -> bool:
    """Whether the clause ``number`` heads the clause that follows it (``3.2`` over ``3.2.1``)."""
    if not following:
        return False
    block = following[0]
    text = f"{block.number} {block.text}" if isinstance(block, Heading) else _text(block)
    return text.startswith(f"{number}.")


def _header_cells(region: tuple[Block, ...], i: int) -> int:
    """How many blocks from ``i`` are a table's header row set a cell a line, or 0."""
    for cells in (3, 2):
        texts = [_text(b) for b in region[i : i + cells]]
        if (
            len(texts) == cells
            and all(" " not in t.strip() for t in texts)
            and header_row(" ".join(texts))
        ):
            return cells
    return 0


_ASIDE = re.compile(r"[（(][^()（）]{8,300}[)）]")
_GLUED_ORDINAL = re.compile(r"(\d{1,3})[.．](\S.*)")


def _ordinal_split(m: EntryMatch, last: _Draft | None) -> EntryMatch:
    """The entry with its list number taken off the term where the number looked like a
    decimal's (``3.5G基站`` after entry 2 is entry 3, ``5G基站``)."""
    glued = _GLUED_ORDINAL.fullmatch(m.term)
    if m.number or glued is None or last is None or not last.number.isdigit():
        return m
    if int(glued[1]) != int(last.number) + 1:
        return m
    return replace(m, term=glued[2], number=glued[1])


def _listed_next(region: tuple[Block, ...], i: int) -> bool:
    """Whether the block after ``i`` is an abbreviation list's line too, or there is none."""
    if i + 1 >= len(region):
        return True
    nxt = match_entry(_text(region[i + 1]), loose=True)
    return nxt is not None and nxt.listed


def _definition_follows(region: tuple[Block, ...], i: int, terms: dict[int, int]) -> bool:
    """Whether the block after ``i`` may be a definition: no entry, nor a list's term, nor the
    list's heading said again (``SOUTH TEES HOSPITALS NHS TRUST`` / ``Glossary Of Terms …``)."""
    return (
        i + 1 < len(region)
        and match_entry(_text(region[i + 1]), loose=False) is None
        and region[i + 1].provenance.first_line not in terms
        and not glossary_title(_text(region[i + 1]))
        and not _spaced_dash_entry(_text(region[i + 1]))
    )


_ACRONYM_ALONE = re.compile(r"[A-Z][A-Z0-9&]{1,9}")


def _expansion_follows(term: str, region: tuple[Block, ...], i: int) -> bool:
    """Whether an acronym alone on its line has its expansion on the next, in any entry's shape
    (``ACID`` / ``Access Identification — A user's code …``)."""
    if not _ACRONYM_ALONE.fullmatch(term) or i + 1 >= len(region):
        return False
    # the words before the next line's own separator spell it (never ``DRAFT`` over
    # ``Deferred Revenue - Amounts received …``)
    head = _SEPARATOR.split(_text(region[i + 1]), maxsplit=1)[0]
    return spells_out(term, head)


_SEPARATOR = re.compile(r"\s+[—–-]\s+|\s*[:：]\s+")


def _spaced_dash_entry(text: str) -> bool:
    """Whether ``text`` is an entry in its own right, its term parted by a spaced dash
    (``A&E - Accident and Emergency …``)."""
    m = match_entry(text, loose=True)
    return m is not None and bool(m.definition) and dashed(text, m.term)


def _acronym_first(m: EntryMatch, raw: str) -> EntryMatch:
    """``m`` with its term cut to the acronym it opens with, when the words after it spell it
    out (``KPI Key performance indicator – information about …``): they are its definition."""
    words = m.term.split()
    at = raw.find(m.term)
    if (
        len(words) < 2
        or not _ACRONYM.fullmatch(words[0])
        or at < 0
        or not raw.rstrip().endswith(m.definition.rstrip())
    ):
        return m
    letters = re.sub(r"[^A-Z]", "", words[0])
    # its words may go on past a dash the page put in them (``AAH-I Action Africa Help -
    # International``)
    spelled = [
        w
        for w in [*words[1:], *m.definition.split()]
        if w[:1].isalpha() and w.lower() not in SMALL_WORDS
    ]
    initials = "".join(w[0] for w in spelled[: len(letters)])
    if initials.upper() != letters or len(words) - 1 > len(letters):
        return m
    return replace(m, term=words[0], definition=raw[at + len(words[0]) :].strip())


_ACRONYM = re.compile(r"[A-Z][A-Z&\-]{1,9}")
_PAGE_ALONE = re.compile(
    r"\s*(?:【\s*(?P<page>(?:[Pp]\s*)?\d{1,4})?\s*】|[\[(（]\s*(?P<cited>(?:[Pp]\s*)?\d{1,4})\s*[\])）])\s*"
)
_REMARK = re.compile(r"\s*[(（][^()（）]{2,60}[)）]\s*")


def _start(m: EntryMatch, raw: str, where: Provenance, ctx: PassContext) -> _Draft:
    m = _acronym_first(m, raw)
    after = " ".join(p for p in (m.term, m.page, m.number, m.definition) if p)
    ctx.record(
        NAME,
        "parse-entry",
        where.first_line,
        raw,
        after,
        note="term, page, number and definition taken apart; the rest was entry syntax",
    )
    shaped = not m.strong and bool(m.definition)
    return _Draft(m.term, m.definition, m.page, m.number, where, listed=m.listed, shaped=shaped)


def _continue(draft: _Draft, text: str, where: Provenance, ctx: PassContext) -> None:
    joined = ctx.join(NAME, where.first_line, draft.definition, text) if draft.definition else text
    action = "rejoin-entry" if draft.definition else "definition-on-next-line"
    ctx.record(
        NAME,
        action,
        where.first_line,
        "",
        "",
        note=f"continues the entry {draft.term!r} from line {draft.provenance.first_line}",
    )
    draft.definition = joined
    draft.provenance = draft.provenance.merge(where)


def _wrapped_term(draft: _Draft, text: str, where: Provenance, ctx: PassContext) -> None:
    ctx.record(
        NAME,
        "rejoin-term",
        where.first_line,
        "",
        "",
        note=f"continues the term {draft.term!r} from line {draft.provenance.first_line}",
    )
    draft.term = ctx.join(NAME, where.first_line, draft.term, text)
    draft.provenance = draft.provenance.merge(where)


def _without_bullet(text: str, line: int, ctx: PassContext) -> str:
    """A definition list's definition without the bullet its list gave it."""
    bare = unbulleted(text)
    if bare != text:
        ctx.record(
            NAME, "remove-list-marker", line, text[: len(text) - len(bare)], "", note="a bullet"
        )
    return bare


def _entry(draft: _Draft, ctx: PassContext) -> GlossaryEntry:
    if not draft.definition:
        ctx.warn(
            Code.GLOSSARY_ENTRY_UNPARSED,
            f"glossary entry {draft.term!r} has no definition",
            draft.provenance.first_line,
        )
    return GlossaryEntry(
        id="",
        term=draft.term,
        definition=(Text(draft.definition),),
        aliases=_aliases(draft),
        page=draft.page,
        number=draft.number,
        provenance=draft.provenance,
    )


# A term with its abbreviation (``Capital Works Order (CWO)``, ``地区生产总值（GDP）``): the body
# may use either alone.
_ABBREVIATED = re.compile(r"(?P<long>.*\S)\s*[（(](?P<short>[A-Z][A-Za-z&.\-]{0,9}[A-Z])[)）]")
# An abbreviation with its long form (``AG (Attorney General)``).
_EXPANDED = re.compile(
    r"(?P<short>[A-Z][A-Za-z&.\-]{0,9}[A-Z])\s*[（(](?P<long>[A-Z][^()（）]{2,60})[)）]"
)
# A term with a remark in brackets after it (``具身智能（外延新词：智能机器人）``, ``Agenda (also
# known as Order Paper)``): the body says the term alone.
_REMARKED = re.compile(
    r"(?P<term>[\u4e00-\u9fff][^（()）]{1,20}?)\s*[（(][^()（）]{1,30}[)）]"
    r"|(?P<word>[A-Za-z][^()]{1,40}?)\s*\((?=[a-z])[^()]{1,40}\)"
)
EXPANSION_WORDS = 8


def _aliases(draft: _Draft) -> tuple[str, ...]:
    """Other words for the term that the body may use: the long form and the abbreviation of an
    abbreviated term (either way round), a term without its bracketed remark, and the
    expansion an abbreviation list gives (``ABS`` /
    ``Australian Bureau of Statistics``)."""
    if m := _ABBREVIATED.fullmatch(draft.term):
        return (m["long"], m["short"])
    if m := _EXPANDED.fullmatch(draft.term):
        return (m["short"], m["long"])
    if m := _REMARKED.fullmatch(draft.term):
        return (m["term"] or m["word"],)
    expansion = draft.definition.strip()
    if (
        draft.listed
        and 1 < len(expansion.split()) <= EXPANSION_WORDS
        and not ends_sentence(expansion)
        and all(w[:1].isupper() or w in SMALL_WORDS for w in expansion.split())
    ):
        return (expansion,)
    return ()


def _report_duplicate_terms(entries: tuple[GlossaryEntry, ...], ctx: PassContext) -> None:
    first: dict[str, GlossaryEntry] = {}
    for entry in entries:
        if entry.term in first:
            ctx.warn(
                Code.DUPLICATE_TERM,
                f"term {entry.term!r} is defined twice (first at line "
                f"{first[entry.term].provenance.first_line}); both entries were kept",
                entry.provenance.first_line,
            )
        else:
            first[entry.term] = entry


GLOSSARY = DocumentPass(NAME, _run)

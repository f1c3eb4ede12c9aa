"""Cut the decoded text into paragraph blocks, one per line, unwrapping hard-wrapped text."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise

from ..model import Document, Glossary, Meta, Paragraph, Provenance, Text, fold
from .chars import LINE_BREAK, ends_sentence, is_cjk
from .chrome import is_caption, is_furniture, opens_link_list
from .context import PassContext
from .deflists import LEXICON, RUN_MIN, definition_lists, run_on_entries, unbulleted
from .pages import DOT_LEADER, RUNNING_MAX, running_key, running_lines
from .patterns import (
    ends_on_small_word,
    glossary_title,
    is_byline,
    match_entry,
    match_numbering,
    opens_speech,
    starts_block,
    title_cased,
)

__all__ = ["segment"]

NAME = "segment"


def _width(line: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)


# In hard-wrapped text a line well short of the wrap width ends its paragraph (or is a line of
# its own: a heading, a menu, a footer), so the next line starts a new block.
SHORT_LINE = 0.6
TERM_LINE = 0.8  # a glossary's term in title case, alone on its line, may be longer
FRONT_LINES = 4
LEXICON_LINES = 5  # lines at the top that may say a page is about words (新词, 热词 …)
# Text whose paragraphs open with an indent (``　　``, as a word processor or PDF gives it): an
# indented line starts a paragraph, whatever punctuation the line before ended with.
_INDENT = re.compile(r"(?:\u3000|\s{2,}|\t)\S")
INDENTED_SHARE = (0.1, 0.7)
INDENT_AFTER_SENTENCE = 0.6


def _opens_paragraphs(
    indented: set[int], groups: list[list[tuple[int, str]]], furniture: set[tuple[int, str]]
) -> bool:
    """Whether the indented lines are paragraphs' first lines: a fair share of the lines, not
    all of them, and mostly after a finished sentence or a short line such as a heading (a
    hanging indent continues the full line before it instead)."""
    # a page's number and running head are set apart however the paragraphs are
    ordered = [(n, line) for group in groups for n, line in group if (n, line) not in furniture]
    opening = {n for n, _ in ordered} & indented
    if not INDENTED_SHARE[0] * len(ordered) <= len(opening) <= INDENTED_SHARE[1] * len(ordered):
        return False
    top = _top([line for group in groups for _, line in group])
    after_sentence = sum(
        1
        for (_, before), (n, _) in pairwise(ordered)
        if n in opening and (ends_sentence(before) or _width(before) < SHORT_LINE * top)
    )
    return after_sentence >= INDENT_AFTER_SENTENCE * len(opening)


LONE_SENTENCE_MAX = 100


def _lone_sentence(
    n: int, line: str, previous: str, following: dict[int, int], indented: set[int]
) -> bool:
    """Whether the unindented line ``n`` of indented text is a sentence set on its own line (a
    bold lead, ``Third, we will improve efficiency.``) above an indented paragraph, rather than
    the continuation of the paragraph before it."""
    return (
        n not in indented
        and following.get(n) in indented
        and len(line) <= LONE_SENTENCE_MAX
        and ends_sentence(previous)
        and ends_sentence(line)
    )


def _top(lines: list[str]) -> int:
    """The width most lines stay within (the 90th percentile): the width text is wrapped at."""
    widths = sorted(_width(line) for line in lines)
    return widths[int(len(widths) * 0.9)]


WRAP_MIN = 30  # narrower lines are a list (terms, menus, names), not text wrapped at a width


def _wrap_width(groups: list[list[tuple[int, str]]]) -> int | None:
    """The width hard-wrapped text is wrapped at, or None when it is not hard-wrapped: many lines
    inside blank-line-separated blocks stop mid-sentence at a nearly constant width."""
    inner = [line for group in groups for _, line in group[:-1]]
    if len(inner) < 3:
        return None
    open_ended = sum(1 for line in inner if not ends_sentence(line))
    top = _top(inner)
    near_top = sum(1 for line in inner if _width(line) >= 0.6 * top)
    wrapped = (
        open_ended >= 0.5 * len(inner) and WRAP_MIN <= top <= 160 and near_top >= 0.7 * len(inner)
    )
    return top if wrapped else None


def _starts_entry(line: str, width: int) -> bool:
    """Whether a line after a finished sentence in a glossary opens an entry: a term and its
    definition (``ACFR — Annual …``, ``FISMA: …``), or a short line holding a term alone."""
    entry = match_entry(line, loose=True)
    return entry is not None and (
        bool(entry.definition)
        or _width(line) < SHORT_LINE * width
        or (title_cased(line, sentence_case=False) and _width(line) < TERM_LINE * width)
    )


FRONT_LINE_MAX = 120


def _front_line(text: str) -> bool:
    """Whether ``text`` is the occasion, the speaker or the salutation, a line of its own."""
    return len(text) <= FRONT_LINE_MAX and opens_speech(text)


def _listed(line: str) -> bool:
    """Whether ``line`` is an abbreviation list's line (``ABS   Australian Bureau of …``)."""
    entry = match_entry(line, loose=True)
    return entry is not None and entry.listed


def _unwrapped(text: str, first: int, last: int, ctx: PassContext) -> Paragraph:
    if last > first:
        ctx.record(
            NAME, "unwrap-lines", first, "", "", note=f"lines {first}-{last} are one paragraph"
        )
    return Paragraph((Text(text),), provenance=Provenance(ctx.source, first, last))


@dataclass(slots=True)
class _Open:
    """The paragraph being unwrapped: its lines so far."""

    first: int
    last: int
    text: str
    previous: str


# Chinese text whose line breaks an extraction turned into spaces (a document-sharing site's
# copy, a collapsed scrape): one long line holds many paragraphs, each gap a space or two after a
# finished sentence or before a heading's number. Chinese sets no space between sentences, so
# such a gap in a long line is a paragraph's end.
RUN_TOGETHER_MIN = 150
RUN_TOGETHER_GAPS = 3
UNSPACED_MIN = 600  # a line this long without spaces may be a whole page that lost its breaks
_GAP = re.compile(r"[ \t\u3000]+")
# the front matter's pieces: the occasion (``——…会议上``) and the salutation after it
_OPENS_FRONT = re.compile(
    r"——|(?:各位代表|各位委员|同志们)[:：,，。]"
    r"|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*在.{4,60}?(?:会议|會議)上"  # the occasion
)
_ENDS_OCCASION = re.compile(r"(?:会议|會議)上[)）]?$")
HEADING_ALONE_MAX = 40
_CLAUSE = re.compile(r"[。；;！？：:]")
# a printed page's number, which the extraction ran into the text (``第 3 页 共 12 页``)
_PAGE_MARK = re.compile(r"第\s*\d{1,4}\s*页\s*[/／]?\s*共\s*\d{1,4}\s*页")


_SECTION_NUMBER = (
    r"[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十]+部分"
)
_UNSPACED_BREAK = re.compile(
    rf"[。！？；](?={_SECTION_NUMBER})"
    r"|(?=(?:各位代表|各位委员)[:：。，,])|(?:各位代表|各位委员)[:：。，,]"
    r"|(?<=[\u4e00-\u9fff])(?=——\d{4}\s*年)|(?:会议|會議)上(?=[\u4e00-\u9fff])(?![的作所])"
)
_OPENS_SECTION = re.compile(_SECTION_NUMBER)
_NUMBERED_WORD = re.compile(r"\d{1,3}[.、．]\s*[\u4e00-\u9fff]")


def _heading_alone(piece: str) -> bool:
    """Whether ``piece`` is a numbered heading and nothing more (``一、2021年工作回顾``): the
    gap after it ends the heading's line."""
    return (
        len(piece) <= HEADING_ALONE_MAX
        and not _CLAUSE.search(piece)
        and match_numbering(piece, chinese=True) is not None
    )


_TITLE_THEN_SALUTATION = re.compile(
    r"[^。！？，,：:]{2,40}?(?:报告|報告)(?=(?:各位代表|各位委员)[:：，,])"
)


def _run_together(line: str) -> list[str]:
    """The paragraphs of a long Chinese line that holds several, split at the gaps that end one
    (or ``[line]`` when it is one paragraph)."""
    if len(line) < RUN_TOGETHER_MIN:
        return [line]
    if title := _TITLE_THEN_SALUTATION.match(line):
        # ``宁波市2006年政府工作报告各位代表：现在，…``: the title, then the speech
        return [title.group(), *_run_together(line[title.end() :])]
    pieces: list[str] = []
    rest = 0
    starts_a_block = False
    # where the line breaks are gone altogether, a sentence's end before a section's number or
    # the salutation is a paragraph's end too
    cuts = [(g.start(), g.end()) for g in _GAP.finditer(line, 1)]
    if len(line) >= UNSPACED_MIN:
        cuts = sorted(cuts + [(m.end(), m.end()) for m in _UNSPACED_BREAK.finditer(line)])
    for start, end in cuts:
        if start < rest:
            continue
        before, after = line[rest:start], line[end:]
        if not before or not after:
            continue
        # a word list's next item after the English of the one before (``… spending 2.农村…``)
        listed = not is_cjk(before[-1]) and bool(_NUMBERED_WORD.match(after))
        if not (is_cjk(before[-1]) or is_cjk(after[0]) or listed):
            continue
        if _NUMBERED_WORD.match(before) and after[0].isascii() and after[0].isalpha():
            continue  # the item's word, then its English
        opens = listed or starts_block(after, chinese=True)
        if (
            ends_sentence(before)
            or opens
            or _OPENS_FRONT.match(after)
            or _ENDS_OCCASION.search(before)
            or after.startswith(before.strip() + " ")
            or _heading_alone(before)
            or _PAGE_MARK.match(after)
            or _PAGE_MARK.fullmatch(before)
        ):
            pieces.append(before)
            rest = end
            starts_a_block = starts_a_block or opens or bool(_OPENS_SECTION.match(after))
    pieces.append(line[rest:])
    if len(pieces) <= RUN_TOGETHER_GAPS or not starts_a_block:
        return [line]
    return pieces


# The speaker's line run into the salutation (``…常务委员会主任 李振各位代表：``).
_SPEAKER_AND_SALUTATION = re.compile(r"(?P<speaker>\S.{1,40}?)(?P<salutation>各位代表[:：])\s*")


def _speaker_apart(line: str) -> tuple[str, ...]:
    """``line`` as the speaker's line and the salutation, when it runs one into the other."""
    m = _SPEAKER_AND_SALUTATION.fullmatch(line.strip())
    if m and is_byline(m["speaker"]):
        return (m["speaker"], m["salutation"])
    return (line,)


def _lines(text: str, *, chinese: bool) -> tuple[list[list[tuple[int, str]]], set[int], set[int]]:
    """The non-blank lines, numbered, in groups between blank lines, the numbers of the lines
    that open with an indent, and those of the lines whose speaker ran into the salutation. A
    line holding many paragraphs is one group per paragraph."""
    groups: list[list[tuple[int, str]]] = [[]]
    indented: set[int] = set()
    speakers: set[int] = set()
    numbered: list[tuple[int, str]] = []
    for number, raw in enumerate(text.split("\n"), start=1):
        for line in raw.split(LINE_BREAK):  # the lines a page's markup broke, under its number
            parts = _speaker_apart(line) if chinese else (line,)
            if len(parts) > 1 and LINE_BREAK not in raw:
                speakers.add(number)
            numbered.extend((number, part) for part in parts)
    run_on = False  # whether the last line was a glossary that lost its line breaks
    for number, line in numbered:
        if not line.strip():
            pieces = []
        elif chinese:
            pieces = _run_together(line.strip())
        else:
            pieces = run_on_entries(line.strip(), continued=run_on)
            run_on = len(pieces) >= RUN_MIN
        if len(pieces) > 1:
            if groups[-1]:
                groups.append([])
            groups.extend([(number, fold(piece))] for piece in pieces)
            groups.append([])
            continue
        if line.strip():
            groups[-1].append((number, fold(line)))
            if _INDENT.match(line):
                indented.add(number)
        elif groups[-1]:
            groups.append([])
    return [g for g in groups if g], indented, speakers


def segment(text: str, ctx: PassContext) -> Document:
    """One paragraph per non-blank line; in hard-wrapped text, one per block of lines, and in
    text whose paragraphs open with an indent, one per indent."""
    groups, indented, speakers = _lines(text, chinese=ctx.chinese)
    # a line the page's markup broke holds several on record already (``remove-markup``)
    broken = {n for n, raw in enumerate(text.split("\n"), start=1) if LINE_BREAK in raw}
    for n in sorted(speakers):
        broken.add(n)
        ctx.record(
            NAME, "split-speaker-salutation", n, "", "", note="the speaker's line ran into it"
        )
    for n, count in Counter(n for group in groups for n, _ in group).items():
        if count > 1 and n not in broken:
            ctx.record(
                NAME,
                "split-run-together-paragraphs",
                n,
                "",
                "",
                note=f"line {n} holds {count} paragraphs, apart only by spaces",
            )
    if ctx.chinese and _fragmented(groups):
        return _document(_fragment_blocks(groups, ctx), ctx)
    width = _wrap_width(groups)
    # where indents are not how the text parts its paragraphs, an indent after a finished
    # sentence still opens one (unless every line is indented, as a text browser sets a page)
    lines = sum(len(group) for group in groups)
    indents = indented if len(indented) <= INDENTED_SHARE[1] * lines else set()
    furniture = {(n, line) for group in groups for n, line in group if is_furniture(line)}
    if not _opens_paragraphs(indented, groups, furniture):
        indented = set()
    elif width is None:
        width = _top([line for group in groups for _, line in group])
    running = running_lines([line for group in groups for _, line in group]) if width else set()
    if width:
        # the title and the lines around it, repeated where a page of the scrape goes on,
        # never continue a paragraph
        ordered = [line for group in groups for _, line in group]
        top = {running_key(t) for t in ordered[: FRONT_LINES * 2] if len(t) <= RUNNING_MAX}
        running.update(
            running_key(t)
            for t in ordered[FRONT_LINES * 2 :]
            if len(t) <= RUNNING_MAX and running_key(t) in top
        )
    # a page's furniture, a caption or a running head: a block of its own, never text
    apart = furniture | {
        (n, line)
        for group in groups
        for n, line in group
        if is_caption(line) or (len(line) <= RUNNING_MAX and running_key(line) in running)
    }
    # the first line is the title, never a term
    text_lines = [(n, line) for group in groups for n, line in group if (n, line) not in apart]
    lexicon = any(LEXICON.search(line) for _, line in text_lines[:LEXICON_LINES])
    ctx.found_definition_lists(
        tuple(
            definition_lists(
                text_lines[1:],
                chinese=ctx.chinese,
                lexicon=lexicon,
                titled=bool(text_lines) and glossary_title(unbulleted(text_lines[0][1])),
            )
        )
    )
    terms, entries = ctx.terms(), ctx.entry_lines()
    blocks: list[Paragraph] = []
    para: _Open | None = None
    glossary = False  # under a glossary heading, each entry starts a block

    held: list[Paragraph] = []  # furniture met inside the open paragraph, placed after it

    def close() -> None:
        nonlocal para
        if para is not None:
            blocks.append(_unwrapped(para.text, para.first, para.last, ctx))
            para = None
        blocks.extend(held)
        held.clear()

    def single(n: int, line: str) -> Paragraph:
        return Paragraph((Text(line),), provenance=Provenance(ctx.source, n, n))

    # in indented text the lines above the first indent are the title and what goes with it
    first_indent = min(indented, default=0)
    following = {n: nxt for group in groups for (n, _), (nxt, _) in pairwise(group)}
    for number, group in enumerate(groups):
        # the lines at the top are the title and what goes with it, never one wrapped paragraph
        if width is None or (number == 0 and len(group) <= FRONT_LINES):
            close()
            blocks.extend(single(n, line) for n, line in group)
            glossary = glossary or any(glossary_title(line) for _, line in group)
            continue
        for k, (n, line) in enumerate(group):
            if n < first_indent:
                close()
                blocks.append(single(n, line))
                continue
            glossary = glossary or glossary_title(line)
            if (n, line) in apart:
                # a page's furniture between two halves of an indented paragraph leaves it open
                if not indented:
                    close()
                (held if para is not None else blocks).append(single(n, line))
                continue
            if opens_link_list(line) or DOT_LEADER.fullmatch(line):
                close()
                blocks.append(single(n, line))
                continue
            if n in entries:  # an entry of a list starts a block
                close()
                para = _Open(n, n, line, line)
                continue
            if n in terms:  # a definition list's term is a block of its own
                close()
                para = _Open(n, n, line, line)
                continue
            if para is not None and para.first in terms:
                if n <= terms[para.first]:  # the second line of a term the page wrapped
                    para.text = ctx.join(NAME, n, para.text, line)
                    para.last, para.previous = n, line
                    continue
                close()
            if (
                para is None
                or (
                    # a blank line ends an indented paragraph too, unless a page's furniture
                    # came between its halves
                    (
                        k == 0
                        and (
                            not indented
                            # a page's furniture between two blocks keeps open a paragraph that
                            # opened with an indent; one that opened without, blank lines part
                            or (
                                ends_sentence(para.previous)
                                and (not held or para.first not in indented)
                            )
                        )
                    )
                    or n in indented
                    or (n in indents and ends_sentence(para.previous))
                    or (indented and _lone_sentence(n, line, para.previous, following, indented))
                    or starts_block(line, chinese=ctx.chinese)
                    or (line.startswith("——") and ends_sentence(para.previous))
                    or _front_line(line)
                    or _front_line(para.text)  # the occasion, the speaker: lines of their own
                    or bool(ctx.chinese and _ENDS_OCCASION.search(para.previous))
                    or (glossary and ends_sentence(para.previous) and _starts_entry(line, width))
                    or (glossary and _listed(para.previous) and _listed(line))
                    or _width(para.previous) < SHORT_LINE * width
                    # a short line of its own after a finished sentence: a heading or a label, not
                    # the paragraph's last words (``… his approval hereof.`` / ``Short Title``)
                    or (
                        ends_sentence(para.previous)
                        and (
                            _width(line) < SHORT_LINE * width
                            or title_cased(line, sentence_case=False)
                        )
                        and not ends_sentence(line)
                        and not line[:1].islower()
                        # a page broke the sentence (``We conducted the audit in``)
                        and not ends_on_small_word(line)
                        and not line.rstrip().endswith((",", ";", ":", "-"))
                        and not ctx.chinese
                    )
                )
            ):
                close()
                para = _Open(n, n, line, line)
            else:
                para.text = ctx.join(NAME, n, para.text, line)
                para.last, para.previous = n, line
        if not indented:
            close()
    close()
    return _document(blocks, ctx)


def _document(blocks: list[Paragraph], ctx: PassContext) -> Document:
    name = ctx.source.replace("\\", "/").rsplit("/", 1)[-1]
    return Document(Meta(title="", lang=ctx.lang, source=name), tuple(blocks), Glossary())


# Chinese text an extraction set a run of type a line (``XX`` / ``镇`` / ``2023`` / ``年政府工作
# 报告``): most lines are a few characters, and many are a figure alone or open with the
# punctuation that closes the words before them (``；``, ``。``, ``%``).
FRAGMENT_WIDTH = 8
FRAGMENT_LINES_MIN = 30
FRAGMENT_SHORT_SHARE = 0.45
FRAGMENT_BROKEN_SHARE = 0.3
_BROKEN_PIECE = re.compile(r"[，。；、：%）)”,;:.]|\d[\d.%—\-~ ]*$|[A-Za-z]{1,3}$")
# the punctuation that closes the words on the line before: no table's cell opens with it
_CLOSING_PIECE = re.compile(r"[，。；、：%）)”,;:]")
FRAGMENT_CLOSING_SHARE = 0.05


def _glued(left: str, right: str) -> str:
    """Two pieces of Chinese text run together, a space kept only between two Latin words."""
    left, right = left.rstrip(), right.lstrip()
    latin = left[-1:].isascii() and left[-1:].isalpha() and right[:1].isascii()
    return f"{left} {right}" if latin and right[:1].isalpha() else left + right


def _fragmented(groups: list[list[tuple[int, str]]]) -> bool:
    lines = [line.strip() for group in groups for _, line in group]
    if len(lines) < FRAGMENT_LINES_MIN:
        return False
    # a line longer in characters than the width is wider too: only short ones are measured
    short = sum(len(line) <= FRAGMENT_WIDTH and _width(line) <= FRAGMENT_WIDTH for line in lines)
    broken = sum(bool(_BROKEN_PIECE.match(line)) for line in lines)
    closing = sum(bool(_CLOSING_PIECE.match(line)) for line in lines)
    return (
        short >= FRAGMENT_SHORT_SHARE * len(lines)
        and broken >= FRAGMENT_BROKEN_SHARE * len(lines)
        # a sentence's pieces, not a table set a cell a line (``地区生产总值`` / ``5297``)
        and closing >= FRAGMENT_CLOSING_SHARE * len(lines)
    )


def _fragment_blocks(groups: list[list[tuple[int, str]]], ctx: PassContext) -> list[Paragraph]:
    """The paragraphs of fragmented text: its pieces run together up to a blank line, a
    heading's number, a speech's opening line or a heading's line (a numbered line that holds no
    sentence); a line that is furniture stays a block of its own."""
    blocks: list[Paragraph] = []
    para: _Open | None = None

    def close() -> None:
        nonlocal para
        if para is not None:
            blocks.append(_unwrapped(para.text, para.first, para.last, ctx))
            para = None

    for n, line, first in (
        (n, line, k == 0) for group in groups for k, (n, line) in enumerate(group)
    ):
        piece = line.strip()
        if first:
            close()  # a blank line ends a paragraph
        numbering = match_numbering(piece, chinese=True)
        if is_furniture(piece) and not _BROKEN_PIECE.match(piece):
            close()
            blocks.append(Paragraph((Text(line),), provenance=Provenance(ctx.source, n, n)))
            continue
        if para is None or numbering is not None or _front_line(piece) or _front_line(para.text):
            close()
            para = _Open(n, n, line, line)
        else:
            para.text = _glued(para.text, line)
            para.last, para.previous = n, line
        if numbering is not None and numbering.title and not numbering.rest:
            close()  # a heading's whole line
    close()
    return blocks

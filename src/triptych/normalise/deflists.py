"""Find definition lists: terms in alphabetical order, each alone on its line over its
definition, or each before its definition on one line (``Accrual Basis: an accounting …``,
``ABS  Australian Bureau of Statistics``). A glossary web page's ``<dl>``, a PDF's two-column
glossary and an acronym table come out of a scrape this way, with no heading needed to know them
(and perhaps a bullet on every line, and a letter over each group)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from .chars import ends_sentence
from .patterns import (
    EntryMatch,
    ends_on_small_word,
    glossary_title,
    letter_divider,
    match_entry,
    runs_on,
)

__all__ = ["DefinitionList", "definition_lists", "inline_entry", "unbulleted"]

TERM_WORDS_MAX = 8
TERM_CHARS_MAX = 70
RUN_MIN = 5  # pairs: fewer in alphabetical order may be a report's short sections by chance
OUT_OF_ORDER_MAX = 0.15  # of neighbouring terms, past the first letter (``Auditor's`` / ``Audit``)

_BULLET = re.compile(r"[-–•*▪·]\s+")
_KEY_DROP = re.compile(r"[^0-9a-z ]+")
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_SENTENCE_END = re.compile(r"[.!?;]\s")  # inside a term: a sentence's end and the next's start
_NUMBERED = re.compile(r"\(?\d+(?:\.\d+)*[.)]?\s|[IVX]+\.\s")  # a section's number, not a term


@dataclass(frozen=True, slots=True)
class DefinitionList:
    """One run of terms over their definitions."""

    terms: dict[int, int]
    """Each term's first line to its last (a term a page wrapped runs over two lines)."""
    end: int
    """The last line of the last definition."""
    inline: bool = False
    """Whether each term starts its definition's line (``terms`` maps a line to itself)."""
    start: int = field(init=False)
    """The first term's line."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "start", min(self.terms))


def unbulleted(line: str) -> str:
    """``line`` without the bullet a list gave it (``- Accounts receivable``)."""
    m = _BULLET.match(line)
    return line[m.end() :] if m else line


def _term_like(line: str) -> bool:
    text = unbulleted(line).strip()
    words = text.split()
    return (
        0 < len(words) <= TERM_WORDS_MAX
        and len(text) <= TERM_CHARS_MAX
        and (text[0].isalnum() or text[0] in "“\"‘'(")
        and any("a" <= c.lower() <= "z" for c in text)
        and not _HAN.search(text)
        and not _NUMBERED.match(text)
        and not _SENTENCE_END.search(text)
        and not ends_sentence(text)
        and not text.endswith((":", ",", ";"))
        and not letter_divider(text)
        and not glossary_title(text)
    )


def _other_entry(before: str, line: str) -> bool:
    """Whether ``line``, after a finished sentence, opens an entry of another shape, its term
    and definition on one line (``Deadhead. The miles …``, ``ABS: Australian …``)."""
    if not ends_sentence(before):
        return False
    entry = match_entry(line, loose=True)
    return entry is not None and bool(entry.definition) and _term_like(entry.term)


def _key(term: str) -> str:
    return _KEY_DROP.sub("", unbulleted(term).casefold()).strip()


def _ordered(run: list[str]) -> list[tuple[int, int]]:
    """The stretches of ``run`` in alphabetical order (by first letter, and mostly past it) that
    are long enough to be a list, as (start, end) indexes."""
    keys = [_key(t) for t in run]
    cuts = [0, *(i for i in range(1, len(keys)) if keys[i][:1] < keys[i - 1][:1]), len(keys)]
    out = []
    for a, b in pairwise(cuts):
        stretch = keys[a:b]
        slips = sum(x > y for x, y in pairwise(stretch))
        if (
            len(set(stretch)) >= RUN_MIN  # a line said at each page is no term
            and all(stretch)
            and slips <= OUT_OF_ORDER_MAX * len(stretch)
        ):
            out.append((a, b))
    return out


# a bilingual word list's line: the Chinese term, a colon, its English (``人大：NPC（…）``)
_VOCABULARY = re.compile(
    r"(?P<term>[\u4e00-\u9fff][^:：。，,；;]{0,15}?)\s*[:：]\s*(?P<def>[A-Za-z(“\"].*)"
)
# An acronym run into its expansion where a table's cell border was (``ABDAllocation between …``).
_FUSED = re.compile(r"(?P<term>[A-Z][A-Z0-9&/]{1,9})(?P<def>[A-Z][a-z]+\b.*)")


# A term in title case run into its definition, which opens with a word no term ends with, or
# with the term's own first word (``Administration of Schemes This information …``,
# ``Assistance Assistance schemes are …``): only a list's order makes this an entry.
_RUN_IN = re.compile(
    r"(?P<term>(?P<first>[A-Z][\w'’/&\-]*)(?:\s+[\w'’/&()\-]+){0,6}?)\s+"
    r"(?P<def>(?:(?:The|This|These|Those|A|An|It|Its|Any|All|Each|Every|Refers|Means|Used)\s"
    r"|(?P=first)\s+[a-z]).{10,})"
)


def inline_entry(line: str) -> EntryMatch | None:
    """The term and definition ``line`` holds as a list's entry, in any shape a glossary takes,
    or None."""
    if glossary_title(line):
        return None
    if m := _VOCABULARY.fullmatch(line.strip()):
        return EntryMatch(m["term"], m["def"], strong=False, listed=True)
    if m := _FUSED.fullmatch(line.strip()):
        return EntryMatch(m["term"], m["def"], strong=False, listed=True)
    found = match_entry(unbulleted(line), loose=True)
    if found is not None and not (
        found.definition
        and _term_like(found.term)
        and not ends_on_small_word(found.term)  # ``Emphasis of`` / ``Matter …``
    ):
        found = None
    # a term run into its definition is read whole, not cut where an acronym's would be, nor
    # run on into the definition's first sentence (``Character The major type of spending.``)
    if (
        (m := _RUN_IN.fullmatch(line.strip()))
        and _term_like(m["term"])
        and (found is None or found.listed or len(m["term"]) < len(found.term))
    ):
        return EntryMatch(m["term"], m["def"], strong=False)
    return found


def _inline_lists(items: list[tuple[int, str]]) -> list[DefinitionList]:
    """Runs of lines that each hold a term and its definition (a definition's wrapped lines
    between them), in alphabetical order."""
    found: list[DefinitionList] = []
    run: list[tuple[int, str, int]] = []  # line, term, definition's end
    text_of = dict(items)
    listed = False  # whether the last entry was an abbreviation list's line

    def flush() -> None:
        for a, b in _ordered([term for _, term, _ in run]):
            found.append(DefinitionList({n: n for n, _, _ in run[a:b]}, run[b - 1][2], True))
        run.clear()

    for n, line in items:
        if glossary_title(line):
            flush()  # a list's heading: what follows is another list
            continue
        entry = inline_entry(line)
        before = text_of[run[-1][2]] if run else ""
        if (
            entry is not None
            and before
            and not ends_sentence(before)
            and runs_on(before, line)
            and not (entry.listed and listed)  # an abbreviation list's lines have no stops
        ):
            entry = None  # the next line of a definition a page wrapped, not an entry
        if entry is not None:
            run.append((n, entry.term, n))
            listed = entry.listed
        elif run and not ends_sentence(text_of[run[-1][2]]):
            run[-1] = (*run[-1][:2], n)  # the entry's definition goes on
        else:
            flush()
    flush()
    return found


def definition_lists(
    lines: Sequence[tuple[int, str]], *, chinese: bool = False
) -> list[DefinitionList]:
    """The definition lists among the numbered non-blank ``lines``. In Chinese text only terms
    set in 【】 alone on their lines and bilingual word lists count (a report's short headings
    look like any other term)."""
    if chinese:
        return sorted(
            [*_bracketed_lists(lines), *_vocabulary_lists(lines)], key=lambda found: found.start
        )
    items = [(n, line) for n, line in lines if not letter_divider(line)]
    inline = _inline_lists(items)
    apart = [
        found
        for found in _term_lists(items)
        if not any(found.start <= other.end and other.start <= found.end for other in inline)
    ]
    return sorted([*inline, *apart], key=lambda found: found.start)


def _term_lists(items: list[tuple[int, str]]) -> list[DefinitionList]:
    """Runs of terms alone on their lines, each over its definition, in alphabetical order."""
    found: list[DefinitionList] = []
    run: list[tuple[int, int, str, int]] = []  # first line, last line, term, definition's end

    def flush() -> None:
        for a, b in _ordered([term for _, _, term, _ in run]):
            found.append(DefinitionList({f: t for f, t, _, _ in run[a:b]}, run[b - 1][3]))
        run.clear()

    i = 0
    while i < len(items):
        if not _term_like(items[i][1]):
            flush()
            i += 1
            continue
        last, term = i, items[i][1]
        # a term the page wrapped (``Asset Acquisition and`` / ``Replacement Reserve``)
        if (
            i + 2 < len(items)
            and _term_like(items[i + 1][1])
            and not _term_like(items[i + 2][1])
            and _term_like(f"{term} {items[i + 1][1]}")
        ):
            last, term = i + 1, f"{term} {items[i + 1][1]}"
        k = last + 1
        while (
            k < len(items)
            and not _term_like(items[k][1])
            and not (k > last + 1 and _other_entry(items[k - 1][1], items[k][1]))
        ):
            k += 1
        if k == last + 1:
            flush()
            i += 1
            continue
        run.append((items[i][0], items[last][0], term, items[k - 1][0]))
        if k < len(items) and not _term_like(items[k][1]):
            flush()  # the glossary goes on in another shape
        i = k
    flush()
    return found


# ``【福州两江四岸】`` alone on its line, over its definition
_BRACKETED_TERM = re.compile(r"\s*【[^】【]{1,30}】\s*")
BRACKETED_MIN = 3


VOCABULARY_MIN = 5


def _vocabulary_lists(lines: Sequence[tuple[int, str]]) -> list[DefinitionList]:
    """Runs of five or more lines that each give a Chinese term and its English."""
    found: list[DefinitionList] = []
    run: list[int] = []
    for n, line in [*lines, (0, "")]:
        if _VOCABULARY.fullmatch(line):
            run.append(n)
            continue
        if len(run) >= VOCABULARY_MIN:
            found.append(DefinitionList({k: k for k in run}, run[-1], True))
        run = []
    return found


def _bracketed_lists(lines: Sequence[tuple[int, str]]) -> list[DefinitionList]:
    """Runs of three or more terms in 【】 alone on their lines, each over its definition."""
    found: list[DefinitionList] = []
    run: list[tuple[int, int]] = []  # the term's line, its definition's last

    def flush() -> None:
        if len(run) >= BRACKETED_MIN:
            found.append(DefinitionList({n: n for n, _ in run}, run[-1][1]))
        run.clear()

    for k, (n, line) in enumerate(lines):
        if _BRACKETED_TERM.fullmatch(line):
            nxt = lines[k + 1][1] if k + 1 < len(lines) else ""
            if not nxt or _BRACKETED_TERM.fullmatch(nxt):
                flush()  # a term needs its definition under it
                continue
            run.append((n, n))
        elif run:
            run[-1] = (run[-1][0], n)  # the definition goes on
    flush()
    return found

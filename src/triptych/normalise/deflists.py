"""Find definition lists: terms in alphabetical order, each alone on its line over its
definition, or each before its definition on one line (``Accrual Basis: an accounting …``,
``ABS  Australian Bureau of Statistics``). A glossary web page's ``<dl>``, a PDF's two-column
glossary and an acronym table come out of a scrape this way, with no heading needed to know them
(and perhaps a bullet on every line, and a letter over each group)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from .chars import ends_sentence
from .patterns import (
    SMALL_WORDS,
    EntryMatch,
    defines,
    ends_on_small_word,
    glossary_title,
    header_row,
    letter_divider,
    match_entry,
    match_numbering,
    runs_on,
    spells_out,
    unquote,
)

__all__ = [
    "LEXICON",
    "DefinitionList",
    "cross_reference",
    "dashed",
    "definition_lists",
    "inline_entry",
    "list_term",
    "run_on_entries",
    "unbulleted",
]

TERM_WORDS_MAX = 8
TERM_CHARS_MAX = 70
RUN_MIN = 5  # pairs: fewer in alphabetical order may be a report's short sections by chance
OUT_OF_ORDER_MAX = 0.15  # of neighbouring terms, past the first letter (``Auditor's`` / ``Audit``)

_BULLET = re.compile(r"[-–•*▪·]\s+|[•▪◆■](?=\S)")
_VERB = re.compile(r"\s(?:is|are|was|were|will|shall|has|have)(?:\s|$)")
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&/]{1,9}")
_DOTTED = re.compile(r"(?:[A-Z][A-Za-z]{0,2}\.\s?){1,6}(?:[A-Z]?\([^()]{1,10}\))?")
_KEY_DROP = re.compile(r"[^0-9a-z ]+")
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# inside a term: a sentence's end and the next's start, never an abbreviation's stop (``U.S. …``)
_SENTENCE_END = re.compile(r"(?<!\.[A-Z])[.!?;]\s")
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


# the separator a term alone on its line keeps, its definition on the next (``Audit –``)
_TRAILING_SEPARATOR = re.compile(r"\s+[–—-]\s*$")


# A definition's pointer to another entry or page, on a line of its own (``See: Data Sources``,
# ``See also Accrual``): part of the definition above it, never a term.
_CROSS_REFERENCE = re.compile(r"\s*(?:See(?: also)?\s*[:：]|See also\b|Refer to\b|Cf\.)", re.I)


def cross_reference(line: str) -> bool:
    """Whether ``line`` points from a definition to another entry (``See: Data Sources``)."""
    return bool(_CROSS_REFERENCE.match(line))


def _term_like(line: str, *, whole: bool = True) -> bool:
    """Whether ``line`` may be a term alone on its line; with ``whole`` off, the first line of
    one the page wrapped (``Asset Acquisition and``)."""
    text = _TRAILING_SEPARATOR.sub("", unbulleted(line).strip())
    words = text.split()
    return (
        0 < len(words) <= TERM_WORDS_MAX
        and not cross_reference(text)
        and len(text) <= TERM_CHARS_MAX
        and (text[0].isalnum() or text[0] in "“\"‘'(")
        and any("a" <= c.lower() <= "z" for c in text)
        and not _HAN.search(text)
        and not _NUMBERED.match(text)
        # an abbreviation's stops are no sentence's end (``A.G.``, ``C.S. Rs.``)
        and (
            bool(_DOTTED.fullmatch(text)) or not (_SENTENCE_END.search(text) or ends_sentence(text))
        )
        and not text.endswith((":", ",", ";"))
        and not letter_divider(text)
        and not glossary_title(text)
        # a definition's line the page wrapped (``AS`` is an acronym, not the word)
        and not (whole and ends_on_small_word(text) and text.split()[-1].islower())
        and not _VERB.search(text)  # a sentence's words (``There are six main groupings``)
    )


def _other_entry(before: str, line: str) -> bool:
    """Whether ``line``, after a finished sentence, opens an entry of another shape, its term
    and definition on one line (``Deadhead. The miles …``, ``ABS: Australian …``)."""
    if not ends_sentence(before):
        return False
    entry = match_entry(line, loose=True)
    return entry is not None and bool(entry.definition) and _term_like(entry.term)


_ARTICLE = re.compile(r"(?:the|a|an)\s+")


def _key(term: str) -> str:
    """How a list sorts ``term``: in lower case, without marks, past its article (``the Act of
    1941`` sorts under A)."""
    key = _KEY_DROP.sub("", unbulleted(term).casefold()).strip()
    return _ARTICLE.sub("", key, count=1) if _ARTICLE.match(key) else key


def _ordered(run: list[str], *, titled: bool = False) -> list[tuple[int, int]]:
    """The stretches of ``run`` in alphabetical order (by first letter, and mostly past it) that
    are long enough to be a list, as (start, end) indexes. ``titled``: under a glossary's
    heading, one slip past the first letter is allowed however short the list
    (``Annuity`` / ``Annual required contribution``)."""
    keys = [_key(t) for t in run]
    cuts = [0, *(i for i in range(1, len(keys)) if keys[i][:1] < keys[i - 1][:1]), len(keys)]
    out = []
    for a, b in pairwise(cuts):
        stretch = keys[a:b]
        # out of order word by word and letter by letter both (``Auditee`` / ``Audit Risk``)
        slips = sum(x > y and x.replace(" ", "") > y.replace(" ", "") for x, y in pairwise(stretch))
        if (
            len(set(stretch)) >= RUN_MIN  # a line said at each page is no term
            and all(stretch)
            and slips <= max(OUT_OF_ORDER_MAX * len(stretch), 1 if titled else 0)
        ):
            out.append((a, b))
    return out


# a bilingual word list's line: the Chinese term, a colon, its English (``人大：NPC（…）``)
_VOCABULARY = re.compile(
    r"(?:(?P<number>\d{1,3})[.、．]\s*)?"
    r"(?:(?P<term>[\u4e00-\u9fff][^:：。，,；;]{0,15}?)\s*[:：]\s*(?P<def>[A-Za-z(“\"].*)"
    # numbered, the English after a space alone (``3.中等职业学校 secondary vocational schools``)
    r"|(?<=[.、．\s])(?P<word>[\u4e00-\u9fff][^\sA-Za-z:：。，,；;]{0,30})\s+"
    r"(?P<english>[A-Za-z(“\"][^\u4e00-\u9fff]*))"
)
# An acronym run into its expansion where a table's cell border was (``ABDAllocation between …``).
_FUSED = re.compile(r"(?P<term>[A-Z][A-Z0-9&/]{1,9})(?P<def>[A-Z][a-z]+\b.*)")


# A term in title case run into its definition, which opens with a word no term ends with, or
# with the term's own first word (``Administration of Schemes This information …``,
# ``Assistance Assistance schemes are …``): only a list's order makes this an entry.
# ... or with an article or a word no term ends with in lower case (``Billing authority a local
# council that …``, ``Budget gap where the estimated …``)
_RUN_IN_LOWER = re.compile(
    r"(?P<term>(?P<first>[A-Z][\w'’/&\-]*)(?:\s+[\w'’/&()\-]+){0,6}?)\s+"
    r"(?P<def>(?:the|a|an|where|when|any|all|each|every|refers|means|used)\s.{10,})"
)
# ... or with the verb that defines it, the term in title case (``Accrual Accounting provides
# information on …``, ``Assurance Audit or Financial Audit is work performed …``)
_TITLE_WORD = r"[A-Z][\w'’/&\-]*"
_RUN_IN_VERB = re.compile(
    rf"(?P<term>{_TITLE_WORD}(?:\s+(?:{_TITLE_WORD}|of|and|or|on|the|for|in|to|\([^()]{{1,40}}\)))"
    r"{0,7})\s+"
    r"(?P<def>(?:is|are|means|refers to|(?:include|provide|comprise|consist|describe|represent"
    r"|measure|show|cover|involve|relate|build|assess|examine|compare)s?)\s.{10,})"
)
_RUN_IN = re.compile(
    r"(?P<term>(?P<first>[A-Z][\w'’/&\-]*)(?:\s+[\w'’/&()\-]+){0,6}?)\s+"
    r"(?P<def>(?:(?:The|This|These|Those|A|An|It|Its|Any|All|Each|Every|Refers|Means|Used)\s"
    r"|(?P=first)\s+[a-z]).{10,})"
)


# A term in lower case, as a strategy's glossary sets its words, run into a definition that opens
# with a capital (``carbon sequestration Processes that remove …``, ``the ecosystem approach A
# strategy …``): only a list's order makes this an entry.
_LOWER_TERM = re.compile(
    r"(?P<term>[a-z][\w'’\-]*(?:\s+[a-z][\w'’\-]*){0,4})\s+(?P<def>[A-Z][a-z'’]*\s+\S.{10,})"
)


# A table's row whose cells a scrape parted by a space alone, under its header row (``Term
# Definition``): the term in sentence case, then the definition's capital (``Accounting
# authority (AA) Boards, chief executive officers …``, ``Administration, under See …``).
_CASED = re.compile(
    r"(?P<term>[A-Z][\w'’\-]*(?:,?\s+(?:[a-z][\w'’\-]*|[A-Z]{2,}\b|\([^()]{1,40}\)))*?)"
    r"\s+(?P<def>[A-Z][a-z].{10,})"
)

# ... or with no space at all where the border was (``AccountA classification of …``,
# ``Accrual Basis of Accounting/BudgetingAn accounting method …``)
_GLUED = re.compile(
    r"(?=[A-Z][a-z]{2})"  # a word, not an acronym in mixed case (``CCfA Councillor call …``)
    r"(?P<term>[A-Z]\S*?(?:\s+\S+?){0,7}?[a-z)])(?P<def>[A-Z][a-z]*,?\s.{10,})"
)


def inline_entry(
    line: str,
    *,
    cased: bool = False,
    lower: bool = True,
    verb: bool = False,
    glued: bool = False,
    capital: bool = False,
) -> EntryMatch | None:
    """The term and definition ``line`` holds as a list's entry, in any shape a glossary takes,
    or None. ``cased``: the line is a table's row under its header, whose term ends where a
    capital opens the definition, with no space before it or, in sentence case, one.
    ``lower``: a definition run in may open in lower case (``Best Value the legal duty …``), and
    a term in lower case may run into its definition's capital (``carbon sequestration Processes
    …``).
    ``verb``: under a glossary's heading, a term may run into the verb that defines it
    (``Agency means …``, ``Accrual Accounting provides …``). ``glued``: under a glossary's
    heading, a term may run into its definition's capital with no space, where a web page's
    ``<dt>`` ended (``Accounting PoliciesThe rules …``, ``ActuaryAn independent …``).
    ``capital``: under a glossary's heading, a term run into its definition ends where the
    definition's capital opens it, when that makes the shorter term (``Asset management Managing
    the …``)."""
    if glossary_title(line) or cross_reference(line):
        return None
    body = unbulleted(line).strip()
    if (
        (glued or cased)
        and (m := _GLUED.fullmatch(body))
        and _term_like(m["term"])
        # under a heading, only where no separator parts the term (a table's row needs none)
        and (cased or match_entry(unbulleted(line), loose=False) is None)
    ):
        return EntryMatch(m["term"], m["def"], strong=False)
    if cased and (m := _CASED.fullmatch(body)) and _term_like(m["term"]):
        split = capital_split(body)
        if split and len(split[0]) > len(m["term"]) and split[0].startswith(m["term"]):
            # a term in title case, up to its definition's capital (``Balance Sheet A
            # financial statement …``), not its first word alone
            return EntryMatch(split[0], split[1], strong=False)
        return EntryMatch(m["term"], m["def"], strong=False)
    if (m := _VOCABULARY.fullmatch(line.strip())) and (m["term"] or m["number"]):
        term, definition = (m["term"], m["def"]) if m["term"] else (m["word"], m["english"])
        return EntryMatch(term, definition, number=m["number"] or "", strong=False, listed=True)
    if (m := _FUSED.fullmatch(line.strip())) and not _SEPARATED.match(line.strip()):
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
    shapes = (
        _RUN_IN,
        *((_RUN_IN_VERB,) if verb else ()),
        *((_RUN_IN_LOWER, _LOWER_TERM) if lower else ()),
    )
    m = next(
        (m for shape in shapes if (m := shape.fullmatch(line.strip())) and _term_like(m["term"])),
        None,
    )
    if m is not None and (
        found is None
        or found.listed
        or (len(m["term"]) < len(found.term) and not dashed(line, found.term))
    ):
        found = EntryMatch(m["term"], m["def"], strong=False)
    elif found is not None:
        return found
    if (
        capital
        and (split := capital_split(line.strip()))
        # a term in capitals goes on in capitals (``ANNUAL BUDGET AND APPROPRIATION ORDINANCE A
        # bill …``): no acronym before its expansion
        and not _CAPITALS_WORD.match(split[1])
        and (
            found is None
            or (
                len(split[0]) < len(found.term)
                # an acronym's expansion is no part of its term (``ECOSOC Economic and …``), but
                # a term all in capitals is whole (``ACTIVE U.S. SERVICEPERSON A person …``)
                and not found.term.isupper()
                and (_mixed_case(found.term) or bool(_ACRONYM_WORD.fullmatch(split[0])))
            )
        )
    ):
        return EntryMatch(split[0], split[1], strong=False)
    return found


def dashed(line: str, term: str) -> bool:
    """Whether ``term`` opens ``line`` and a spaced dash follows it (``Internal Services Used -
    Charge …``, ``A&E - Accident and Emergency …``): a term the page parted from its definition,
    whatever word the definition's shape would end it at."""
    rest = unbulleted(line).strip()
    return rest.startswith(term) and _DASH_AFTER_TERM.match(rest, len(term)) is not None


_DASH_AFTER_TERM = re.compile(r"\s+[-–—]\s")


_CAPITALS_WORD = re.compile(r"[A-Z]{2,}\b")


def _mixed_case(term: str) -> bool:
    """Whether ``term`` has a word in lower case, past small words, and a capital after its first
    word: no term in sentence case or title case, but one run on into its definition's first words
    (``Advocacy Proactively communicating to support``, ``Asset management Managing``)."""
    words = term.split()[1:]
    return any(w[:1].islower() and w not in SMALL_WORDS for w in words) and any(
        w[:1].isupper() for w in words
    )


# A glossary whose line breaks a page lost, one paragraph of ``Term – definition.`` entries: each
# term, after the sentence before it ends, runs to the dash (``… for the fiscal year.
# Appropriation – A legal authorization …``).
_TERM_WORD = r"(?:[A-Z0-9][\w'’&/.\-]*|\([^()]{1,40}\)|of|and|the|for|in|on|to|with|by|or|at)"
_RUN_ON_TERM = re.compile(
    rf"(?:^|(?<=[.!?;)”\"’]\s))"
    rf"(?P<term>[A-Z][\w'’&/.\-]*(?:\s+{_TERM_WORD}){{0,{TERM_WORDS_MAX - 1}}}?)"
    r"\s+(?P<sep>[–—]|--?)\s+(?=[A-Z\"“‘(])"
)
# ... or to its colon, the sentence before perhaps run into it with no space (``… Non-Exempt.HUD:
# Housing and Urban Development.Impact Fees: Fees charged …``)
_RUN_ON_COLON = re.compile(
    r"(?:^|(?<=[.!?;)”\"’]\s)|(?<=[a-z0-9)][.!?;]))"
    rf"(?P<term>[A-Z][\w'’&/.\-]*(?:\s+{_TERM_WORD}){{0,{TERM_WORDS_MAX - 1}}}?)"
    r"(?P<sep>:)\s+(?=[A-Z\"“‘(])"
)
# ... or its terms in lower case, as some councils set them (``GLOSSARY OF TERMS activity: the
# goods or services the council provides. activity statement: description of …``)
_RUN_ON_COLON_LOWER = re.compile(
    r"(?:(?<=[.!?;)”\"’]\s)|(?<=(?i:terms) )|(?<=(?i:glossary) ))"
    r"(?P<term>[a-z][\w'’&/\-]*(?:\s+[a-z][\w'’&/\-]*){0,4})"
    r"(?P<sep>:)\s+(?=[a-z])"
)
RUN_ON_MIN_CHARS = 300


def run_on_entries(line: str, *, continued: bool = False) -> list[str]:
    """The entries of a glossary that lost its line breaks, one piece each, when ``line`` holds
    five or more in alphabetical order (or ``[line]``). What comes before the first term stays a
    piece of its own. ``continued``: the line before was such a glossary, cut at its terms, so
    this one may go on with it without its heading."""
    if len(line) < RUN_ON_MIN_CHARS:
        return _unglued_heading(line) or [line]
    found = [m for m in _RUN_ON_TERM.finditer(line) if _term_like(m["term"])]
    if len(found) < RUN_MIN:
        found = [m for m in _RUN_ON_COLON.finditer(line) if _term_like(m["term"])]
    if len(found) < RUN_MIN:
        found = [m for m in _RUN_ON_COLON_LOWER.finditer(line) if _term_like(m["term"])]
    if len(found) < RUN_MIN:
        pieces = _run_on_acronyms(line)
        return pieces if len(pieces) > 1 else _run_on_sentences(line, continued) or [line]
    # the dash most entries use: a hyphen inside a definition is no entry's
    sep = max({m["sep"] for m in found}, key=[m["sep"] for m in found].count)
    pieces = _cut_at_terms(line, [(m.start(), m["term"]) for m in found if m["sep"] == sep])
    if len(pieces) < 2:
        return pieces
    return [*(_unglued_heading(pieces[0]) or _heading_last(pieces[0]) or pieces[:1]), *pieces[1:]]


def _heading_last(text: str) -> list[str] | None:
    """What comes before the glossary's heading and the heading, apart, when ``text`` ends with
    it (``… Part IV: Appendices Glossary of terms GLOSSARY OF TERMS``), or None."""
    words = text.split(" ")
    for n in range(min(GLOSSARY_WORDS_MAX, len(words) - 1), 0, -1):
        if glossary_title(head := " ".join(words[-n:])):
            return [" ".join(words[:-n]), head]
    return None


def _unglued_heading(line: str) -> list[str] | None:
    """A list's heading run into its first entry with no space, apart (``Glossary of
    TermsHomestead Exemption: …``, ``Abbreviations and AcronymsAAH-I Action Africa Help``), or
    None."""
    glued = _GLUED_HEADING.match(line)
    if glued and glossary_title(glued["head"]) and inline_entry(glued["entry"]) is not None:
        return [glued["head"], glued["entry"]]
    return None


_GLUED_HEADING = re.compile(r"(?P<head>.{4,60}?[a-z])(?P<entry>[A-Z].*)")


def _cut_at_terms(line: str, found: list[tuple[int, str]]) -> list[str]:
    """``line`` cut before each of the ``found`` terms (where each starts, and its words) that
    stand in alphabetical order, when there are enough of them to be a list (or ``[line]``)."""
    cuts = sorted(
        {found[i][0] for a, b in _ordered([term for _, term in found]) for i in range(a, b)}
    )
    if len(cuts) < RUN_MIN:
        return [line]
    pieces = [line[a:b].strip() for a, b in pairwise([0, *cuts, len(line)])]
    return [piece for piece in pieces if piece]


# An abbreviation list that lost its line breaks (``ACPO Association of Chief Police Officers AEP
# Attenuating Energy Projectile C&AG Comptroller …``): an acronym opens each entry, and its
# expansion starts with the acronym's first letter.
_RUN_ON_ACRONYM = re.compile(
    r"(?<![\w&(/\-])(?P<term>(?=[A-Za-z&]*[A-Z][A-Za-z&]*[A-Z])[A-Z][A-Za-z0-9&]{1,9})"
    r"\s+(?P<first>[A-Z])[a-z]"
)


def _run_on_acronyms(line: str) -> list[str]:
    """The entries of an abbreviation list run into ``line``, one piece each, when it holds five or
    more in alphabetical order (or ``[line]``)."""
    found = [m for m in _RUN_ON_ACRONYM.finditer(line) if m["term"][0] == m["first"]]
    return _cut_at_terms(line, [(m.start(), m["term"]) for m in found])


# A sentence's start in a glossary run into one paragraph with no dash, where a term may open an
# entry (``… or legacies. Asset management Managing the maintenance …``).
_SENTENCE_START = re.compile(r"(?:^|(?<=[.!?)]\s))(?=[A-Z])")
_CAPITALISED = re.compile(r"[A-Z(“\"‘]")
_ACRONYM_WORD = re.compile(r"[A-Z][A-Z0-9&]{1,9}(?:s|\([^()]{1,20}\))?")


def capital_split(text: str) -> tuple[str, str] | None:
    """``text`` as a term and the definition after it, where nothing but the definition's
    capital parts them (``Asset management Managing the maintenance …``, ``Asset Management Plan
    A plan for …``, ``CBD Central business district.``): an acronym alone; a term in sentence case
    up to the next capital; in title case, up to the last capital before the words in lower case
    (the definition's first word). None when no such term opens ``text``."""
    words = text.split(" ")
    if len(words) < 3 or not all(words[:2]):
        return None
    if _ACRONYM_WORD.fullmatch(words[0]) and words[1][:1].isupper():
        n = 1
    else:
        capitals = next((i for i, w in enumerate(words) if not _CAPITALISED.match(w)), len(words))
        if capitals >= 2:
            n = capitals - 1
        else:  # sentence case: the term's words in lower case up to the definition's capital
            n = next((i for i, w in enumerate(words[1:], 1) if _CAPITALISED.match(w)), len(words))
    term, definition = " ".join(words[:n]), " ".join(words[n:])
    if (
        len(definition) < DEFINITION_MIN
        or " " not in definition  # a name's last word (``Austrade Australian Trade Commission``)
        or not _term_like(term)
        or ends_on_small_word(term)
        or any(mark in term for mark in ":;")  # a label's (``NOTE: For …``)
        or words[0].casefold() in _NO_TERM_OPENS  # a definition's next sentence (``The City's …``)
    ):
        return None
    return term, definition


DEFINITION_MIN = 10
_NO_TERM_OPENS = SMALL_WORDS | {
    "this",
    "these",
    "those",
    "it",
    "its",
    "each",
    "every",
    "all",
    "any",
    "some",
    "such",
    "our",
    "their",
    "his",
    "her",
    "they",
    "we",
    "there",
    "here",
    "see",
    "also",
    "note",
    "where",
    "when",
}


def _run_on_sentences(line: str, continued: bool = False) -> list[str] | None:
    """The entries of a glossary run into ``line`` with no dash, under its heading run into the
    first of them (``Glossary of terms Advocacy Proactively communicating … . ARA Australasian
    Reporting Awards. Asset An item …``), one piece each and the heading one, when five or more
    stand in alphabetical order; None when the line opens with no glossary's heading, as prose
    whose sentences open with capitals would be cut too, unless it goes on with such a glossary
    (``continued``), opening with its next term."""
    words = line.split(" ")
    head = next(
        (
            len(prefix)
            for n in range(min(GLOSSARY_WORDS_MAX, len(words) - 1), 0, -1)
            if glossary_title(prefix := " ".join(words[:n]))
            and capital_split(" ".join(words[n : n + SPLIT_WORDS])) is not None
        ),
        0,
    )
    if not head and not (continued and capital_split(line[:SPLIT_REACH]) is not None):
        return None
    starts = [
        (m.end() + head, split[0])
        for m in _SENTENCE_START.finditer(line[head:].lstrip())
        if (split := capital_split(line[head:].lstrip()[m.end() : m.end() + SPLIT_REACH]))
    ]
    gap = len(line[head:]) - len(line[head:].lstrip())
    return _cut_at_terms(line, [(start + gap, term) for start, term in starts])


GLOSSARY_WORDS_MAX = 6
SPLIT_REACH = 200  # characters: a term and its definition's first words
SPLIT_WORDS = 30


# a first word set apart from what follows by a dash or a colon (``EPNdb - effective …``): no
# acronym run into its expansion
_SEPARATED = re.compile(r"\S+\s*(?:\s[-–—]|:)\s")
_LOWER_ACRONYM = re.compile(r"[a-z]{1,3}[A-Z][A-Za-z0-9]{0,8}")


def _numbered_heading(line: str) -> bool:
    numbering = match_numbering(line, chinese=False)
    return numbering is not None and bool(numbering.number)


def _inline_lists(items: list[tuple[int, str]], *, titled: bool) -> list[DefinitionList]:
    """Runs of lines that each hold a term and its definition (a definition's wrapped lines
    between them), in alphabetical order; ``titled``: the lines are under a glossary's heading."""
    found: list[DefinitionList] = []
    run: list[tuple[int, str, int]] = []  # line, term, definition's end (an index of items)
    listed = False  # whether the last entry was an abbreviation list's line
    cased = False  # whether the lines are a table's rows under its header row

    def flush() -> None:
        for a, b in _ordered([term for _, term, _ in run], titled=titled):
            end = items[run[b - 1][2]][0]
            found.append(DefinitionList({n: n for n, _, _ in run[a:b]}, end, True))
        run.clear()

    for i, (n, line) in enumerate(items):
        if glossary_title(line) or header_row(line):
            flush()  # a list's heading: what follows is another list
            cased = header_row(line)
            titled = titled or not cased
            continue
        entry = inline_entry(line, cased=cased, verb=titled, glued=titled, capital=titled)
        before = items[run[-1][2]][1] if run else ""
        if (
            entry is not None
            and before
            and not ends_sentence(before)
            # a statute's definitions end so, and the words leading into them with a dash
            and not before.rstrip().endswith((";", "；", "—"))
            and runs_on(before, line)
            # an abbreviation in lower case first is no sentence going on (``dB - decibels``)
            and not _LOWER_ACRONYM.fullmatch(entry.term)
            and not (entry.listed and listed)  # an abbreviation list's lines have no stops
            and not cased  # nor have a table's rows
        ):
            entry = None  # the next line of a definition a page wrapped, not an entry
        if entry is not None:
            run.append((n, entry.term, i))
            listed = entry.listed
        elif run and _numbered_heading(line):
            flush()  # the next section (``2. Data sources``), no definition's next line
            cased = titled = False
        elif run and (
            not ends_sentence(before)
            or (before.endswith((":", "：")) and unbulleted(line) != line)  # its list's items
        ):
            run[-1] = (*run[-1][:2], i)  # the entry's definition goes on
        else:
            flush()
            cased = titled = False
    flush()
    return found


def definition_lists(
    lines: Sequence[tuple[int, str]],
    *,
    chinese: bool = False,
    lexicon: bool = False,
    titled: bool = False,
) -> list[DefinitionList]:
    """The definition lists among the numbered non-blank ``lines``. In Chinese text only terms
    set in 【】 alone on their lines, numbered terms over a labelled meaning (``含义：``) and
    bilingual word lists count (a report's short headings look like any other term), and on a
    page about words (``lexicon``: ``8个新词有何深意``) terms alone on their lines, each over a
    paragraph that uses it; four or more terms closed by a colon over their paragraphs count on
    any page. ``titled``: the lines are under a glossary's heading (the page's title)."""
    if chinese:
        found = [
            *_bracketed_lists(lines),
            *_labelled_lists(lines),
            *_defined_lists(lines),
            *_vocabulary_lists(lines),
            *_word_lists(lines, lexicon=lexicon),
            *_translated_lists(lines),
        ]
        return sorted(found, key=lambda found: found.start)
    items = [(n, line) for n, line in lines if not letter_divider(line)]
    inline = _inline_lists(items, titled=titled)
    apart = [
        found
        for found in _term_lists(items)
        if not any(found.start <= other.end and other.start <= found.end for other in inline)
    ]
    return sorted([*inline, *apart], key=lambda found: found.start)


_ABBREVIATED = re.compile(r"\s\([A-Z][A-Za-z0-9]{1,9}\)$")


def _term_lists(items: list[tuple[int, str]]) -> list[DefinitionList]:
    """Runs of terms alone on their lines, each over its definition, in alphabetical order."""
    found: list[DefinitionList] = []
    run: list[tuple[int, int, str, int]] = []  # first line, last line, term, definition's end

    def flush() -> None:
        end = 0
        for a, b in _ordered([term for _, _, term, _ in run]):
            # the list's first terms may stand out of order when each carries its abbreviation
            # (``Local Government Act (LGA02)``, ``Long-term plan (LTP)``, then ``Annual Plan``)
            while a > end and _ABBREVIATED.search(run[a - 1][2]):
                a -= 1
            found.append(DefinitionList({f: t for f, t, _, _ in run[a:b]}, run[b - 1][3]))
            end = b
        run.clear()

    # where most terms have a bullet, a line without one is a definition's (``- Account`` /
    # ``- Accounting entities by which …`` / ``status of expenditure …``)
    terms = [line for _, line in items if _term_like(line)]
    bulleted = sum(unbulleted(line) != line for line in terms) * 3 >= len(terms) * 2 > 0

    def term_like(line: str, *, whole: bool = True) -> bool:
        return _term_like(line, whole=whole) and (not bulleted or unbulleted(line) != line)

    def wrapped_at(i: int) -> bool:
        """Whether a term the page wrapped starts at ``i`` (``Asset Acquisition and`` /
        ``Replacement Reserve``)."""
        return (
            i + 2 < len(items)
            and term_like(items[i][1], whole=False)
            and term_like(items[i + 1][1])
            and not term_like(items[i + 2][1])
            and _term_like(f"{items[i][1]} {items[i + 1][1]}")
            and not _ACRONYM.fullmatch(items[i][1])  # ``ACR`` over ``Australian Capital …``
            # a heading over a term that keeps its separator (``Audit Terms`` / ``Audit –``)
            and not _TRAILING_SEPARATOR.search(items[i + 1][1])
        )

    i = 0
    while i < len(items):
        term = items[i][1]
        wrapped = wrapped_at(i)
        if not wrapped and not term_like(term):
            flush()
            i += 1
            continue
        last = i
        if wrapped:
            last, term = i + 1, f"{term} {items[i + 1][1]}"
        k = last + 1
        if (
            _ACRONYM.fullmatch(term)
            and k + 1 < len(items)
            and term_like(items[k][1])
            and not term_like(items[k + 1][1])
        ):
            k += 1  # a table's row a cell a line: the acronym, its expansion, what it is
        elif (
            _ACRONYM.fullmatch(term)
            and k < len(items)
            and term_like(items[k][1])
            and spells_out(term, items[k][1])
        ):
            k += 1  # an acronym over its expansion, which looks like a term (``ABS`` /
            # ``Australian Bureau of Statistics``)
        while (
            k < len(items)
            and not term_like(items[k][1])
            and not (ends_on_small_word(items[k][1]) and wrapped_at(k))
            and not (
                k > last + 1
                and (not bulleted or unbulleted(items[k][1]) != items[k][1])
                and _other_entry(items[k - 1][1], items[k][1])
            )
        ):
            k += 1
        if k == last + 1:
            flush()
            i += 1
            continue
        run.append((items[i][0], items[last][0], term, items[k - 1][0]))
        if k < len(items) and not term_like(items[k][1]):
            flush()  # the glossary goes on in another shape
        i = k
    flush()
    return found


# ``【福州两江四岸】`` alone on its line, over its definition
# (a page's reference alone, ``【P14】`` or ``【】``, is no term but the page of the term above it)
_BRACKETED_TERM = re.compile(r"\s*【(?!\s*[Pp]?\s*\d{0,4}\s*】)[^】【]{1,30}】\s*")
BRACKETED_MIN = 3


# ``1. 具身智能`` alone on its line, over ``含义：指……`` (and perhaps ``背景：……``): a page of a
# report's new words, each numbered, its meaning labelled
_NUMBERED_TERM = re.compile(
    # ``1.``, ``（一）``, or the page's word for its items (``（新提法一）``)
    r"\s*(?:(?P<digits>\d{1,2})\s*[.、．]"
    r"|[（(](?:新提法|新词|新詞|热词|熱詞|关键词|關鍵詞)?(?P<zh>[一二三四五六七八九十]{1,3})[)）])"
    r"\s*(?P<term>[^。！？；，,:：(（\s](?:[^。！？；，,:：(（]|[（(][^()（）]{1,20}[)）]){1,39})"
)
_MEANING_LABEL = (
    r"含义|含義|释义|釋義|定义|定義|概念|内涵|內涵|"
    r"报告语境|報告語境|语境|語境|解读|解讀|代表解词|委员解词|名词解释|名詞解釋"
)
_MEANING = re.compile(rf"\s*(?:【(?:{_MEANING_LABEL})】|(?:{_MEANING_LABEL})\s*[:：])")
LABELLED_MIN = 2
# a term without a number over its labelled meaning (``“瞪羚”企业`` / ``名词解释：指…``)
_LABELLED_TERM = re.compile(r"[“”\"‘’《》\u4e00-\u9fff0-9A-Za-z+·\-]{2,20}")


def list_term(line: str) -> tuple[str, str]:
    """The term a definition list's line holds alone, and the number it carries (or ``""``):
    ``【福州两江四岸】``, ``1. 具身智能``, ``- Accounts receivable``, ``Audit –``."""
    if m := _NUMBERED_TERM.fullmatch(line):
        return m["term"].strip(), m["digits"] or m["zh"]
    term = unbulleted(line).strip().strip("【】*").rstrip(":：")  # ``**高质量发展`` too
    return unquote(_TRAILING_SEPARATOR.sub("", term)), ""  # ``“最多跑一次”`` too


def _labelled_lists(lines: Sequence[tuple[int, str]]) -> list[DefinitionList]:
    """Runs of two or more terms alone on their lines, numbered or not, each over its meaning
    labelled as such (``含义：``, ``名词解释：``)."""
    return _term_runs(
        lines,
        lambda line, following: bool(
            (_NUMBERED_TERM.fullmatch(line) or _LABELLED_TERM.fullmatch(line.strip()))
            and _MEANING.match(following[0])
        ),
        lambda line: bool(_NUMBERED_TERM.fullmatch(line)),
        lambda terms: len(terms) >= LABELLED_MIN,
    )


# a yearbook's term alone on its line, perhaps with a remark in brackets
# (``出生率（又称粗出生率）``)
_DEFINED_TERM = re.compile(
    r"[“”\"‘’《》\u4e00-\u9fff0-9A-Za-z+·\-]{2,20}(?:[（(][^()（）]{1,20}[)）])?"
)
DEFINED_MIN = 3


def _defined_lists(lines: Sequence[tuple[int, str]]) -> list[DefinitionList]:
    """Runs of three or more terms alone on their lines, numbered or not, each over a paragraph
    that says what it refers to (``1、不在业人口`` / ``指十五周岁及十五周岁以上人口中…``): a
    statistics yearbook's notes on its indicators. No section's paragraph opens with ``指``."""
    return _term_runs(
        lines,
        lambda line, following: bool(
            (_NUMBERED_TERM.fullmatch(line) or _DEFINED_TERM.fullmatch(line.strip()))
            and defines(following[0].strip())
        ),
        lambda line: bool(_NUMBERED_TERM.fullmatch(line)),
        lambda terms: len(terms) >= DEFINED_MIN,
    )


# A page about a report's words says so at its top (``政府工作报告8个新词有何深意``).
LEXICON = re.compile(r"新词|热词|关键词|新提法|新概念|新表述|名词|词汇|新詞|熱詞|關鍵詞|詞匯|詞彙")
_WORD_ALONE = re.compile(r"(?:\*\*)?[“\"]?[\u4e00-\u9fff0-9A-Za-z+]{2,12}[”\"]?(?:\*\*)?")
_UNQUOTED = re.compile(r"[“”\"‘’]")
# or with a colon after it, its meaning in the paragraph under it (``保居民就业：``)
_COLON_WORD = re.compile(r"[“\"]?[\u4e00-\u9fff0-9A-Za-z+]{2,12}[”\"]?[:：]")
COLON_WORD_MIN = 4
WORD_MIN = 2
WORD_PARAGRAPH_MIN = 15


WORD_SHARE_MIN = 0.5


def _says(word: str, paragraph: str) -> bool:
    """Whether ``paragraph`` says ``word``, whole or at least half its characters (``四個城市``
    over ``國家中心城市、美麗宜居公園城市…``)."""
    if word in paragraph:
        return True
    chars = set(word)
    return len(chars & set(paragraph)) >= WORD_SHARE_MIN * len(chars)


def _word_lists(lines: Sequence[tuple[int, str]], *, lexicon: bool) -> list[DefinitionList]:
    """Runs of four or more words closed by a colon alone on their lines, each over a paragraph
    (``保居民就业：``); on a page about words, runs of two or more words alone on their lines,
    each over a paragraph that says it."""

    def opens(line: str, following: Sequence[str]) -> bool:
        word = line.strip().strip('*“”"')
        nxt = following[0]
        if _COLON_WORD.fullmatch(line.strip()):
            return len(nxt) >= WORD_PARAGRAPH_MIN and not _COLON_WORD.fullmatch(nxt.strip())
        if not _HAN.search(nxt) and len(following) > 1:
            nxt = following[1]  # the word's English on the line between (``Middle-income trap``)
        return (
            bool(_WORD_ALONE.fullmatch(line.strip()))
            and len(nxt) >= WORD_PARAGRAPH_MIN
            and _says(word, _UNQUOTED.sub("", nxt))  # ``双创升级版`` in ``打造“双创”升级版``
            and not _WORD_ALONE.fullmatch(nxt.strip())
        )

    def enough(terms: list[str]) -> bool:
        words = [t.strip().strip('*“”"').rstrip(":：") for t in terms]
        colons = all(_COLON_WORD.fullmatch(t.strip()) for t in terms)
        return (
            len(terms) >= (COLON_WORD_MIN if colons and not lexicon else WORD_MIN)
            and (lexicon or colons)
            and len(set(words)) == len(words)  # not the speakers of an interview, in turn
        )

    return _term_runs(
        lines,
        opens,
        lambda line: bool(_WORD_ALONE.fullmatch(line.strip()) or _COLON_WORD.fullmatch(line)),
        enough,
    )


def _term_runs(
    lines: Sequence[tuple[int, str]],
    opens: Callable[[str, Sequence[str]], bool],
    shaped: Callable[[str], bool],
    enough: Callable[[list[str]], bool],
) -> list[DefinitionList]:
    """Runs of terms alone on their lines, each over its definition: a line ``opens`` an entry
    (seen with the two lines after it), the lines after it are its definition, and a line ``shaped``
    as a term that opens none ends the run, which is a list when it has ``enough`` terms."""
    found: list[DefinitionList] = []
    run: list[tuple[int, int]] = []  # the term's line, its definition's last
    terms: list[str] = []

    def flush() -> None:
        if run and enough(terms):
            found.append(DefinitionList({n: n for n, _ in run}, run[-1][1]))
        run.clear()
        terms.clear()

    for k, (n, line) in enumerate(lines):
        following = [text for _, text in lines[k + 1 : k + 3]] or [""]
        if opens(line, following):
            run.append((n, n))
            terms.append(line)
        elif run and not shaped(line):
            run[-1] = (run[-1][0], n)  # the definition goes on
        else:
            flush()
    flush()
    return found


VOCABULARY_MIN = 5
# ``▪中国式现代化`` over ``Chinese modernization``: a word list's Chinese term, its English under it
_CHINESE_TERM = re.compile(r"[\u4e00-\u9fff“”、·]{2,20}")
TRANSLATED_MIN = 4


def _translated_lists(lines: Sequence[tuple[int, str]]) -> list[DefinitionList]:
    """Runs of four or more Chinese terms alone on their lines (perhaps bulleted), each over
    its English."""

    def chinese_term(line: str) -> bool:
        return bool(_CHINESE_TERM.fullmatch(unbulleted(line).strip()))

    return _term_runs(
        lines,
        lambda line, following: (
            chinese_term(line)
            and bool(following[0])
            and not _HAN.search(following[0])
            and len(following[0]) <= TERM_CHARS_MAX * 2
        ),
        chinese_term,
        lambda terms: len(terms) >= TRANSLATED_MIN,
    )


def _vocabulary_lists(lines: Sequence[tuple[int, str]]) -> list[DefinitionList]:
    """Runs of five or more lines that each give a Chinese term and its English."""
    found: list[DefinitionList] = []
    run: list[int] = []
    for n, line in [*lines, (0, "")]:
        if (m := _VOCABULARY.fullmatch(line)) and (m["term"] or m["number"]):
            run.append(n)
            continue
        if len(run) >= VOCABULARY_MIN:
            found.append(DefinitionList({k: k for k in run}, run[-1], True))
        run = []
    return found


def _bracketed_lists(lines: Sequence[tuple[int, str]]) -> list[DefinitionList]:
    """Runs of three or more terms in 【】 alone on their lines, each over its definition."""
    return _term_runs(
        lines,
        # a term needs its definition under it
        lambda line, following: bool(
            _BRACKETED_TERM.fullmatch(line)
            and following[0]
            and not _BRACKETED_TERM.fullmatch(following[0])
        ),
        lambda line: bool(_BRACKETED_TERM.fullmatch(line)),
        lambda terms: len(terms) >= BRACKETED_MIN,
    )

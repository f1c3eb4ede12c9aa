"""What a web page or a printed page puts around a document: menus, link lists, abstract boxes,
running heads and feet. Each finder looks at all the blocks' texts at once."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from difflib import SequenceMatcher

from .chars import ends_sentence, key
from .patterns import ZH_DIGITS, is_date_line, numbering_label

__all__ = [
    "ABSTRACT",
    "DOT_LEADER",
    "READ_ON",
    "RUNNING_MAX",
    "abstract_box",
    "contents",
    "link_list",
    "link_row",
    "menus",
    "nav_word",
    "near_running",
    "running_key",
    "running_lines",
    "strip_link_numbers",
]

# Site navigation: a run of menu items one per line, or a line of them, with the words portals
# use (``首页 | 政务公开 | 政务服务 | 互动交流 | 走进XX``).
_NAV_WORDS = frozenset(
    [
        "首页",
        "网站首页",
        "政务公开",
        "信息公开",
        "政府信息公开",
        "政务服务",
        "办事服务",
        "网上办事",
        "互动交流",
        "政民互动",
        "公众参与",
        "新闻中心",
        "新闻",
        "要闻",
        "要闻动态",
        "政务动态",
        "政策",
        "政策文件",
        "政策解读",
        "数据",
        "数据发布",
        "统计数据",
        "国务院",
        "总理",
        "互动",
        "服务",
        "国情",
        "专题",
        "专题专栏",
        "联系我们",
        "网站地图",
        "无障碍",
        "长者模式",
        "登录",
        "注册",
        "English",
        "繁体",
        "简体",
        "Home",
        "News",
        "About",
        "Contact",
        "Services",
    ]
)
# An English site's menu items, compared in lower case.
_EN_NAV_WORDS = frozenset(
    [
        "home",
        "menu",
        "about",
        "about us",
        "who we are",
        "our work",
        "what we do",
        "where we work",
        "publications",
        "resources",
        "research",
        "news",
        "news & stories",
        "news and events",
        "newsroom",
        "media",
        "press",
        "events",
        "blog",
        "get involved",
        "take action",
        "donate",
        "donate now",
        "search",
        "contact",
        "contact us",
        "careers",
        "jobs",
        "government",
        "business",
        "visiting",
        "visitors",
        "living",
        "residents",
        "services",
        "departments",
        "council",
        "investing",
        "culture",
        "sitemap",
        "site map",
        "accessibility",
        "privacy",
        "sign in",
        "log in",
        "login",
        "subscribe",
        "skip to content",
        "skip to main content",
        "what's new",
        "what’s new",
        "a-z",
        "a-z services",
        "a to z",
        "website help",
        "help",
        "complaints",
        "enquiries",
        "feedback",
        "access key details",
        "access keys",
        "your council",
        "report it",
        "apply for it",
        "pay for it",
        "pay",
        "apply",
        "report",
    ]
)
_NAV_SPLIT = re.compile(r"\s*[|｜/·•]\s*|\s{2,}|\u3000+")
_PAUSE = re.compile(r"[，。；：:,;!?！？、]")
_NAV_TOKEN = re.compile(
    r"[^\s，。；：:,.;!?！？、（）()]{1,8}"
    r"|[A-Z][A-Za-z&'’\-]*(?: [A-Za-z&'’\-]+){0,3}"  # an English item: a few words
)
NAV_RUN_MIN = 3
MENU_MAX = 120


def nav_word(token: str) -> bool:
    return (
        token in _NAV_WORDS
        or token.lower() in _EN_NAV_WORDS
        or token.startswith("走进")
        or token.endswith(("概况", "网", "网站", "门户"))  # a row of links to other sites
    )


def _nav_tokens(text: str) -> list[str] | None:
    """The menu items ``text`` consists of, when it is nothing but short items."""
    if len(text) > MENU_MAX or _PAUSE.search(text):
        return None
    tokens = [t for t in _NAV_SPLIT.split(text.strip()) if t]
    if len(tokens) == 1 and nav_word(tokens[0]):
        pass  # one link of a few words (``A-Z Services``)
    elif len(tokens) < NAV_RUN_MIN and all(nav_word(t) for t in text.split()):
        tokens = text.split()
    if not tokens or not all(_NAV_TOKEN.fullmatch(t) for t in tokens):
        return None
    return tokens


def link_row(text: str) -> bool:
    """Whether ``text`` is a row of links set apart by bars (``中国政府网 | 国务院部门网站``)."""
    tokens = _nav_tokens(text)
    return tokens is not None and len(tokens) >= 2 and text.count("|") + text.count("｜") >= 1


def _is_menu(tokens: list[str]) -> bool:
    return len(tokens) >= NAV_RUN_MIN and 2 * sum(map(nav_word, tokens)) >= len(tokens)


def menus(texts: list[str | None]) -> set[int]:
    """Indices of the blocks that are site navigation: a line of menu items, or a run of lines
    of one item each."""
    found: set[int] = set()
    run: list[int] = []
    for i, text in enumerate([*texts, None]):
        tokens = _nav_tokens(text) if text is not None else None
        if tokens is not None and len(tokens) == 1:
            run.append(i)
            continue
        if _is_menu([t for j in run if (t := texts[j]) is not None]):
            # from its first link to its last: a title or a heading may follow it
            linked = [j for j in run if nav_word(texts[j] or "")]
            found.update(j for j in run if linked[0] <= j <= linked[-1])
        run = []
        if tokens is not None and _is_menu(tokens):
            found.add(i)
    return found


# A text dump of a web page (``lynx -dump``) numbers its links (``[3]政务服务``) and lists them
# at the end under ``References``.
_REFERENCES = re.compile(r"\s*(?:References|Visible links|Hidden links|参考链接)\s*:?\s*", re.I)
_REFERENCE = re.compile(r"\d{1,4}\s*\.\s*(?:[a-z][a-z0-9+.\-]*:|www\.)\S*", re.I)
_LINK_NUMBER = re.compile(r"\[(\d{1,4})\]")


def link_list(texts: list[str | None]) -> tuple[set[int], int]:
    """Indices of a dump's list of links (its headings, ``References`` and ``Hidden links``,
    and its entries), and the highest link number."""
    for i, text in enumerate(texts):
        if text is None or not _REFERENCES.fullmatch(text):
            continue
        rest = [(j, t) for j in range(i + 1, len(texts)) if (t := texts[j])]
        entries = {j: t for j, t in rest if _REFERENCE.fullmatch(t)}
        if len(entries) >= 2:
            last = max(int(t.split(".", 1)[0]) for t in entries.values())
            headings = {j for j, t in rest if _REFERENCES.fullmatch(t)}
            return {i, *entries, *headings}, last
    return set(), 0


def strip_link_numbers(text: str, last: int, record: Callable[[str], None]) -> str:
    def drop(m: re.Match[str]) -> str:
        if int(m.group(1)) > last:
            return m.group()
        record(m.group())
        return ""

    return _LINK_NUMBER.sub(drop, text)


ABSTRACT = re.compile(
    r"[▌■●|｜]?\s*[【\[]?\s*(?:内容摘要|摘要|核心提示|导读|划重点|文档简介|内容简介)\s*[】\]]?"
    r"\s*[:：]?"
)
READ_ON = re.compile(
    r"[【\[]?\s*(?:阅读全文|查看全文|点击查看全文|展开全文|全文阅读|全文)\s*[】\]]?\s*[>»:：]*"
    r"|.{0,8}(?:报告全文|全文来了|全文如下|一起来看全文)\s*[↓👇]*"
)


def abstract_box(texts: list[str | None]) -> set[int]:
    """A page's abstract box: between ``【内容摘要】`` and ``阅读全文`` all of it, an editor's
    summary; in a blurb a site cut short (``文档简介：`` … ``…``), the paragraphs the full text
    repeats further down."""
    for i, text in enumerate(texts):
        if text is None or not ABSTRACT.fullmatch(text):
            continue
        end = next(
            (
                j
                for j in range(i + 1, min(len(texts), i + 12))
                if READ_ON.fullmatch(t := texts[j] or "") or _CUT_SHORT.search(t)
            ),
            None,
        )
        if end is None:
            return set()
        last = _CUT_SHORT.search(texts[end] or "")  # a blurb's last words, cut off
        rest = "\n".join(key(t) for t in texts[end + 1 :] if t is not None)
        box = [(j, texts[j] or "") for j in range(i + 1, end)]
        if last:
            box.append((end, (texts[end] or "")[: last.start()]))
        if last is None:
            # between its two markers the box is the page's: an editor's summary
            return {j for j, _ in box}
        return {j for j, t in box if t and key(t) in rest}
    return set()


# A blurb ends where the site cut it: ``……极不平凡的一...``
_CUT_SHORT = re.compile(r"(?:\.{3,}|…+)\s*$")


# A running head or foot of a printed page (a report's title, an agency's name, a stamp such as
# ``ADVANCE UNEDITED VERSION``) recurs at every page break, between unrelated lines; a heading
# repeated with its whole document recurs with the same line after it each time.
RUNNING_MIN = 3
RUNNING_MAX = 80


_DIGITS = re.compile(r"\d+")
_QUOTED_ALONE = re.compile(r"\s*(?:“[^“”]{1,30}”|「[^「」]{1,30}」|\"[^\"]{1,30}\")\s*")
RUNNING_LETTERS = 4
RUNNING_SPREAD = 8  # lines between a running head's appearances, on average at the least


def running_key(line: str) -> str:
    """The key under which the copies of a running head compare equal: ``key`` with every
    number alike, so ``Department of … | 12`` and ``… | 13`` are one foot."""
    return _DIGITS.sub("#", key(line))


def running_lines(lines: list[str]) -> set[str]:
    """The ``running_key`` of each line that is a running head or foot of printed pages."""
    shown = [text for line in lines if (text := line.strip())]
    keys: dict[int, str] = {}

    def key_of(j: int) -> str:
        if not 0 <= j < len(shown):
            return ""
        if j not in keys:
            keys[j] = key(shown[j])
        return keys[j]

    around: dict[str, list[tuple[str, str]]] = {}
    where: dict[str, list[int]] = {}
    for j, text in enumerate(shown):
        if (
            len(text) <= RUNNING_MAX
            and not ends_sentence(text)
            and not _QUOTED_ALONE.fullmatch(text)  # a term set apart by markup (``“一网通办”``)
            # letters, not a figure (``326.4亿元``)
            and sum(c.isalpha() for c in text) >= RUNNING_LETTERS
            and numbering_label(text) is None  # ``CHAPTER 2`` recurs, but as a heading
            and not text.endswith((",", "，"))  # and so does a salutation (``Fellow Deputies,``)
        ):
            k = _DIGITS.sub("#", key_of(j))
            around.setdefault(k, []).append((key_of(j - 1), key_of(j + 1)))
            where.setdefault(k, []).append(j)
    running = set()
    for k, seen in around.items():
        varied = max(len({b for b, _ in seen}), len({a for _, a in seen}))
        spread = where[k][-1] - where[k][0]
        # a page's head recurs a page apart; a name said again and again in a few lines (the
        # value of a form's fields) is the text's own
        if (
            len(seen) >= RUNNING_MIN
            and 2 * varied > len(seen)
            and spread >= RUNNING_SPREAD * (len(seen) - 1)
        ):
            running.add(k)
    return running


NEAR_MIN = 20
NEAR_RATIO = 0.92


def near_running(line: str, running: set[str]) -> bool:
    """Whether ``line`` is a running head that OCR misread (``U.S. Departrnent of …``): not one
    of ``running`` but a long one with a letter or two wrong."""
    k = running_key(line)
    if len(k) < NEAR_MIN or k in running:
        return False
    matcher: SequenceMatcher[str] | None = None  # ``k`` indexed once, for every head
    for head in running:
        if abs(len(head) - len(k)) <= 2 and len(head) >= NEAR_MIN:
            if matcher is None:
                matcher = SequenceMatcher(None, "", k, autojunk=False)
            matcher.set_seq1(head)
            if matcher.quick_ratio() >= NEAR_RATIO and matcher.ratio() >= NEAR_RATIO:
                return True
    return False


# A table of contents (``On this page``, ``目录``): a run of short lines that come back further
# down as the headings they list.
_CONTENTS = re.compile(
    r"\s*(?:on this page|contents|table of contents|in this section|list of (?:tables|figures|"
    r"exhibits|charts|maps|abbreviations)|目\s*录)\s*:?\s*",
    re.I,
)
# A line of a printed table of contents: a heading, dot leaders, its page.
DOT_LEADER = re.compile(r".{2,90}?\s*[…．.·]{4,}\s*\d{1,3}\s*")
_UNNUMBERED = re.compile(
    rf"^(?:\d{{1,2}}(?:\.\d{{1,2}})*\.?(?!\d)|[IVXLC]{{1,6}}\.|[{ZH_DIGITS}]{{1,3}}、"
    rf"|[(（][{ZH_DIGITS}\d]{{1,3}}[)）])"
)
_BULLET = re.compile(r"^\s*[-–•·▪*]\s+")  # a list's bullet before an entry (``- Draft Glossary``)
PRINTED = "a printed contents: its lines end in dot leaders and a page"
LISTED = "the headings it lists follow"
CUT_OFF = (
    "numbered lines with nothing between them, their numbering starting again: a contents "
    "whose headings the excerpt does not hold"
)
MENU = "a site's contents of its pages, the one shown among them, its title next"
MENU_CONTENTS_MIN = 5
CONTENTS_MIN = 3
CONTENTS_LETTERS = 2
CONTENTS_LINE_MAX = 60
CONTENTS_SHARE = 0.6


def contents(texts: list[str | None]) -> dict[int, str]:
    """Indices of the blocks that are a table of contents and its heading, each with why."""
    # an entry may list a heading without its numbering (``Foreword`` for ``1. Foreword``)
    keys = [
        _UNNUMBERED.sub("", key(_PAGE_LINKS.sub("", _BULLET.sub("", t))))
        if t and len(t) <= _line_max(t)
        else ""
        for t in texts
    ]
    found: dict[int, str] = {}
    # where each key stands, for the key after its first place past a run
    places: dict[str, list[int]] = {}
    for n, k in enumerate(keys[:-1]):
        places.setdefault(k, []).append(n)

    def next_key(k: str, start: int) -> str | None:
        """The key after ``k``'s first place at or past ``start``, or None when it has none."""
        at = places.get(k, [])
        p = bisect_left(at, start)
        return keys[at[p] + 1] if p < len(at) else None

    i = 0
    while i < len(texts):
        if _CONTENTS.fullmatch(texts[i] or ""):
            leaders = i + 1
            while leaders < len(texts) and DOT_LEADER.fullmatch(texts[leaders] or ""):
                leaders += 1
            if leaders > i + 1:  # a printed contents: its lines say they are one
                found.update(dict.fromkeys(range(i, leaders), PRINTED))
                i = leaders
                continue
            i += 1  # the list starts under its heading
        j, listed = i, set()
        while j < len(texts) and _contents_line(texts[j]) and keys[j] not in listed:
            listed.add(keys[j])  # the first heading the list names ends it
            j += 1
        if j - i >= CONTENTS_MIN:
            # each entry comes back, and with a paragraph after it, not the next entry: a copy
            # of the whole document repeats the run as a run
            back = [
                n
                for n in range(i, j)
                if (after := next_key(keys[n], j)) is not None
                and after != (keys[n + 1] if n + 1 < j else "")
            ]
            labelled = i > 0 and bool(_CONTENTS.fullmatch(texts[i - 1] or ""))
            # numbered entries under the head's last short lines (``Wen Jiabao`` / ``Premier of
            # the State Council`` / ``I. Review of …``): the list starts at its first entry
            tail = back[0] if back else i
            if not (
                tail > i
                and j - tail >= CONTENTS_MIN
                and all(_NUMBERED_ENTRY.match(texts[n] or "") for n in range(tail, j))
                and not any(_NUMBERED_ENTRY.match(texts[n] or "") for n in range(i, tail))
            ):
                tail = i
            if len(back) >= CONTENTS_SHARE * (j - tail):
                found.update(dict.fromkeys(range(tail, j), LISTED))
                if labelled and tail == i:
                    found[i - 1] = LISTED
            elif (
                (first := i - 1 if labelled else _series(texts, i, j)) is not None
                and j < len(texts)
                and keys[j] in listed
                and j - i >= MENU_CONTENTS_MIN
            ):
                # ``Contents`` / ``- Draft Balance Sheet`` … ``- Draft Glossary`` / ``Draft
                # Glossary``: the page the site shows comes next, under its own title; a series'
                # parts need no label (``Annex 1: …`` … ``Annex 5: …`` / ``Annex 5: …``)
                found.update(dict.fromkeys(range(first, j), MENU))
            else:
                found.update(dict.fromkeys(_numbered_menu(texts, i, j), CUT_OFF))
        i = max(j, i + 1)
    return found


# a series' part by its number (``Annex 3: GEF biodiversity projects``)
_PART = re.compile(
    r"(?P<kind>Annex|Appendix|Attachment|Chapter|Part|Section|Schedule|Volume)\s+(?P<n>\d{1,2})\b.*"
)


def _series(texts: list[str | None], start: int, end: int) -> int | None:
    """Where the lines from ``start`` (or the one after it, the line above being the site's) up
    to ``end`` start to name the parts of one series in order (``Annex 1: …``, ``Annex 2: …``),
    or None."""
    for first in (start, start + 1):
        parts = [_PART.fullmatch(line or "") for line in texts[first:end]]
        if (
            len(parts) >= MENU_CONTENTS_MIN
            and all(parts)
            and len({m["kind"] for m in parts if m}) == 1
            and [int(m["n"]) for m in parts if m] == list(range(1, len(parts) + 1))
        ):
            return first
    return None


TOP_LINES = 3
MENU_MIN = 5


def _numbered_menu(texts: list[str | None], start: int, end: int) -> range:
    """The numbered lines opening the run ``start:end`` at the top of the text when they are a
    contents whose headings the excerpt cut off: no text between them, their numbering
    starting again (``（一）…（七）``, ``（一）…（七）``)."""
    numbers = []
    for t in texts[start:end]:
        m = _UNNUMBERED.match(key(t or ""))
        if m is None:
            break
        numbers.append(m.group())
    if start <= TOP_LINES and len(numbers) >= MENU_MIN and len(set(numbers)) < len(numbers):
        return range(start, start + len(numbers))
    return range(0)


# the links to a long section's pages after its entry (``I. Review of Work [1] [2] [3]``)
_PAGE_LINKS = re.compile(r"(?:\s*\[\d{1,3}\])+\s*$")


# a Latin contents' entry by its section's number (``II. General Requirements …``)
_NUMBERED_ENTRY = re.compile(r"\s*(?:[IVXLC]{1,6}|\d{1,2})[.)]\s+[A-Z]")


def _line_max(text: str) -> int:
    """The longest line a contents may hold: twice as long for a numbered Latin entry."""
    return 2 * CONTENTS_LINE_MAX if _NUMBERED_ENTRY.match(text) else CONTENTS_LINE_MAX


def _contents_line(text: str | None) -> bool:
    """Whether ``text`` may be a line of a table of contents: a heading's words, never a
    fragment that markup set apart (``“稳”``, ``与``, ``……的辩证关系，以``)."""
    t = (text or "").strip()
    return (
        len(t) <= _line_max(t)
        and sum(c.isalnum() for c in t) >= CONTENTS_LETTERS
        and not ends_sentence(t)
        and not t.endswith(("，", ",", "、", "；", ";"))
        and not _QUOTED_ALONE.fullmatch(t)
        and not _CONTENTS.fullmatch(t)
        and not is_date_line(t)  # a cover's or a form's date, never a section
    )

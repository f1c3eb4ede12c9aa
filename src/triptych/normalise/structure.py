"""Find the title (and the lines under it) and the numbered section headings with their levels."""

from __future__ import annotations

import re
from dataclasses import replace

from ..diagnostics import Code
from ..model import Block, Document, Heading, Paragraph, Text, plain
from .chars import ends_sentence, join_text, key
from .context import DocumentPass, PassContext
from .patterns import (
    ADDRESSEES,
    NOTICE_TITLE,
    OFFICE,
    SMALL_WORDS,
    TITLED_WORDS_MAX,
    ZH_DIGITS,
    Numbering,
    after_top_section,
    appendix_label,
    bare_numbering,
    closed_up,
    fields_after_title,
    find_date,
    glossary_title,
    is_byline,
    is_date_line,
    is_glossary_heading,
    is_meeting_line,
    is_month_line,
    is_site_name,
    letter_divider,
    match_appendix,
    match_entry,
    match_numbering,
    numbering_label,
    opens_glossary,
    opens_speech,
    reporter_credit,
    section_numbering,
    section_ordinal,
    stands_alone,
    title_cased,
)

__all__ = ["HEADINGS", "TITLE"]

TITLE_MAX = 50
EN_TITLE_MAX = 130  # English titles run longer in characters
SUBTITLE_MAX = 120
_SUBTITLE = re.compile(
    r"(?:——|—|--|-(?=[A-Z])|-\s(?=(?:Delivered|Presented|Submitted|Given) ))\s*.+|[（(][^)）]+[)）]"
    r"|(?:For the|For Fiscal|Fiscal Year|FY\s?\d|Presented to|Submitted to|Prepared for"
    r"|Report to|Delivered at|Delivered to|Delivered on|Presented at|Performance Audit of"
    r"|Audit of)\b.+"
    # the occasion without its verb (``at the First Session of the Fourteenth People's …``)
    r"|at the (?:[\w-]+ ){1,3}(?:Session|Meeting|Plenary Session)(?: of\b.+)?"
)
# the issuing body under the title: a government, a committee, a court, or a place's bureau
# (``江川市统计局``, ``国家统计局江川调查队``)
_ISSUER = re.compile(
    r".{2,30}(?:人民政府|委员会|委員會|办公厅|辦公廳|办公室|辦公室|政府|研究院|研究所|调查队|調查隊"
    r"|人民法院|人民检察院|人民檢察院)"
    r"|(?:国家|國家|.{0,12}[省市县区州旗縣區]).{0,12}[局厅廳]"
)


def _text(block: Block) -> str:
    return plain(block.content) if isinstance(block, Paragraph) else block.text


def _is_title(text: str, ctx: PassContext) -> bool:
    return (
        len(text) <= (TITLE_MAX if ctx.chinese else EN_TITLE_MAX)
        and not ends_sentence(text)
        and _WORDED.search(text) is not None  # not a page's mark (``7A``, ``12``)
        and not letter_divider(text)  # the letter over a glossary's first entries
        and text.strip().lower() not in _CONTENTS_WORDS
        and not _FIELD.match(text)
        and not appendix_label(text)
        and not is_byline(text)
        and not opens_speech(text)  # the salutation (``Fellow Deputies,``)
        and not is_meeting_line(text)
        and not _OCCASION_START.match(text)
        and not _EN_OCCASION.match(text)
        and not _AT_MEETING.search(text)
        and not text.startswith(("——", "—"))  # the occasion's line
        and match_numbering(text, chinese=ctx.chinese) is None
        and not glossary_title(text)
        # a label's colon is no term's (``Full Text: Report on the Work of the Government``)
        and match_entry(_TITLE_LABEL.sub("", text), loose=False) is None
    )


LOWER_LINK_WORDS = 2
CREDIT_AGAIN = 5  # lines under a credit over the title where it is said again
_WORDED = re.compile(r"[^\W\d_]\s*[^\W\d_]")  # letter-spaced too
# A document's genre closes its title (``…政府工作报告``, ``…规划纲要``): a title the page split
# over two lines ends with it only on its second line.
_GENRE = re.compile(
    r".*(?:报告|规划|纲要|公报|决定|意见|通知|办法|条例|计划|方案|讲话|总结|要点|建议|汇报"
    r"|報告|規劃|綱要|公報|決定|意見|辦法|條例|計劃|講話|總結|要點|建議|匯報)[》”」】]?"
    r"(?:[（(][^)）]{1,20}[)）])?"
    r"|.*\b(?i:Report|Review|Plan|Statement|Budget|Address)\b.*",
)
TITLE_PART_MAX = 30
# A report's number over its title (``FTA REPORT No. 0193``): the series', not the title.
_REPORT_NUMBER = re.compile(
    r"(?:[A-Z][\w.&-]*\s+){0,4}(?i:report|publication|document|pub\.)\s+(?i:no\.?|number|#)"
    r"\s*[\w./-]+"
    # ... or its number in the year's series (``Report 12: 2019-20``)
    r"|(?i:report|paper)\s+\d{1,3}\s*[:,–-]\s*\d{4}(?:\s*[-–/]\s*\d{2,4})?"
)
# A cover's label for the authors on the next line (``PREPARED BY``).
_AUTHORS_LABEL = re.compile(r"(?:(?:prepared|presented|submitted|written|compiled) )?by\s*:?", re.I)
# An English site's name above the title: an organisation's (``Ashdown Borough Council``).
_EN_SITE_NAME = re.compile(
    r"(?:The )?(?:[A-Z][\w.&'’-]*\s+){0,5}(?:Council|Government|Department|Ministry|Agency"
    r"|Authority|Office|Commission|Bureau|Institute|Foundation|International|Organi[sz]ation"
    r"|Service|Board|Administration|County|Borough)"
    # its field after ``of``, or without it when the name joins two (``Department Foreign
    # Affairs & Trade``)
    r"(?:\s+of(?:\s+[A-Z][\w.&'’-]*){1,4}"
    r"|(?=.*\s(?:&|and)\s)(?:\s+(?:[A-Z][\w.&'’-]*|&|and)){2,5})?"
)


def _is_subtitle(text: str, ctx: PassContext) -> bool:
    return (
        len(text) <= SUBTITLE_MAX
        and bool(
            _SUBTITLE.fullmatch(text)
            or is_date_line(text)
            or is_meeting_line(text)
            or _OCCASION_START.match(text)
        )
        and match_numbering(text, chinese=ctx.chinese) is None
    )


# A meeting line the page wrapped (``——2023年1月9日在XX市第十六届人民代表大会`` /
# ``第二次会议上``) is one subtitle.
_OCCASION_CUT = re.compile(
    r"(?:——|—|[（(]|.{0,12}(?:\d{4}|20[xX×]{2})\s*年).*\d.*(?<!上)(?<![)）])"
)
# The occasion's first words: its date and where (``2023年2月10日在…``).
_OCCASION_START = re.compile(
    r"(?:——|—)?.{0,12}(?:\d{4}|20[xX×]{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*在"
)
_EN_OCCASION = re.compile(r"(?:Delivered|Presented|Submitted|Given) (?:at|to|on|by|before)\b")
# A memo's or a page's field (``TO: BOARD OF SUPERVISORS``, ``Source: …``): never the title, and
# the document's own, not a page header's.
_MEMO_LABELS = r"to|from|date|subject|re|cc"  # a memo's fields, the ones ``_memo`` reads
_FIELD = re.compile(rf"(?i:{_MEMO_LABELS}|source|author|editor|memo)\s*:\s")
_CONTENTS_WORDS = frozenset(["contents", "table of contents", "on this page", "目录", "目 录"])
_AT_MEETING = re.compile(r"(?:会议|會議)上[)）]?$")
_OCCASION_END = re.compile(r".{1,20}(?:上|上[)）]|[)）])")
# The first line of a title split in two names the place or the year (``2019年XX省``).
_TITLE_FIRST_HALF = re.compile(
    r".{0,24}(?:\d{4}\s*年度?|[省市县区州盟旗縣區]|自治区|自治州|特别行政区|政府"
    # a congress, a court or an office that gives the report (``…人民代表大会`` /
    # ``常务委员会工作报告``)
    r"|人民代表大会|人民代表大會|人大|委员会|委員會|法院|检察院|檢察院|政协|政協|[局厅廳])"
)
# ``【全文】…`` and ``…（全文）`` label the page, not the document's title
_TITLE_LABEL = re.compile(
    r"^\s*[【\[(（]\s*(?:全文|Full [Tt]ext)\s*[】\])）]\s*|^\s*(?:Full [Tt]ext|全文)\s*[:：]\s*"
    r"|^\s*\[(?:START|BEGIN)\]\s*[-–—]?\s*"  # a repost's marker of where the text starts
    # the page's date field run on after the title (``… 發布時間：2021-02-22 10:16``)
    r"|\s+(?:发布时间|發布時間|发布日期|發布日期|时间|時間)\s*[:：]\s*[\d\-/.:年月日 ]{6,30}$"
    # or the date alone (``……工作总结 2021-04-02``)
    r"|(?<=[\u4e00-\u9fff])\s+\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$"
    r"|\s*[【\[(（]\s*(?:附?全文|Full [Tt]ext)\s*[】\])）]\s*$"
    # the page of an article the site cut into pages (``…统计公报（4）``)
    r"|(?<=[报報告纲綱要划劃])\s*[（(]\d{1,2}[)）]\s*$"
    # a note's marker after the title (``…统计公报[1]``)
    r"|(?<=\S)\s*\[\d{1,2}\]\s*$"
    # a file's date after its name (``…政府工作报告(20230224)``)
    r"|(?<=[\u4e00-\u9fff])\s*[（(](?:19|20)\d{2}[-.]?[01]\d[-.]?[0-3]\d[)）]\s*$"
)


_CELL_BAR = re.compile(r"\s*[|｜]\s*")
_YEAR_TAG = re.compile(r"(?<=[\u4e00-\u9fff])\s+((?:19|20)\d{2})\s*$")
_WHOLE_BRACKETED = re.compile(r"\s*【([^【】]{4,60})】\s*")


def _clean_title(title: str, line: int, ctx: PassContext) -> str:
    """The title without a page's label (``【全文】``), and closed up when it was set with a
    space between its characters (``政　府　工　作　报　告``)."""
    cells = [cell.strip() for cell in _CELL_BAR.split(title)]
    if len(cells) >= 2 and len([cell for cell in cells if cell]) == 1:
        # a table's row of one cell (``| Glossary of Common Acronyms | |``)
        bars = "".join(bar.strip() for bar in _CELL_BAR.findall(title))
        ctx.record("title", "remove-table-border", line, bars, "", note="a table's border")
        title = next(cell for cell in cells if cell)
    while labels := list(_TITLE_LABEL.finditer(title)):  # one label may stand before another
        for m in labels:
            ctx.record("title", "remove-title-label", line, m.group().strip(), "")
        title = _TITLE_LABEL.sub("", title)
    if (fields := fields_after_title(title)) is not None:
        # the page's fields run on after the title (``Report on the Work of the Government
        # Release time: 2024-02-07Source: …``, ``…报告 发布时间：2024-02-07``)
        ctx.record("title", "remove-page-fields", line, title[fields:].strip(), "")
        title = title[:fields].rstrip()
    region = _REGION_TAG.match(title)
    if region and _GENRE.fullmatch(rest := title[region.end() :]):
        # a portal's tag for the province the report comes from (``（内蒙古）``, ``[湖南]``)
        ctx.record("title", "remove-title-label", line, region.group().strip(), "")
        title = rest
    if archived := _ARCHIVED_TITLE.fullmatch(title):
        # an archive's page of a scan's text (``Full text of "Annual report of …"``)
        ctx.record("title", "remove-title-label", line, title.replace(archived[1], "", 1), "")
        title = archived[1]
    if bracketed := _WHOLE_BRACKETED.fullmatch(title):
        # the text's own title set in brackets under a document site's head (``【2011辽宁省政府工作
        # 报告】``)
        ctx.record("title", "remove-title-label", line, "【】", "")
        title = bracketed[1]
    if (year := _YEAR_TAG.search(title)) and year[1] in title[: year.start()]:
        # a site's tag of the year after a title that names it (``…统计公报 2022``)
        ctx.record("title", "remove-title-label", line, year.group().strip(), "")
        title = title[: year.start()]
    kicker = _KICKER.match(title)
    if kicker and _GENRE.fullmatch(rest := title[kicker.end() :]):
        ctx.record("title", "remove-title-label", line, kicker.group().strip(), "")
        title = rest
    closed = closed_up(title)
    if closed != title:
        ctx.record("title", "close-up-title", line, "", "", note="a title set with spaces")
    return closed


# ``第一篇：镇政府年度工作报告``: the first of the texts a copy site put under one headline
_ANTHOLOGY = re.compile(rf"第[{ZH_DIGITS}\d]{{1,3}}篇\s*[:：]\s*(.+)")
# a speaker's name alone (``姚富强``, ``王  明``)
_NAME_ALONE = re.compile(r"[\u4e00-\u9fff](?:\s*[\u4e00-\u9fff]){1,3}")
# ... or the column's name before a bar (``两会·图解|``)
_REGION_TAG = re.compile(
    r"\s*(?:[（(\[]\s*[\u4e00-\u9fff]{2,4}\s*[)）\]]|【\s*[\u4e00-\u9fff]{2,8}\s*】"
    r"|[\u4e00-\u9fff·]{2,8}\s*[|｜])\s*(?=\S)"
)
_ARCHIVED_TITLE = re.compile(r"Full text of\s+[\"“](.{2,200})[\"”]\s*")
# A repost's exclamation before the title (``全文来了！``, ``重磅！``).
_KICKER = re.compile(r"[^！!。，,]{1,10}[！!]\s*(?=\S)")
# A draft's status, under its title.
_DRAFT = re.compile(
    r"\s*[（(]\s*(?:征求意见稿|草案|送审稿|讨论稿|初稿|修改稿|审议稿|代拟稿|徵求意見稿|討論稿|送審稿"
    r"|(?i:draft|consultation draft))\s*[)）]\s*"
)
# The title and its occasion on one line, the occasion in brackets or after its dash.
_TITLE_AND_OCCASION = re.compile(
    r"(?P<title>.{2,30}?(?:报告|報告))\s*"
    r"(?P<occasion>[（(][^)）]*(?:会议|會議)上\s*[)）]|(?:——|—)[^—]{4,80}?(?:会议|會議)上)"
    r"(?:\s*(?P<byline>\S.{1,40}))?"  # and the speaker, on the same line
)
# The speaker and a photo's caption run into one line (``省长 林武△省长林武在…作报告。``).
_BYLINE_AND_CAPTION = re.compile(r"(?P<byline>[^△▲]{2,40}?)\s*(?P<caption>[△▲].{2,160})")
# ... or the caption first (``王国生作政府工作报告 省长 王国生``)
_CAPTION_AND_BYLINE = re.compile(
    r"(?P<caption>[^△▲\s]{2,30}?(?:作|做)[^\s]{0,12}(?:报告|報告)[。.]?)\s+(?P<byline>\S.{1,40})"
)
TITLE_FRAGMENT_MAX = 6


def _title_lines(texts: list[str | None], i: int, ctx: PassContext) -> int:
    """How many lines the title at ``i`` takes: a page may split it over two or three
    (``2019年XX省`` / ``政府工作报告``, ``市政府`` / ``五年`` / ``工作报告``)."""
    title = texts[i] or ""
    nxt = texts[i + 1] if i + 1 < len(texts) else None
    if nxt is None:
        return 1
    if ctx.chinese and title.startswith(("关于", "關於")) and not _GENRE.fullmatch(title):
        # ``关于…的报告`` wrapped anywhere: its lines up to the one that ends in the genre
        for span in (2, 3):
            parts = [t or "" for t in texts[i : i + span]]
            if (
                len(parts) == span
                and all(parts)
                and not any(ends_sentence(t) for t in parts)
                and len("".join(parts)) <= TITLE_MAX
                and _GENRE.fullmatch("".join(parts))
            ):
                return span
    for span in (3, 2):
        # the page's headline shows the title whole just above the document's own, wrapped
        lines = texts[i : i + span]
        if (
            len(lines) == span
            and all(lines)
            and any(
                key(above or "") == key("".join(t or "" for t in lines))
                for above in texts[max(0, i - 3) : i]
            )
        ):
            return span
    if _title_continues(title, nxt, ctx):
        return 2
    after = texts[i + 2] if i + 2 < len(texts) else None
    middle = (
        ctx.chinese
        and len(nxt) <= TITLE_FRAGMENT_MAX
        and _is_title(nxt, ctx)
        and not _GENRE.fullmatch(nxt)
    )
    return 3 if middle and after and _title_continues(title, after, ctx) else 1


def _title_continues(title: str, nxt: str, ctx: PassContext) -> bool:
    """Whether ``nxt`` is the second line of a title split over two: the line that carries the
    genre (``2019年XX省`` / ``政府工作报告``), or in English a line going on in lower case."""
    if (
        not ctx.chinese
        and title.isupper()
        and nxt.isupper()
        and len(title) >= WRAPPED_TITLE_MIN
        and len(nxt) <= EN_TITLE_MAX
        and not ends_sentence(title)
        and match_numbering(nxt, chinese=False) is None
    ):
        return True  # a long title in capitals the page wrapped
    if not _is_title(nxt, ctx) or is_byline(nxt) or _is_subtitle(nxt, ctx):
        return False
    if not ctx.chinese:
        # ``… goes on in lower case``, or ``Performance Audit of`` / ``The City's … Program``
        return (nxt[:1].islower() or bool(_OPEN_END.search(title))) and len(title) + len(
            nxt
        ) < EN_TITLE_MAX
    title, nxt = closed_up(title), closed_up(nxt)  # ``临 湍 县`` / ``政 府 工 作 报 告``
    return (
        len(title) <= TITLE_PART_MAX
        and len(nxt) <= TITLE_PART_MAX
        and bool(_TITLE_FIRST_HALF.fullmatch(title))
        and not _GENRE.fullmatch(title)
        and bool(_GENRE.fullmatch(nxt))
        and not nxt.startswith(title[:2])  # a site's name above the whole title
    )


_OPEN_END = re.compile(r"\b(?:of|the|and|for|on|to|in|a|an)\s*$")  # no title ends so
WRAPPED_TITLE_MIN = 80
# An English occasion the page wrapped: its date on the second line (``Delivered at the Second
# Session of the …`` / ``People's Congress on January 20, 2021``).
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
OCCASION_PART_MAX = 80
_OF_PLACE = re.compile(r"(?:of|in) (?:the )?[A-Z\d]")  # ``of the 13th …`` too
_ON_DATE = re.compile(
    r"(?:on\s+)?(?:[A-Z][a-z]+\.?\s*\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+\s+\d{4})"
    r"(?:,\s*[A-Z][\w ]{1,30})?"  # and the place (``15 January 2013, Shenzhen``)
)
_EN_OCCASION_OPEN = re.compile(r"\b(?:of|the|of the|at|at the|to)\s*$")  # ``… Session of the``


def _occasion_lines(texts: list[str | None], i: int, ctx: PassContext) -> int:
    """How many lines the occasion (the subtitle) at ``i`` takes: 0 when there is none there, 2
    when the page wrapped it (``——2023年1月9日在XX市第十六届人民代表大会`` / ``第二次会议上``)."""
    text = (texts[i] if i < len(texts) else None) or ""
    if not text or not _is_subtitle(text, ctx):
        return 0
    rest = texts[i + 1] if i + 1 < len(texts) else None
    if not rest:
        return 1
    if ctx.chinese:
        wrapped = bool(_OCCASION_CUT.fullmatch(text) and _OCCASION_END.fullmatch(rest))
    else:
        wrapped = (
            not _YEAR.search(text)
            and bool(_YEAR.search(rest))
            and len(rest) <= OCCASION_PART_MAX
            and not is_byline(rest)
            and match_numbering(rest, chinese=False) is None
            and (rest[:1].islower() or not ends_sentence(rest))
        ) or (
            len(rest) <= OCCASION_PART_MAX
            # ``… Session of the`` / ``…``, or ``… People's Congress`` / ``of Shenzhen …``
            and (bool(_EN_OCCASION_OPEN.search(text)) or _OF_PLACE.match(rest) is not None)
        )
    if not wrapped:
        return 1
    # ``Delivered at the Fifth Session of`` / ``the 13th … Congress`` / ``on January 20, 2022``
    third = texts[i + 2] if i + 2 < len(texts) else None
    if (
        not ctx.chinese
        and third
        and not _YEAR.search(f"{text} {rest}")
        and _ON_DATE.fullmatch(third)
    ):
        return 3
    return 2


def _joined(
    texts: list[str | None], blocks: list[Block], i: int, lines: int, action: str, ctx: PassContext
) -> str:
    """The text of ``lines`` blocks from ``i`` as one line, the join on record."""
    text = texts[i] or ""
    for j in range(i + 1, i + lines):
        ctx.record("title", action, blocks[j].provenance.first_line, "", "")
        text = join_text(text, texts[j] or "")
    return text


# A speaker's name and office on two lines: ``代区长`` / ``刘庆``, ``Zhao Lin`` / ``Governor of
# the Province``.
_ZH_OFFICE_ALONE = re.compile(rf"[\u4e00-\u9fff]{{0,24}}?{OFFICE}")
_ZH_NAME = re.compile(r"[\u4e00-\u9fff·•]{2,4}")
_NAME_AT_END = re.compile(rf"{_ZH_NAME.pattern}$")
_EN_NAME = re.compile(r"(?:[A-Z][a-z’'\-]+\.?|[A-Z]\.)(?:\s+(?:[A-Z][a-z’'\-]+|[A-Z]\.)){1,3}")


def _credit(texts: list[str | None], i: int) -> bool:
    """Whether the line at ``i`` is a news story's credit (``记者 李明``) that stands as its byline:
    no speaker's line comes after it."""
    return bool(reporter_credit(texts[i] or "")) and not any(
        is_byline(t) for t in texts[i + 1 :] if t
    )


def _split_byline(texts: list[str | None], i: int) -> str:
    """The byline a page set on two lines at ``i``, as one line; empty when there is none."""
    text, rest = texts[i] or "", (texts[i + 1] if i + 1 < len(texts) else None) or ""
    if _ZH_OFFICE_ALONE.fullmatch(text) and _ZH_NAME.fullmatch(rest):
        return f"{text} {rest}"
    if _EN_NAME.fullmatch(text) and is_byline(f"{text}, {rest}") and rest[:1].isupper():
        return f"{text}, {rest}"
    # ``By Honourable O.K. Matambo`` / ``Minister of Finance and Development Planning``
    by = _BY_NAME.fullmatch(text)
    if by and rest[:1].isupper() and is_byline(f"{by['name']}, {rest}"):
        return f"{text}, {rest}"
    return ""


_BY_NAME = re.compile(r"(?:By|Presented by|Delivered by)\s+(?P<name>[A-Z][\w.'’\- ]{1,40})")


def _prose_goes_on(texts: list[str | None], i: int, ctx: PassContext) -> bool:
    """Whether the English line at ``i`` is the first of a wrapped sentence: the next goes on in
    lower case, and the two are too long for a title split over two lines."""
    nxt = texts[i + 1] if i + 1 < len(texts) else None
    return (
        not ctx.chinese
        and bool(nxt)
        and (nxt or "")[:1].islower()
        and not _title_continues(texts[i] or "", nxt or "", ctx)
    )


def _capitals_title(text: str, after: list[str | None], ctx: PassContext) -> bool:
    """Whether the first line, in capitals, is an English title rather than a heading: its
    occasion, its speaker or its genre's subtitle comes next (``REPORT ON THE WORK OF …``)."""
    nxt = next((t for t in after if t), "")
    return (
        not ctx.chinese
        and text.isupper()
        and len(text) <= EN_TITLE_MAX
        and (_is_subtitle(nxt, ctx) or is_byline(nxt) or bool(_GENRE.fullmatch(text)))
    )


def _over_title(texts: list[str | None], i: int, ctx: PassContext) -> bool:
    """Whether line ``i`` is the page's, over the title: its mark (``2002卷``, ``7A``), a
    magazine's credit said again under the title (``文/言实``), or a link's word in lower case
    (``report``)."""
    text, after = texts[i] or "", texts[i + 1] or ""
    if (_WORDED.search(text) is None and not letter_divider(text)) or (
        not ctx.chinese and text.islower() and len(text.split()) <= LOWER_LINK_WORDS
    ):
        return _is_title(after, ctx)
    return is_byline(text) and key(text) in {key(t or "") for t in texts[i + 2 : i + CREDIT_AGAIN]}


def _front_matter(blocks: list[Block], ctx: PassContext) -> tuple[dict[str, str], int, list[int]]:
    """The title, subtitle, byline and issuer found among the first blocks, how many blocks they
    took, and which of those stay in the body (a repost's lead between the title and the
    occasion). A subtitle may stand before the title, and a title may be split over two lines
    (``2019年XX省`` / ``政府工作报告``)."""
    found: dict[str, str] = {}
    kept: list[int] = []
    texts = [_text(b) if isinstance(b, Paragraph) else None for b in blocks[:PAGE_HEADER_MAX]]
    # where the speech opens, before its first section, or 0 when no such line is near the top
    first_section = next(
        (
            j
            for j, t in enumerate(texts)
            # a numbered section's heading; a line in capitals may be the title
            if t
            and (found_number := match_numbering(t, chinese=ctx.chinese))
            and found_number.number
            and not _ANTHOLOGY.fullmatch(t)  # a copy site's first text (``第一篇：…``)
        ),
        len(texts),
    )
    anchor = next((j for j, t in enumerate(texts[:first_section]) if t and opens_speech(t)), 0)
    if not anchor and not ctx.chinese and any(t and opens_speech(t) for t in texts[first_section:]):
        # a page that lists the report's sections before its salutation: the occasion is where
        # the document's head ends (``Delivered at the First Session of …``)
        anchor = next(
            (j for j, t in enumerate(texts[:first_section]) if t and _EN_OCCASION.match(t)), 0
        )
    i = _page_header(texts, anchor, ctx, blocks[anchor + 1 :])
    for j in range(i):
        ctx.record(
            "title", "remove-page-header", blocks[j].provenance.first_line, texts[j] or "", ""
        )
    while i < len(texts) - 1 and (
        is_site_name(texts[i] or "")
        or (not ctx.chinese and _REPORT_NUMBER.fullmatch(texts[i] or ""))
        or (
            not ctx.chinese
            and _EN_SITE_NAME.fullmatch(texts[i] or "")
            # over the document's title, or over a glossary's page's heading
            and (_GENRE.fullmatch(texts[i + 1] or "") or glossary_title(texts[i + 1] or ""))
        )
    ):
        ctx.record("title", "remove-site-name", blocks[i].provenance.first_line, texts[i] or "", "")
        i += 1
    while i < len(texts) - 1 and _over_title(texts, i, ctx):
        ctx.record(
            "title", "remove-page-header", blocks[i].provenance.first_line, texts[i] or "", ""
        )
        i += 1
    copies = i
    while copies + 1 < len(texts) and texts[copies] and texts[copies] == texts[copies + 1]:
        copies += 1
    after = texts[copies + 1] if copies + 1 < len(texts) else None
    if copies - i + 1 >= PAGE_NAME_COPIES and (
        _is_title(after or "", ctx) or _capitals_title(after or "", texts[copies + 2 :], ctx)
    ):
        # a document site's name of the file said again and again over the text's own title
        # (``BudgetSpeech 2023 24 English - 12`` three times, then ``BUDGET SPEECH``)
        for j in range(i, copies + 1):
            line = blocks[j].provenance.first_line
            ctx.record("title", "remove-page-header", line, texts[j] or "", "")
        i = copies + 1
    start = i
    lines = _occasion_lines(texts, i, ctx)
    if (
        lines
        and i + lines < len(texts)
        and (
            _is_title(texts[i + lines] or "", ctx)
            or _capitals_title(texts[i + lines] or "", texts[i + lines + 1 :], ctx)
        )
        and not _split_byline(texts, i + lines)  # ``Zhang Wei`` / ``Governor of …``
        and key(texts[i] or "") != key(texts[i + lines] or "")  # the page said the title twice
    ):
        found["subtitle"] = _joined(texts, blocks, i, lines, "join-subtitle-lines", ctx)
        i += lines
    if i >= len(texts) or texts[i] is None:
        return {}, start, []
    title = ""
    if _prose_goes_on(texts, i, ctx):
        return {}, start, []  # a wrapped sentence's first line, not a title
    if (
        _is_title(texts[i] or "", ctx) or _capitals_title(texts[i] or "", texts[i + 1 :], ctx)
    ) and not reporter_credit(texts[i] or ""):
        lines = _title_lines(texts, i, ctx)
        title = _joined(texts, blocks, i, lines, "join-title-lines", ctx)
        i += lines - 1
        title = found["title"] = _clean_title(title, blocks[i].provenance.first_line, ctx)
        i += 1
    elif not (_is_subtitle(texts[i] or "", ctx) or is_byline(texts[i] or "") or _credit(texts, i)):
        return {}, start, []
    title_end = i  # the line after the title, when there is one
    # what follows the title, in any order: the occasion, the speaker, the issuing body
    while i < len(texts) and texts[i] is not None:
        text = texts[i] or ""
        # the speaker's name and office on two lines (``Zhang Wei`` / ``Governor of …``)
        two_line_byline = "" if "byline" in found else _split_byline(texts, i)
        if title and (
            key(text) == key(title)
            # in capitals, behind a repost's marker (``[START] - 2010 BUDGET SPEECH - …``)
            or key(_TITLE_LABEL.sub("", text)).casefold() == key(title).casefold()
            # a copy site's first of several texts under the one headline (``第一篇：…``)
            or ((m := _ANTHOLOGY.fullmatch(text)) is not None and key(m[1]) == key(title))
        ):
            # a page shows its headline and then the document's own title
            ctx.record("title", "remove-repeated-title", blocks[i].provenance.first_line, text, "")
        elif (
            title
            and "subtitle" not in found
            and (m := _ANTHOLOGY.fullmatch(text)) is not None
            and key(m[1]) in key(title)
        ):
            # the site's headline names its collection (``政府工作报告贵州省精选四篇``); the first
            # text's own title is the document's
            line = blocks[i].provenance.first_line
            ctx.record(
                "title", "remove-page-header", blocks[start].provenance.first_line, title, ""
            )
            ctx.record("title", "remove-title-label", line, text[: len(text) - len(m[1])], "")
            title = found["title"] = _clean_title(m[1].strip(), line, ctx)
        elif (
            title
            and i < anchor
            and not found.keys() & {"subtitle", "byline"}
            and _is_title(text, ctx)
            and _GENRE.fullmatch(closed_up(text))
            # in English only a headline that holds the title's words (``Governor Ma Delivers
            # Report on the Work of the Government`` over ``Report on the Work of the Government``)
            and (ctx.chinese or key(text) in key(title))
        ):
            # the page's headline above the document's own title (``某县政府工作报告`` over
            # ``政 府 工 作 报 告``): the nearer one is the document's
            ctx.record(
                "title", "remove-page-header", blocks[start].provenance.first_line, title, ""
            )
            title = found["title"] = _clean_title(text, blocks[i].provenance.first_line, ctx)
        elif (
            title
            and not found.keys() & {"subtitle", "byline"}
            and _FULL_TEXT_LEAD.fullmatch(text)
            and i + 1 < len(texts)
            and (_occasion_lines(texts, i + 1, ctx) or is_byline(texts[i + 1] or ""))
        ):
            kept.append(i)  # the repost's lead stays in the body, the front matter goes on
        elif (
            title
            and not found.keys() & {"subtitle", "byline"}
            and (header := _wiki_header(text, title)) is not None
        ):
            # a wiki's header row: the texts before and after this one, and this one's title,
            # speaker and day (``← | 2009年…报告 | 2010年…报告 院长 王明 2010年3月11日 |``)
            line = blocks[i].provenance.first_line
            byline, day, pager = header
            ctx.record("title", "remove-pager", line, pager, "", note="a wiki's header row")
            if byline:
                found["byline"] = byline
            if day:
                found["subtitle"] = day
            nxt = texts[i + 1] if i + 1 < len(texts) else None
            if nxt and _NEXT_CELL.fullmatch(nxt):
                ctx.record("title", "remove-pager", blocks[i + 1].provenance.first_line, nxt, "")
                i += 1
        elif title and _DRAFT.fullmatch(text):
            # the draft's status under its title (``（征求意见稿）``) belongs to the title
            ctx.record("title", "join-title-lines", blocks[i].provenance.first_line, "", "")
            title = found["title"] = join_text(found["title"], text.strip())
        elif (
            "subtitle" not in found
            and (m := _TITLE_AND_OCCASION.fullmatch(text))
            and (not m["byline"] or is_byline(m["byline"]))
        ):
            # ``政府工作报告 (2021年x月x日在……会议上)``: the title and its occasion on one line
            ctx.record("title", "split-title-and-occasion", blocks[i].provenance.first_line, "", "")
            if title:
                ctx.record(
                    "title", "remove-page-header", blocks[start].provenance.first_line, title, ""
                )
            title = found["title"] = m["title"].strip()
            found["subtitle"] = m["occasion"].strip()
            if m["byline"]:
                found["byline"] = m["byline"].strip()
        elif (
            is_date_line(found.get("subtitle", ""))
            and not is_date_line(text)
            and (lines := _occasion_lines(texts, i, ctx))
        ):
            if text.lstrip().startswith("在") and not find_date(text):
                # the occasion wrapped after its day (``2022年1月19日`` / ``在…会议上``)
                occasion = _joined(texts, blocks, i, lines, "join-subtitle-lines", ctx)
                line = blocks[i].provenance.first_line
                ctx.record("title", "join-subtitle-lines", line, "", "")
                found["subtitle"] = join_text(found["subtitle"], occasion)
            else:
                # the page's date over the occasion: the occasion is the subtitle
                line = blocks[i - 1].provenance.first_line
                ctx.record("title", "remove-page-date", line, found["subtitle"], "")
                found["date"] = found["subtitle"]
                found["subtitle"] = _joined(texts, blocks, i, lines, "join-subtitle-lines", ctx)
            i += lines - 1
        elif "subtitle" not in found and (lines := _occasion_lines(texts, i, ctx)):
            found["subtitle"] = _joined(texts, blocks, i, lines, "join-subtitle-lines", ctx)
            if title and (cut := found["subtitle"].find(title)) >= 0:
                # a news story's dateline and the title again before the occasion (``新华网北京3月
                # 19日电 最高人民检察院工作报告 ━━2006年3月11日在…``)
                head = found["subtitle"][: cut + len(title)]
                rest = found["subtitle"][cut + len(title) :].strip()
                if _is_subtitle(rest, ctx):
                    line = blocks[i].provenance.first_line
                    ctx.record(
                        "title",
                        "remove-repeated-title",
                        line,
                        head.strip(),
                        "",
                        note="the title said again before its occasion, after a story's dateline",
                    )
                    found["subtitle"] = rest
            i += lines - 1
        elif (
            "byline" not in found
            and is_byline(_BULLETED.sub("", text, count=1))
            and not two_line_byline  # its office on the next line, read below
        ):
            found["byline"] = text
        elif (
            "byline" not in found
            and "subtitle" in found
            and ctx.chinese
            and _NAME_ALONE.fullmatch(text)
            and i + 1 < len(texts)
            and opens_speech(texts[i + 1] or "")
        ):
            # the speaker's name without an office, between the occasion and the salutation
            found["byline"] = text
        elif (
            "byline" not in found
            and (
                (m := _BYLINE_AND_CAPTION.fullmatch(text))
                or (m := _CAPTION_AND_BYLINE.fullmatch(text))
            )
            and is_byline(m["byline"])
        ):
            found["byline"] = m["byline"].strip()
            line = blocks[i].provenance.first_line
            ctx.record("title", "remove-caption", line, m["caption"], "", note="a photo's caption")
        elif (
            "subtitle" in found
            and not find_date(found["subtitle"])
            and is_date_line(text)  # bracketed too
            and find_date(text)
        ):
            # ``（2012年2月9日）`` or ``2012年2月9日`` under the speaker: the day of the occasion,
            # which had none; the line stays as printed, and gives the document its date
            found["date"] = text
            if "byline" in found or i + 1 >= len(texts) or not is_byline(texts[i + 1] or ""):
                break
            kept.append(i)  # over the speaker: the speaker's line after it is still read
        elif found.get("subtitle") and key(text) == key(found["subtitle"]):
            # the page's head showed the title and the occasion, and the document shows them again
            ctx.record("title", "remove-repeated-title", blocks[i].provenance.first_line, text, "")
        elif "byline" not in found and _credit(texts, i):
            found["byline"] = text  # a news story's, when no speaker's line follows
        elif byline := two_line_byline:
            found["byline"] = byline
            ctx.record(
                "title",
                "join-byline-lines",
                blocks[i + 1].provenance.first_line,
                "",
                byline.removeprefix(text).removesuffix(texts[i + 1] or "").strip(),
                note="the speaker's name and office were on two lines",
            )
            i += 1
        elif (
            "byline" not in found
            and not ctx.chinese
            and _AUTHORS_LABEL.fullmatch(text)
            and i + 1 < len(texts)
            and 0 < len(texts[i + 1] or "") <= TITLE_MAX * 2  # names may end ``Ph.D.``
        ):
            ctx.record("title", "remove-authors-label", blocks[i].provenance.first_line, text, "")
            found["byline"] = texts[i + 1] or ""
            i += 1
        elif (
            "subtitle" not in found
            and "byline" not in found
            and not ctx.chinese
            and i + 1 < len(texts)
            and (
                is_byline(texts[i + 1] or "")
                or _AUTHORS_LABEL.fullmatch(texts[i + 1] or "")
                or match_numbering(texts[i + 1] or "", chinese=False) is not None
            )
            and _header_line(text)
            and match_numbering(text, chinese=False) is None
        ):
            # an English title's second line, above its authors or its first section
            found["subtitle"] = text
        elif (
            "issuer" not in found
            and "byline" not in found
            and _ISSUER.fullmatch(text)
            and match_numbering(text, chinese=ctx.chinese) is None  # ``一、江川市…局``: a section
        ):
            found["issuer"] = text
        elif (
            "subtitle" not in found
            and ctx.chinese
            and _AT_MEETING.search(text)
            and _header_line(text)
        ):
            # an occasion the page cut short (``人民代表大会第三次会议上``)
            found["subtitle"] = text
        elif (
            ctx.chinese
            and title
            and i == title_end
            and not found.keys() & {"subtitle", "byline"}
            and _is_title(text, ctx)
            and not _GENRE.fullmatch(closed_up(title))
            and not _GENRE.fullmatch(closed_up(text))
            and _occasion_lines(texts, i + 1, ctx)
        ):
            # a speech's title over two lines, neither in its genre, the occasion right under
            # it (``勇于担当作为 强化工作落实`` / ``奋力推进…大学建设`` / ``——在…上的工作报告``)
            ctx.record("title", "join-title-lines", blocks[i].provenance.first_line, "", "")
            title = found["title"] = join_text(found["title"], text.strip())
        elif (
            i < anchor
            and not found.keys() & {"subtitle", "byline"}  # after them, the speech's own
            and not opens_speech(text)
            and not _FIELD.match(text)
            and (ctx.chinese or not _GENRE.fullmatch(text))  # an English title: the text's
            and _header_line(text)
            and match_numbering(text, chinese=ctx.chinese) is None
        ):
            # between the title and the occasion or the salutation: the page's, not the speech's
            ctx.record("title", "remove-page-header", blocks[i].provenance.first_line, text, "")
        else:
            break
        i += 1
    for name in ("title", "subtitle", "byline"):
        # a page that set its head as a list (``• 政府工作报告``)
        if name in found and (bullet := _BULLETED.match(found[name])):
            line = blocks[0].provenance.first_line
            ctx.record("title", "remove-list-marker", line, bullet.group().strip(), "")
            found[name] = found[name][bullet.end() :]
    return found, i, kept


# A wiki's header row over a text (``← | previous | this title, its speaker, its day |``), and the
# next text's cell on the line after it
_WIKI_ROW = re.compile(r"\s*[←◀<]\s*[|｜].*")
_NEXT_CELL = re.compile(r"[^|｜]{2,60}\s*[|｜]\s*(?:[→▶>]\s*)?")
_DAY_AT_END = re.compile(r"(?P<day>\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*$")


def _wiki_header(text: str, title: str) -> tuple[str, str, str] | None:
    """The speaker, the day and the rest (the pager's cells) of a wiki's header row that holds
    ``title``, or None."""
    if not _WIKI_ROW.fullmatch(text) or title not in text:
        return None
    cells = _CELL_BAR.split(text)
    cell = next((c for c in cells if c.strip().startswith(title)), None)
    if cell is None:
        return None
    rest = cell.strip()[len(title) :].strip()
    day = m["day"] if (m := _DAY_AT_END.search(rest)) else ""
    byline = rest[: len(rest) - len(day)].strip() if day else rest
    if byline and not is_byline(byline):
        return None
    pager = text.replace(cell, title, 1)
    return byline, day, pager


# A repost's lead that names the text it carries in full (``The following is the full text of
# the Report on the Work of the Government delivered by …``).
_FULL_TEXT_LEAD = re.compile(
    # behind a news story's dateline (``Beijing - Following is …``)
    r"(?:[A-Z][\w.]*(?: [A-Z][\w.]*){0,3}\s*[-–—,]\s*)?"
    r"(?i:(?:the )?following is (?:the )?(?:full |complete )?(?:text|transcript) of\b.{0,300})"
)
_BULLETED = re.compile(r"^\s*[•·▪◦●■]\s*")


PAGE_HEADER_MAX = 40
PAGE_NAME_COPIES = 3


def _page_header(texts: list[str | None], anchor: int, ctx: PassContext, after: list[Block]) -> int:
    """How many blocks at the top a web page set above the document: when the occasion, the
    speaker or the salutation comes among the first blocks, the document starts at the title
    above it (the first line ending in its genre, ``…政府工作报告``, or the two lines of a title
    split over two); the page's headline, site name, menus and dates come before."""
    titles = [
        j
        for j in range(anchor)
        if (t := texts[j])
        and (_is_title(t, ctx) or _capitals_title(t, texts[j + 1 :], ctx))
        and _GENRE.fullmatch(closed_up(t))  # ``政 府 工 作 报 告`` too
        and not is_byline(t)
        and not _is_subtitle(t, ctx)  # ``Fiscal Year 2024–25 Adopted Budget``
        and not _LISTED.match(t)  # an item of the page's list of articles
    ]
    if not titles:
        return 0
    start = titles[-1]  # a page's headline may end in the genre too; the title is the nearer
    # the title's first lines, when the page split it
    start -= next((k for k in (2, 1) if start >= k and _title_lines(texts, start - k, ctx) > k), 0)
    # a page's header is short lines, and a summary the report's text repeats (``划重点``); any
    # other paragraph above the title means this is no header
    if any(_FIELD.match(t or "") for t in texts[:start]):
        return 0  # a memo's head: its fields are the document's
    above = [
        t or "" for t in texts[:start] if not (_header_line(t or "") or _SITE_FIELD.match(t or ""))
    ]
    if not above:
        return start
    body = "\n".join(key(_text(b)) for b in after if isinstance(b, Paragraph))
    return start if all(key(t) in body for t in above) else 0


HEADER_LINE_MAX = 60
# a document site's fields above the text, however long (``简介：…小编为你整理了…``,
# ``辽宁省政府工作报告 本文简介：【…】——…``)
_SITE_FIELD = re.compile(
    r"(?:[^:：]{0,40}\s)?(?:本文|文章|内容)?(?:简介|關鍵詞|关键词|摘要|内容|簡介)\s*[:：]"
)
_LISTED = re.compile(r"\s*[·•▪◆●■\-*]")


def _header_line(text: str) -> bool:
    # a headline may exclaim (``2019年XX省政府工作报告来了！``)
    return len(text) <= HEADER_LINE_MAX and (not ends_sentence(text) or text.endswith(("！", "!")))


_BRACKETED_TITLE = re.compile(
    r"\s*【(?P<title>(?!(?:全文|摘要|导读|导语|解读|编者按|原文|附件)】)[^【】]{4,40})】(?=\S{10})"
)


def _exclaimed_headline(block: Block) -> bool:
    """Whether ``block`` is a short line that exclaims or asks and holds no statement."""
    text = _text(block).strip()
    return (
        isinstance(block, Paragraph)
        and 0 < len(text) <= TITLE_MAX
        and text.endswith(("！", "!", "？", "?"))
        and not any(mark in text for mark in "。；;")
        and not opens_speech(text)
    )


CAPTION_MAX = 40
_GIVES_REPORT = re.compile(r".{0,20}(?:作|做|所作).{0,12}(?:报告|報告)[。.]?")


def _speaker_caption(block: Block, found: dict[str, str]) -> bool:
    """Whether ``block``, under the byline, is the caption of the speaker's photo, which a page
    set where the picture was (``自治区主席王莉霞作政府工作报告。``)."""
    text = _text(block)
    name = _NAME_AT_END.search(found["byline"].strip())  # ``自治区主席 王莉霞``
    return (
        isinstance(block, Paragraph)
        and len(text) <= CAPTION_MAX
        and name is not None
        and name.group() in text
        and bool(_GIVES_REPORT.fullmatch(text))
    )


MEMO_SPAN = 24  # blocks at the top a memo's fields stand in
_MEMO_FIELD = re.compile(rf"(?P<label>(?i:{_MEMO_LABELS}))\s*:\s*(?P<value>.*)")


def _memo(blocks: list[Block], ctx: PassContext) -> dict[str, str]:
    """A memo's subject and sender from its fields at the top (``FROM:`` / ``Michael Eglinski,
    City Auditor`` / … / ``RE:`` / ``Audit Recommendation Follow-Up``), their blocks taken out;
    empty when the text is no memo (it needs both)."""
    if ctx.chinese:
        return {}
    fields: dict[str, tuple[list[int], str, str]] = {}  # its blocks, its value, its label
    texts = [_text(b) if isinstance(b, Paragraph) else "" for b in blocks[:MEMO_SPAN]]
    for i, text in enumerate(texts):
        m = _MEMO_FIELD.fullmatch(text.strip())
        if not m or m["label"].lower() in fields:
            continue
        value, taken = m["value"].strip(), [i]
        after = texts[i + 1] if i + 1 < len(texts) else ""
        if not value and after and not _MEMO_FIELD.match(after):
            value, taken = after.strip(), [i, i + 1]  # its value on the next line
        if value:
            fields[m["label"].lower()] = (taken, value, m["label"])
    subject = fields.get("subject") or fields.get("re")
    sender = fields.get("from")
    if subject is None or sender is None:
        return {}
    for taken, _, label in (subject, sender):
        line = blocks[taken[0]].provenance.first_line
        ctx.record("title", "memo-field", line, label + ":", "", note="a memo's label")
    for i in sorted({*subject[0], *sender[0]}, reverse=True):
        del blocks[i]
    found = {"title": subject[1], "byline": sender[1]}
    if date := fields.get("date"):
        found["date"] = date[1]
    return found


def _title(doc: Document, ctx: PassContext) -> Document:
    blocks = _without_teasers(list(doc.blocks), ctx)
    meta = doc.meta
    cover = 0
    found = _memo(blocks, ctx)
    if not found:
        cover = _cover_notice(blocks, ctx)
        found, taken, kept = _front_matter(blocks[cover:], ctx)
        blocks[cover : cover + taken] = [blocks[cover + k] for k in kept]
    if "byline" in found and cover < len(blocks) and _speaker_caption(blocks[cover], found):
        where = blocks[cover].provenance
        ctx.record("title", "remove-caption", where.first_line, _text(blocks[cover]), "")
        del blocks[cover]
    subtitle = found.get("subtitle", "")
    meta = replace(
        meta,
        subtitle=subtitle or meta.subtitle,
        date=find_date(subtitle)
        or find_date(found.get("date", ""))
        or find_date(found.get("byline", ""))
        or meta.date,
        issuer=found.get("issuer", meta.issuer),
        byline=found.get("byline", meta.byline),
    )
    if "title" in found:
        meta = replace(meta, title=found["title"])
    elif meta.title:
        # a page's metadata named the document (``标题：…``) though no line above the text does
        ctx.record("title", "title-from-page-metadata", 0, "", meta.title)
    elif blocks and _names_glossary(heading := _text(blocks[_labelled(blocks)]), ctx):
        # a page that holds a glossary alone is named by its heading (not its ``附件1``), its
        # number kept (``第三部分：专业名词解释``)
        meta = replace(meta, title=heading.strip())
        line = blocks[_labelled(blocks)].provenance.first_line
        ctx.record("title", "title-from-glossary-heading", line, "", meta.title)
    elif blocks and (bracketed := _BRACKETED_TITLE.match(_text(blocks[0]))):
        # a repost's title in 【】 run into its first paragraph (``【三农指的是什么】“三农”是…``)
        meta = replace(meta, title=bracketed["title"].strip())
        line = blocks[0].provenance.first_line
        ctx.record(
            "title",
            "split-bracketed-title",
            line,
            "【】",
            "",
            note=f"the title {meta.title!r} was run into the first paragraph",
        )
        rest = _text(blocks[0])[bracketed.end() :]
        blocks[0] = Paragraph((Text(rest),), provenance=blocks[0].provenance)
    elif blocks and _exclaimed_headline(blocks[0]):
        # a repost's headline that exclaims (``干得漂亮！某市五年，结果让人大吃一惊！``) is still
        # the page's only name
        meta = replace(meta, title=_text(blocks[0]).strip())
        line = blocks[0].provenance.first_line
        ctx.record("title", "title-from-headline", line, meta.title, meta.title)
        del blocks[0]
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


def _names_glossary(text: str, ctx: PassContext) -> bool:
    """Whether ``text`` is a glossary's heading, numbered or not (``第三部分：专业名词解释``)."""
    numbering = match_numbering(text, chinese=ctx.chinese)
    if numbering is not None and not numbering.rest:
        # in its own words only: a numbered notes section (``二、注释``) is a section
        return is_glossary_heading(Heading(1, numbering.number, numbering.title, ""))
    return glossary_title(text)


def _labelled(blocks: list[Block]) -> int:
    """The first block past an appendix's label (``附件1``) on its own line, or past the name of
    the body that gives the document, in capitals over its glossary's heading (``CITY OF FOREST
    HILL`` / ``Glossary``)."""
    if len(blocks) < 2:
        return 0
    first = _text(blocks[0]).strip()
    if appendix_label(first):
        return 1
    named = first.isupper() and len(first) <= TITLE_MAX and not glossary_title(first)
    return 1 if named and glossary_title(_text(blocks[1])) else 0


LEAD_MIN = 20
TEASER_MIN = 30
TEASER_WHOLE_MIN = 60  # without an ellipsis, a copy of the lines after it this long
TEASER_SPAN = 12  # blocks after a teaser that may hold what it copies
_ELLIPSIS = re.compile(r"(?:\.{3,}|…+|。{3,})\s*$")


def _without_teasers(blocks: list[Block], ctx: PassContext) -> list[Block]:
    """``blocks`` without a page's teaser near the top: the opening of the text copied into
    one line and cut off with an ellipsis (``政府工作报告——2022年…会议上…各位代表:现在,…20...``),
    or without one, when the lines after it begin with all of it."""
    out: list[Block] = []
    for i, block in enumerate(blocks):
        text = _text(block) if isinstance(block, Paragraph) and i < PAGE_HEADER_MAX else ""
        cut = _ELLIPSIS.search(text)
        end = cut.start() if cut else len(text)
        if end >= (TEASER_MIN if cut else TEASER_WHOLE_MIN):
            copied = key(text[:end])
            following = "".join(key(_text(b)) for b in blocks[i + 1 : i + 1 + TEASER_SPAN])
            # cut off with an ellipsis, or anywhere when the lines after it begin with all of it
            if following.startswith(copied) or (cut is not None and copied in following):
                ctx.record(
                    "title",
                    "remove-teaser",
                    block.provenance.first_line,
                    text,
                    "",
                    note="the page's teaser: the text's opening, copied and cut off",
                )
                continue
        out.append(block)
    return out


def _cover_notice(blocks: list[Block], ctx: PassContext) -> int:
    """Where the document's own title is when a notice that issues it comes first (``各乡镇人民
    政府…：`` / ``《政府工作报告》已经…审议通过，现印发给你们…`` / the issuer and the date), or a
    news story's lead (``…发布2023年政府工作报告…`` / ``原文如下：``): the first title in its genre
    with the occasion under it; 0 when there is none. What comes before stays in the body; it
    is text, not a page's header."""
    texts = [_text(b) if isinstance(b, Paragraph) else None for b in blocks[:PAGE_HEADER_MAX]]
    first = (texts[0] or "") if texts else ""
    # a notice's title or addressees (under the site's name, perhaps), or a news story's lead
    # (``2月15日，…发布2023年政府工作报告…``)
    if not ctx.chinese or not (
        any(ADDRESSEES.fullmatch(t or "") or NOTICE_TITLE.fullmatch(t or "") for t in texts[:2])
        or (ends_sentence(first) and len(first) >= LEAD_MIN)
    ):
        return 0
    for i in range(1, len(texts) - 1):
        text = closed_up(texts[i] or "")
        if _is_title(text, ctx) and _GENRE.fullmatch(text) and _occasion_lines(texts, i + 1, ctx):
            return i
    return 0


def is_appendix_heading(block: Block) -> bool:
    """Whether ``block`` is an appendix's heading (``附件1`` and its title), whose numbered
    items are the appendix's list, not sections of the report."""
    return isinstance(block, Heading) and appendix_label(block.number)


# A heading a page set without numbering: a short line of words with no pause, between a
# finished sentence and a paragraph (``2024年政府工作任务``). Only a document whose top level has
# no numbering gets them, and only when it has a few: one such line may be anything.
_UNNUMBERED_PAUSE = re.compile(r"[。；：！？;:!?（）()]")
UNNUMBERED_MIN, UNNUMBERED_MAX = 4, 30
# ... or a stage's name, its years in brackets, and its words after a colon
# (``探索期(1978~1993):乡镇企业异军突起与政策萌芽``)
_STAGE_TITLE = re.compile(
    r"[^。；：！？;:!?（）()，,]{2,10}[（(][\d~～\-—–年至]{4,16}[)）]\s*[:：]"
    r"[^。；：！？;:!?（）()，,\d]{4,30}"
)
UNNUMBERED_COUNT = 2
UNNUMBERED_RANK = 0.5
_TOP_RANK = 4  # 一、 and the styles above it


# A line that is the first half of a lead sentence a column break cut (``持续推进`` /
# ``绿色低碳发展。…``) is followed by a paragraph opening with the short rest of that sentence.
_SHORT_FIRST_SENTENCE = re.compile(r"[^，,；;：:。！？!?]{1,15}[。！？!?]")
# A line ending in the nouns that close a report's section titles (``过去五年的主要工作``,
# ``今年发展主要预期目标``) is no half of a sentence, whatever short sentence follows it.
_SECTION_NOUN = re.compile(
    r".*(?:工作|目标|任务|回顾|安排|建议|要求|思路|成就|成效|情况|举措)"
    # ... or a year's summary or plan (``2022年工作总结``), never a clause's ``…决策部署``
    r"|\d{4}\s*年[^，,。；;]{0,10}(?:总结|部署)"
)


PART_TITLE_MIN = 8


def _part_title(text: str, following: str) -> bool:
    """Whether ``text`` over ``following`` reads as a part's title over its first section's,
    not a sentence a page broke at a bold run (``制定实施`` / ``“双碳”``): both are whole titles
    of some length, without a pause inside."""

    def whole(line: str) -> bool:
        return (
            len(line) >= PART_TITLE_MIN
            and not _CLAUSE_PAUSE.search(line)
            and not is_date_line(line)
            and not _SIGNATORY.search(line)  # a notice's signature over its date
        )

    return whole(text) and (whole(following) or bool(_STAGE_TITLE.fullmatch(following)))


_CLAUSE_PAUSE = re.compile(r"[，,、]")
_SIGNATORY = re.compile(r"(?:办公室|办公厅|人民政府|委员会|局|院|厅|部|会|处|科)$")


def _quotes_balanced(text: str) -> bool:
    """Whether every quote ``text`` opens it also closes (``黄绿红蓝”`` is a fragment)."""
    return all(
        text.count(o) == text.count(c) for o, c in ("“”", "‘’", "《》", "「」", "（）", "()")
    )


# An English heading set without numbering: a short line in title case (``Risk Management``)
# between a finished sentence and a paragraph; it ranks below every numbered style.
TITLED_RANK = 9
PART_RANK = TITLED_RANK - 0.5  # an unnumbered heading over another, a level above it


_OPENS_WITH_YEAR = re.compile(r"(?:19|20)\d{2}\s+[a-z]")
_LISTED_FIGURE = re.compile(r"\d{1,2}[.)]\s+[A-Z]")  # ``1. Since the process began …``


def _closed(text: str) -> bool:
    """Whether nothing runs on from ``text``: a finished sentence, a date under a signature, a
    caption or the source line under a figure."""
    return ends_sentence(text) or is_date_line(text) or is_month_line(text) or stands_alone(text)


_FIELD_LABEL = re.compile(r"[A-Za-z]+(?:\s+[A-Za-z]+){0,2}\s*:")  # ``TO:`` over its value


def _titled_headings(blocks: tuple[Block, ...], texts: list[str]) -> dict[int, float]:
    """English headings set without numbering: short lines in title case between a finished
    text and a paragraph. Two may stand one over the other (``Audit findings`` /
    ``Introduction`` / ``1. This report …``)."""
    end = next(
        (i for i, b in enumerate(blocks) if is_glossary_heading(b) or glossary_title(texts[i])),
        len(blocks),
    )

    def unclosed(i: int) -> bool:  # a line of its own that no sentence's end closes
        return (
            isinstance(blocks[i], Paragraph)
            and not blocks[i].lead  # type: ignore[union-attr]
            and not stands_alone(texts[i])
            and not is_date_line(texts[i])
            and match_numbering(texts[i], chinese=False) is None
            and numbering_label(texts[i]) is None
            and not ends_sentence(texts[i])
            and not texts[i].endswith((",", ";"))
        )

    lines = {
        i
        for i in range(end)
        if unclosed(i)
        and (
            title_cased(texts[i])
            # a longer heading in sentence case over a numbered paragraph (``The accounting
            # officer’s responsibility for the financial statements`` / ``2. The accounting …``)
            or (
                _sentence_cased(texts[i])
                and i + 1 < end
                and bool(_LISTED_FIGURE.match(texts[i + 1]))
            )
        )
    }

    def opens(i: int) -> bool:  # what stands before may end there, and is no field's label
        return (
            i == 0
            or isinstance(blocks[i - 1], Heading)
            or (_closed(texts[i - 1]) and not _FIELD_LABEL.fullmatch(texts[i - 1]))
        )

    def heads(i: int) -> bool:  # a paragraph under it
        after = blocks[i + 1] if i + 1 < len(blocks) else None
        return (
            isinstance(after, Paragraph)
            and (
                len(texts[i + 1]) >= max(60, 2 * len(texts[i]))
                or texts[i + 1].endswith(":")  # ``The Department should:`` and its list
            )
            # the paragraph opens a sentence, a numbered paragraph, or with a year (``2018 was …``)
            and (
                _LISTED.sub("", texts[i + 1], count=1).lstrip()[:1].isupper()
                or bool(_LISTED_FIGURE.match(texts[i + 1]))
                or bool(_OPENS_WITH_YEAR.match(texts[i + 1]))
            )
        )

    found: dict[int, float] = {}
    for i in sorted(lines):
        if not heads(i):
            continue
        if opens(i):
            found[i] = TITLED_RANK
        elif (
            i - 1 in lines
            and opens(i - 1)
            # an office's name over its agency's is a cover's or an address's, not two headings
            and not any(_EN_SITE_NAME.fullmatch(texts[j]) for j in (i - 1, i))
        ):
            # a section's title over its first sub-heading
            found[i - 1], found[i] = PART_RANK, TITLED_RANK
    # a title of one word over a finding in sentence case, a paragraph under it (``Findings`` /
    # ``Financial sustainability is a concern for some councils``)
    for i in range(1, end - 1):
        if (
            i - 1 in lines
            and i - 1 not in found
            and i not in lines
            and len(texts[i - 1].split()) == 1
            and opens(i - 1)
            and unclosed(i)
            and title_cased(texts[i], sentence_case=False) is False
            and _sentence_cased(texts[i])
            and heads(i)
        ):
            found[i - 1], found[i] = PART_RANK, TITLED_RANK
    return found


def _sentence_cased(text: str) -> bool:
    """Whether ``text`` reads as a heading in sentence case, up to a title's length."""
    words = text.split()
    return (
        0 < len(words) <= TITLED_WORDS_MAX
        and words[0][:1].isupper()
        and words[-1].lower() not in SMALL_WORDS
        and not any(c.isdigit() for c in text)
    )


def _found_rank(heading: Heading, chinese_rank: float | None, ctx: PassContext) -> float:
    """The rank of an unnumbered heading found before, when the pass runs again: an English
    one keeps its place over another (``PART_RANK``) by its level."""
    if ctx.chinese:
        return UNNUMBERED_RANK if chinese_rank is None else chinese_rank
    if heading.text.isupper():
        return 0
    return PART_RANK if heading.level == 1 else TITLED_RANK


def _numbered_ranks(blocks: tuple[Block, ...], texts: list[str]) -> set[float]:
    """The ranks of the Chinese numbering styles the body uses, up to its glossary."""
    ranks: set[float] = set()
    for block, text in zip(blocks, texts, strict=True):
        if is_glossary_heading(block) or is_appendix_heading(block):
            break
        if isinstance(block, Heading) and not block.number:
            continue
        numbering = match_numbering(
            f"{block.number} {block.text}" if isinstance(block, Heading) else text, chinese=True
        )
        if numbering is not None:
            ranks.add(numbering.rank)
    return ranks


def _unnumbered_rank(ranks: set[float]) -> float | None:
    """Where a Chinese document's unnumbered headings stand: above its numbering when its top
    level has none (``2024年政府工作任务`` over ``（一）``), under ``一、`` when that is the only
    level numbered; None when every level has its numbering, and no line is a heading by
    standing alone."""
    top = {r for r in ranks if r <= _TOP_RANK}
    if not top:
        return UNNUMBERED_RANK
    if not ranks - top:
        return max(top) + 0.5
    return None


def _parts_above(blocks: tuple[Block, ...], texts: list[str], unnumbered: set[int]) -> bool:
    """Whether the unnumbered headings are parts above the numbered sections: the first comes
    before the first ``一、`` (``2019年工作回顾`` / ``一、…`` / ``2020年工作安排`` / ``一、…``)."""
    first_unnumbered = min(
        [*unnumbered]
        + [
            j
            for j, b in enumerate(blocks)
            if isinstance(b, Heading) and not b.number and not is_glossary_heading(b)
        ],
        default=None,
    )
    if first_unnumbered is None:
        return False
    for j, (block, text) in enumerate(zip(blocks, texts, strict=True)):
        line = f"{block.number} {block.text}" if isinstance(block, Heading) else text
        numbering = match_numbering(line, chinese=True) if j < first_unnumbered else None
        if numbering is not None and numbering.rank <= _TOP_RANK:
            return False
    return True


def _unnumbered_headings(
    doc: Document, texts: list[str], ctx: PassContext, rank: float | None
) -> set[int]:
    if not ctx.chinese or rank is None:
        return set()
    blocks = doc.blocks
    title = key(doc.meta.title)  # a copy of the page repeats the title; it is no section
    shaped: set[int] = set()
    for i, block in enumerate(blocks):
        if is_glossary_heading(block) or is_appendix_heading(block):
            break
        text = texts[i]
        if (
            isinstance(block, Paragraph)
            and not block.lead
            and (
                (
                    UNNUMBERED_MIN <= len(text) <= UNNUMBERED_MAX
                    and not _UNNUMBERED_PAUSE.search(text)
                )
                or bool(_STAGE_TITLE.fullmatch(text))
            )
            and match_numbering(text, chinese=True) is None
            and not glossary_title(text)
            and not appendix_label(text)
            and key(text) != title
            and _quotes_balanced(text)
        ):
            shaped.add(i)

    def opens(i: int) -> bool:  # what stands before it ends there
        return (
            i == 0
            or isinstance(blocks[i - 1], Heading)
            or ends_sentence(texts[i - 1])
            or match_numbering(texts[i - 1], chinese=True) is not None
        )

    def heads(i: int) -> bool:  # a paragraph under it, no short rest of its sentence
        text = texts[i]
        after = blocks[i + 1] if i + 1 < len(blocks) else None
        return (
            isinstance(after, Paragraph)
            and len(following := texts[i + 1])
            >= (len(text) + 4 if _SECTION_NOUN.fullmatch(text) else max(30, 2 * len(text)))
            and following[:1] not in "，。、；：）)”’"
            and bool(_SECTION_NOUN.fullmatch(text) or not _SHORT_FIRST_SENTENCE.match(following))
        )

    found = {i for i in shaped if opens(i) and heads(i)}
    # a part's title over its first section's (``我国县域经济政策的演进历程`` /
    # ``探索期(1978~1993):…`` / its paragraph)
    found |= {
        j
        for i in shaped
        if i + 1 in shaped
        and i not in found
        and _part_title(texts[i], texts[i + 1])
        and opens(i)
        and heads(i + 1)
        for j in (i, i + 1)
    }
    # a line a copy repeats counts once; one alone counts when it ends in a section's noun
    named = any(_SECTION_NOUN.fullmatch(texts[i]) for i in found)
    return found if named or len({key(texts[i]) for i in found}) >= UNNUMBERED_COUNT else set()


# Items numbered ``1.`` or ``（1）`` that run on into their text, or end their one sentence with a
# full stop (``1.扎实推进科技创新。…``), are a list of numbered leads, not sections.
_LEAD_RANKS = frozenset([6, 7])


def _numbered_lead(numbering: Numbering) -> bool:
    return numbering.rank in _LEAD_RANKS and (
        bool(numbering.rest) or numbering.title.endswith("。")
    )


LEAD_IN_WORDS = 4


def _wrapped_item(numbering: Numbering, following: list[str]) -> bool:
    """Whether an English numbered line is the first line of a numbered paragraph a page
    wrapped: its sentence goes on in lower case on the next line, or it stops on a word no
    heading ends with (``6. In terms of our wider dimension a``)."""
    words = numbering.title.split()
    if words and words[-1] in SMALL_WORDS and len(words) > 2:
        return True
    if numbering.title.endswith((":", "：")) and len(words) > LEAD_IN_WORDS:
        return True  # a sentence that leads into a list (``2. We tested whether the board:``)
    return bool(following) and following[0][:1].islower() and not ends_sentence(numbering.title)


# a notice's words that issue a document by its name (``现将《2024年工作要点》印发给你们``)
_ISSUES = re.compile(r"(?:印发|转发|下发|发布|公布|现将)[^。；]{0,8}?《(?P<name>[^《》]{4,40})》")


def _attached_titles(blocks: tuple[Block, ...], texts: list[str]) -> set[int]:
    """The paragraphs that are the title of a document a notice above issues by its name."""
    named: dict[str, int] = {}
    found: set[int] = set()
    for i, text in enumerate(texts):
        if not isinstance(blocks[i], Paragraph):
            continue
        if named.get(text.strip(), i) < i:
            found.add(i)
        for m in _ISSUES.finditer(text):
            named.setdefault(m["name"].strip(), i)
    return found


def _bare_numbered(texts: list[str]) -> dict[int, Numbering]:
    """English headings numbered without a stop (``1 Scope``, ``2 Normative references``): lines
    that would be headings with it, when two or more are numbered one after the other."""
    found: dict[int, Numbering] = {}
    for i, text in enumerate(texts):
        numbering = bare_numbering(text, chinese=False)
        if (
            numbering is not None
            # a heading's words, not a note's source (``1 Office for National Statistics, …``)
            and "," not in numbering.title
            and len(numbering.title.split()) <= TITLED_WORDS_MAX
        ):
            found[i] = numbering
    numbers = {int(n.number) for n in found.values()}
    return found if any(n + 1 in numbers for n in numbers) else {}


def _numbered(text: str, ctx: PassContext) -> Numbering | None:
    numbering = match_numbering(text, chinese=ctx.chinese)
    return numbering if numbering is not None and numbering.number else None


def _ends_glossary(
    numbering: Numbering | None,
    text: str,
    glossary: Numbering | None,
    before: list[tuple[float, str]],
    ctx: PassContext,
) -> bool:
    """Whether ``text`` (numbered ``numbering``), under a glossary whose heading is numbered
    ``glossary`` (or not), is the next section's heading and no entry (a glossary's entries may
    be numbered like sections): numbered above the glossary's level in a style the sections
    ``before`` it used, or in the glossary's own style past its number (``1. Definitions`` …
    ``2. Data sources``); under an unnumbered glossary heading, the body's top-level section
    after the last one before the glossary (``一、总人口`` … ``注释：`` … ``二、农业``)."""
    if numbering is None or match_entry(text, loose=False) is not None:
        return False
    if glossary is not None:
        if numbering.rank == glossary.rank:
            return section_ordinal(numbering.number) > section_ordinal(glossary.number)
        return numbering.rank < glossary.rank and numbering.rank in {r for r, _ in before}
    return after_top_section(numbering, before)


_ZH_BULLET = re.compile(
    r"\s*[•·▪◦●]\s*(?=[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])"
)


def _numbered_before(out: list[Block], found: list[tuple[int, float]]) -> list[tuple[float, str]]:
    """The numbered headings found so far, their ranks and numbers in order."""
    return [
        (rank, heading.number)
        for index, rank in found
        if isinstance(heading := out[index], Heading) and heading.number
    ]


def _section_numbering(
    block: Block, text: str, bare: Numbering | None, ctx: PassContext
) -> Numbering | None:
    """The numbering of ``block`` (``text``), a section's heading or a line that may be one, a
    number without its stop (``4 Requirements``) too."""
    if isinstance(block, Heading):
        return section_numbering(f"{block.number} {block.text}", chinese=ctx.chinese)
    return bare or _numbered(text, ctx)


def _headings(doc: Document, ctx: PassContext) -> Document:
    """Numbered lines become headings; headings found before keep theirs, so the pass can run
    again after paragraph repair has rejoined a heading that a column break had cut."""
    found: list[tuple[int, float]] = []  # (index into out, rank)
    out: list[Block] = []
    blocks = doc.blocks
    in_glossary = in_appendix = False
    skip = False
    texts = [_text(b) for b in blocks]
    # on a glossary's page, the short lines are its terms, never unnumbered headings
    bare_headings = ctx.chinese and not glossary_title(doc.meta.title)
    chinese_rank = _unnumbered_rank(_numbered_ranks(blocks, texts)) if bare_headings else None
    unnumbered = _unnumbered_headings(doc, texts, ctx, chinese_rank)
    if bare_headings and chinese_rank is None:
        # every level is numbered, but parts above them may not be (``2017年工作回顾`` over
        # ``一、`` and ``（一）``)
        unnumbered = _unnumbered_headings(doc, texts, ctx, UNNUMBERED_RANK)
        if unnumbered and _parts_above(blocks, texts, unnumbered):
            chinese_rank = UNNUMBERED_RANK
        else:
            unnumbered = set()
    elif chinese_rank is not None and _parts_above(blocks, texts, unnumbered):
        chinese_rank = UNNUMBERED_RANK
    titled = {} if ctx.chinese else _titled_headings(blocks, texts)
    attached = _attached_titles(blocks, texts) if ctx.chinese else set()
    bare = {} if ctx.chinese else _bare_numbered(texts)
    glossary_number: Numbering | None = None  # a numbered glossary heading's number
    glossary_before: list[tuple[float, str]] = []  # the numbered headings before the glossary
    for i, block in enumerate(blocks):
        if skip:
            skip = False
            continue
        where = block.provenance
        if in_glossary and _ends_glossary(
            _section_numbering(block, texts[i], bare.get(i), ctx),
            f"{block.number} {block.text}".strip() if isinstance(block, Heading) else texts[i],
            glossary_number,
            glossary_before,
            ctx,
        ):
            # the next section after the glossary (``1.1 Glossary of acronyms`` …
            # ``2. Data sources``)
            in_glossary = False
        if isinstance(block, Heading):
            if not in_glossary and is_glossary_heading(block):
                in_glossary = True
                glossary_number = _section_numbering(block, texts[i], None, ctx)
                glossary_before = _numbered_before(out, found)
            in_appendix = in_appendix or is_appendix_heading(block)
            again = _section_numbering(block, texts[i], None, ctx)
            if block.number and again is not None and not is_appendix_heading(block):
                found.append((len(out), again.rank))
            elif not block.number and not in_glossary and not in_appendix:
                found.append((len(out), _found_rank(block, chinese_rank, ctx)))
            out.append(block)
            continue
        text = texts[i]
        following = texts[i + 1 : i + 6]
        if ctx.in_definition_list(where.first_line):  # a term or its definition
            out.append(block)
            continue
        if not in_glossary and opens_glossary(text, following):
            in_glossary = True
            glossary_number = _section_numbering(block, text, bare.get(i), ctx)
            glossary_before = _numbered_before(out, found)
            out.append(Heading(1, "", text, "", provenance=where))
            continue
        if not in_glossary and appendix_label(text) and following:
            if opens_glossary(following[0], following[1:]):
                ctx.record(
                    "headings",
                    "remove-appendix-label",
                    where.first_line,
                    text,
                    "",
                    note="the label of the appendix that holds the glossary",
                )
                continue
            if _is_title(following[0], ctx):
                in_appendix = True
                title = blocks[i + 1]
                out.append(
                    Heading(
                        1, text.strip(), following[0], "", provenance=where.merge(title.provenance)
                    )
                )
                skip = True
                continue
        label = None if ctx.chinese or in_glossary else numbering_label(text)
        if label is not None and following and _is_title(following[0], ctx):
            found.append((len(out), label))
            title = blocks[i + 1]
            out.append(
                Heading(0, text.strip(), following[0], "", provenance=where.merge(title.provenance))
            )
            skip = True
            continue
        if i in titled and not in_glossary:
            found.append((len(out), titled[i]))
            out.append(Heading(0, "", text, "", provenance=where))
            continue
        if i in attached and not in_glossary:
            # the title of the document a notice issues, over its text (``现将《2024年工作要点》
            # 印发给你们`` … ``2024年工作要点``)
            found.append((len(out), UNNUMBERED_RANK))
            out.append(Heading(0, "", text, "", provenance=where))
            continue
        if i in unnumbered and chinese_rank is not None:
            found.append((len(out), chinese_rank))
            out.append(Heading(0, "", text, "", provenance=where))
            continue
        if not in_glossary and (appendix := match_appendix(text)) is not None:
            in_appendix = True
            out.append(Heading(1, appendix[0], appendix[1], "", provenance=where))
            continue
        numbering = (
            None
            if in_glossary or in_appendix
            else bare.get(i) or match_numbering(text, chinese=ctx.chinese)
        )
        # a section's number behind a list's bullet, as a page set its headings (``• 一、…``)
        bullet = _ZH_BULLET.match(text) if ctx.chinese and numbering is None else None
        if bullet is not None and not (in_glossary or in_appendix):
            numbering = match_numbering(text[bullet.end() :], chinese=True)
        if (
            numbering is None
            or (ctx.chinese and _numbered_lead(numbering))
            or (not ctx.chinese and _wrapped_item(numbering, following))
        ):
            out.append(block)
            continue
        found.append((len(out), numbering.rank))
        if bullet is not None:
            ctx.record("headings", "remove-list-marker", where.first_line, bullet.group(), "")
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
    # an English line in capitals stands at the top level, beside the highest numbered style;
    # Chinese unnumbered headings are found only above the numbered ones
    # and an English unnumbered heading before the first numbered one (``Executive summary``
    # above ``1. Introduction``) stands beside it, there being no section to be under
    first_numbered = next(
        (n for n, (_, rank) in enumerate(found) if rank not in (TITLED_RANK, PART_RANK)), None
    )
    # (an unnumbered heading after one that stood over another is a level below it, there too)
    under: set[int] = set()
    if not ctx.chinese and first_numbered:
        parted = False
        for index, rank in found[:first_numbered]:
            parted = parted or rank == PART_RANK
            if parted and rank == TITLED_RANK:
                under.add(index)
        found[:first_numbered] = [(index, 0) for index, _ in found[:first_numbered]]
    ranks = sorted({rank for _, rank in found if rank > 0})
    # unnumbered headings under lines in capitals stand a level below them, when no numbered
    # heading or one over another says otherwise
    below = int(any(rank == 0 for _, rank in found) and ranks == [TITLED_RANK])
    level = {rank: min(i + 1 + below, 6) for i, rank in enumerate(ranks)}
    level[0] = 1
    for index, rank in found:
        heading = out[index]
        assert isinstance(heading, Heading)
        out[index] = replace(heading, level=2 if index in under else level[rank])
    return replace(doc, blocks=tuple(out))


TITLE = DocumentPass("title", _title)
HEADINGS = DocumentPass("headings", _headings)

"""Remove newspaper and web chrome: continuation markers, page headers and numbers, furniture."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import partial

from ..model import Block, Document, Paragraph, Text, plain
from .chars import ends_sentence, key
from .context import DocumentPass, PassContext
from .patterns import find_date

__all__ = ["CHROME", "is_furniture", "running_lines"]

NAME = "chrome"

_ZH_DIGITS = r"[\d一二三四五六七八九十百零〇]+"
_MARKER = re.compile(
    rf"[（(]\s*(?:上接|下转|接上|转下|紧接|续|接|转)\s*(?:第\s*)?{_ZH_DIGITS}\s*(?:版|页|面)"
    r"[^)）]{0,8}[)）]"
    r"|\(\s*(?:continued|cont'd|cont\.)\s+(?:on|from)\s+(?:page|p\.)\s*[A-Z]?\d+\s*\)",
    re.IGNORECASE,
)

_BUTTONS = (
    "打印本页|打印此页|打印文章|打印|关闭窗口|关闭本页|关闭|返回顶部|返回首页|返回|收藏本页|收藏|"
    "我要纠错|纠错|字体|大|中|小|默认|繁体|简体|无障碍|"
    "分享到|分享|复制链接|微信|微博|QQ空间|QQ|朋友圈|"
    "print this page|print|close window|close|back to top|top|email this|bookmark"
)
_BUTTON_LINE = re.compile(rf"(?:[\s【】\[\]|｜/·•]*(?:{_BUTTONS}))+[\s【】\[\]|｜/·•]*", re.I)
_FURNITURE = re.compile(
    r"|".join(
        (
            r".{0,10}字[体号]\s*[:：]?\s*[【\[]?\s*大\s*中\s*小.*",
            r"[（(【\[]?\s*(?:责任编辑|编辑|责编|校对|审核|审校|来源|信息来源|文章来源|作者|"
            r"发布时间|发布日期|更新时间|浏览次数|阅读次数|访问量|点击数|点击量|稿源|"
            r"主办|主办单位|承办|承办单位|协办|协办单位|技术支持|网站标识码|运维|维护)\s*[:：].*",
            r"(?:时间|日期)\s*[:：]\s*\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*\d{1,2}:\d{2}.*",
            r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s+.{0,30})?",
            r"[【\[]?\s*(?:内容摘要|摘要|核心提示|导读)\s*[】\]]?\s*[:：]?",
            r"[【\[]?\s*(?:阅读全文|查看全文|点击查看全文|展开全文|全文阅读)\s*[】\]]?\s*[>»]*",
            r".*(?:分享到|扫一扫|手机版|网站地图|版权所有|Copyright|©|ICP备|网安备|公网安备).*",
            r"(?:您|你)?(?:当前|现在)?的?(?:所在)?位置\s*[:：].*",
            r".*(?:首页|Home)\s*(?:[>»/›]\s*[^>»/›]{1,20}\s*){1,6}",
            r".{0,20}第\s*[\d一二三四五六七八九十]+\s*版.{0,20}",
            r"[—\-–－─\s]*\d{1,4}[—\-–－─\s]*",
            r"第\s*\d{1,4}\s*页(?:\s*[/共]\s*\d+\s*页?)?|\d{1,4}\s*/\s*\d{1,4}",
            r"page\s+\d{1,4}(?:\s+of\s+\d{1,4})?",
            r"(?:share|share this|font size|text size)\s*[:：]?.{0,30}",
            r"(?:上一篇|下一篇|上一条|下一条|previous|next)\s*[:：].*",
        )
    ),
    re.IGNORECASE,
)
_SHARE_WORDS = ("微信", "微博", "QQ", "朋友圈", "豆瓣", "Facebook", "Twitter", "WeChat", "Weibo")
_RELATED = re.compile(
    r"[【\[]?\s*(?:相关链接|相关新闻|相关阅读|相关文章|相关报道|相关稿件|相关专题|往期回顾|延伸阅读|"
    r"推荐阅读|更多阅读|"
    r"related (?:links|articles|stories|news)|see also)\s*[】\]]?\s*[:：]?\s*",
    re.IGNORECASE,
)
_PUBLISHED = re.compile(r"[（(【\[]?\s*(?:发布时间|发布日期|更新时间|Published|Date)\s*[:：]", re.I)
FURNITURE_MAX = 60
LINK_TITLE_MAX = 40


def is_furniture(text: str) -> bool:
    """Whether the line ``text`` is a web page's or a newspaper's furniture, not the document's."""
    if len(text) > FURNITURE_MAX:
        return False
    if _BUTTON_LINE.fullmatch(text) or _FURNITURE.fullmatch(text):
        return True
    buttons = _BUTTON_LINE.match(text)  # a toolbar run into a field: 【我要纠错】 责任编辑：…
    if buttons and _FURNITURE.fullmatch(text[buttons.end() :]):
        return True
    return sum(w in text for w in _SHARE_WORDS) >= 2 and not ends_sentence(text)


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
_NAV_SPLIT = re.compile(r"\s*[|｜/·•]\s*|\s{2,}|\u3000+")
_NAV_TOKEN = re.compile(r"[^\s，。；：:,.;!?！？、（）()]{1,8}")
NAV_RUN_MIN = 3


def _nav_word(token: str) -> bool:
    return token in _NAV_WORDS or token.startswith("走进") or token.endswith("概况")


def _nav_tokens(text: str) -> list[str] | None:
    """The menu items ``text`` consists of, when it is nothing but short items."""
    tokens = [t for t in _NAV_SPLIT.split(text.strip()) if t]
    if len(tokens) < NAV_RUN_MIN and all(_nav_word(t) for t in text.split()):
        tokens = text.split()
    if not tokens or not all(_NAV_TOKEN.fullmatch(t) for t in tokens):
        return None
    return tokens


def _is_menu(tokens: list[str]) -> bool:
    return len(tokens) >= NAV_RUN_MIN and 2 * sum(map(_nav_word, tokens)) >= len(tokens)


def _menus(texts: list[str | None]) -> set[int]:
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
            found.update(run)
        run = []
        if tokens is not None and _is_menu(tokens):
            found.add(i)
    return found


# A photo's caption ends with its photographer: ``……开幕。新华社记者 王建华 摄``, ``刘晓峰 摄``.
_NAME = r"[\u4e00-\u9fff]{2,4}"
_CAPTION = re.compile(
    rf".{{0,150}}?(?:(?:记者|通讯员|摄影)\s*{_NAME}(?:[、\s]+{_NAME})*\s*摄"
    rf"|\s{_NAME}(?:[、\s]+{_NAME})*\s+摄|{_NAME}\s*/\s*摄|图\s*/\s*{_NAME})\s*[)）]?"
)
CAPTION_MAX = 160

# A text dump of a web page (``lynx -dump``) numbers its links (``[3]政务服务``) and lists them
# at the end under ``References``.
_REFERENCES = re.compile(r"\s*(?:References|Visible links|Hidden links|参考链接)\s*:?\s*", re.I)
_REFERENCE = re.compile(r"\d{1,4}\s*\.\s*(?:[a-z][a-z0-9+.\-]*:|www\.)\S*", re.I)
_LINK_NUMBER = re.compile(r"\[(\d{1,4})\]")


def _link_list(texts: list[str | None]) -> tuple[set[int], int]:
    """Indices of a dump's list of links (its heading and entries), and the highest link number."""
    for i, text in enumerate(texts):
        if text is None or not _REFERENCES.fullmatch(text):
            continue
        entries = [j for j in range(i + 1, len(texts)) if _REFERENCE.fullmatch(texts[j] or "")]
        if len(entries) >= 2:
            last = max(
                int(_LINK_NUMBER.sub("", t).split(".")[0]) for j in entries if (t := texts[j])
            )
            return {
                i,
                *entries,
                *(
                    j
                    for j in range(i + 1, len(texts))
                    if texts[j] is not None and _REFERENCES.fullmatch(texts[j] or "")
                ),
            }, last
    return set(), 0


def _strip_link_numbers(text: str, last: int, record: Callable[[str], None]) -> str:
    def drop(m: re.Match[str]) -> str:
        if int(m.group(1)) > last:
            return m.group()
        record(m.group())
        return ""

    return _LINK_NUMBER.sub(drop, text)


def _link_number(ctx: PassContext, line: int, marker: str) -> None:
    ctx.record(NAME, "remove-link-number", line, marker, "")


_ABSTRACT = re.compile(r"[【\[]?\s*(?:内容摘要|摘要|核心提示|导读)\s*[】\]]?\s*[:：]?")
_READ_ON = re.compile(
    r"[【\[]?\s*(?:阅读全文|查看全文|点击查看全文|展开全文|全文阅读)\s*[】\]]?\s*[>»]*"
)


def _abstract(texts: list[str | None]) -> set[int]:
    """A page's abstract box (``【内容摘要】`` … ``阅读全文``): the paragraphs in it that the
    full text repeats further down, which the page showed twice."""
    for i, text in enumerate(texts):
        if text is None or not _ABSTRACT.fullmatch(text):
            continue
        end = next(
            (
                j
                for j in range(i + 1, min(len(texts), i + 12))
                if _READ_ON.fullmatch(texts[j] or "")
            ),
            None,
        )
        if end is None:
            return set()
        rest = "\n".join(key(t) for t in texts[end + 1 :] if t is not None)
        return {j for j in range(i + 1, end) if texts[j] and key(texts[j] or "") in rest}
    return set()


# A running head or foot of a printed page (a report's title, an agency's name, a stamp such as
# ``ADVANCE UNEDITED VERSION``) recurs at every page break, between unrelated lines; a heading
# repeated with its whole document recurs with the same line after it each time.
RUNNING_MIN = 3
RUNNING_MAX = 80


def running_lines(lines: list[str]) -> set[str]:
    """The comparison keys of the lines that are running heads or feet of printed pages."""
    around: dict[str, list[tuple[str, str]]] = {}
    for i, line in enumerate(lines):
        text = line.strip()
        if text and len(text) <= RUNNING_MAX and not ends_sentence(text):
            before = next((key(p) for p in reversed(lines[:i]) if p.strip()), "")
            after = next((key(n) for n in lines[i + 1 :] if n.strip()), "")
            around.setdefault(key(text), []).append((before, after))
    running = set()
    for k, seen in around.items():
        varied = max(len({b for b, _ in seen}), len({a for _, a in seen}))
        if len(seen) >= RUNNING_MIN and 2 * varied > len(seen):
            running.add(k)
    return running


def _run(doc: Document, ctx: PassContext) -> Document:
    out: list[Block] = []
    in_related = False
    date = doc.meta.date
    texts = [plain(b.content) if isinstance(b, Paragraph) else None for b in doc.blocks]
    links, last_link = _link_list(texts)
    if last_link:
        texts = [_strip_link_numbers(t, last_link, lambda _m: None) if t else t for t in texts]
    menus = _menus(texts)
    abstract = _abstract(texts)
    running = running_lines([t or "" for t in texts])
    for i, block in enumerate(doc.blocks):
        if not isinstance(block, Paragraph):
            out.append(block)
            in_related = False
            continue
        text = plain(block.content)
        line = block.provenance.first_line
        if i in links:
            ctx.record(NAME, "remove-link-list", line, text, "", note="a web page's list of links")
            continue
        if last_link:
            stripped = _strip_link_numbers(text, last_link, partial(_link_number, ctx, line))
            if stripped != text:
                text = stripped
                block = replace(block, content=(Text(text),))
                if not text.strip():
                    continue
        if i in menus:
            ctx.record(NAME, "remove-navigation", line, text, "")
            continue
        if running and key(text) in running:
            ctx.record(NAME, "remove-running-head", line, text, "", note="repeated at page breaks")
            continue
        if i in abstract:
            ctx.record(
                NAME,
                "remove-abstract",
                line,
                text,
                "",
                note="the page's abstract box; the full text has it",
            )
            continue
        if in_related:
            if len(text) <= LINK_TITLE_MAX and not ends_sentence(text):
                ctx.record(NAME, "remove-related-link", line, text, "")
                continue
            in_related = False
        if _RELATED.fullmatch(text):
            ctx.record(NAME, "remove-related-links-heading", line, text, "")
            in_related = True
            continue
        if is_furniture(text):
            ctx.record(NAME, "remove-furniture", line, text, "")
            if not date and _PUBLISHED.match(text):
                date = find_date(text)
            continue
        if len(text) <= CAPTION_MAX and _CAPTION.fullmatch(text):
            ctx.record(NAME, "remove-photo-caption", line, text, "")
            continue
        cleaned = text
        for m in _MARKER.finditer(text):
            ctx.record(NAME, "remove-continuation-marker", line, m.group(), "")
            cleaned = cleaned.replace(m.group(), "", 1)
        if cleaned != text:
            if not cleaned.strip():
                continue
            block = replace(block, content=(Text(cleaned),))
        out.append(block)
    return replace(doc, blocks=tuple(out), meta=replace(doc.meta, date=date))


CHROME = DocumentPass(NAME, _run)

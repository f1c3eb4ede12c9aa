"""Remove newspaper and web chrome: continuation markers, page headers and numbers, furniture."""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Block, Document, Paragraph, Text, plain
from .chars import ends_sentence
from .context import DocumentPass, PassContext
from .patterns import find_date

__all__ = ["CHROME"]

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
    "print this page|print|close window|close|back to top|top|email this|bookmark"
)
_BUTTON_LINE = re.compile(rf"(?:[\s【】\[\]|｜/·•]*(?:{_BUTTONS}))+[\s【】\[\]|｜/·•]*", re.I)
_FURNITURE = re.compile(
    r"|".join(
        (
            r".{0,10}字[体号]\s*[:：]?\s*[【\[]?\s*大\s*中\s*小.*",
            r"[（(【\[]?\s*(?:责任编辑|编辑|责编|校对|审核|审校|来源|信息来源|文章来源|作者|"
            r"发布时间|发布日期|更新时间|浏览次数|阅读次数|访问量|点击数|点击量|稿源)\s*[:：].*",
            r".*(?:分享到|扫一扫|手机版|网站地图|版权所有|Copyright|©|ICP备|网安备|公网安备).*",
            r"(?:当前位置|您的位置|你的位置|位置)\s*[:：].*",
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
    r"[【\[]?\s*(?:相关链接|相关新闻|相关阅读|相关文章|延伸阅读|推荐阅读|更多阅读|"
    r"related (?:links|articles|stories|news)|see also)\s*[】\]]?\s*[:：]?\s*",
    re.IGNORECASE,
)
_PUBLISHED = re.compile(r"[（(【\[]?\s*(?:发布时间|发布日期|更新时间|Published|Date)\s*[:：]", re.I)
FURNITURE_MAX = 60
LINK_TITLE_MAX = 40


def _is_furniture(text: str) -> bool:
    if len(text) > FURNITURE_MAX:
        return False
    if _BUTTON_LINE.fullmatch(text) or _FURNITURE.fullmatch(text):
        return True
    return sum(w in text for w in _SHARE_WORDS) >= 2 and not ends_sentence(text)


def _run(doc: Document, ctx: PassContext) -> Document:
    out: list[Block] = []
    in_related = False
    date = doc.meta.date
    for block in doc.blocks:
        if not isinstance(block, Paragraph):
            out.append(block)
            in_related = False
            continue
        text = plain(block.content)
        line = block.provenance.first_line
        if in_related:
            if len(text) <= LINK_TITLE_MAX and not ends_sentence(text):
                ctx.record(NAME, "remove-related-link", line, text, "")
                continue
            in_related = False
        if _RELATED.fullmatch(text):
            ctx.record(NAME, "remove-related-links-heading", line, text, "")
            in_related = True
            continue
        if _is_furniture(text):
            ctx.record(NAME, "remove-furniture", line, text, "")
            if not date and _PUBLISHED.match(text):
                date = find_date(text)
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

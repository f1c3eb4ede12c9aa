"""Character classes and sentence rules shared by the passes (CJK, terminal punctuation, joins)."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

__all__ = [
    "TERMINAL",
    "broken_word",
    "ends_sentence",
    "is_cjk",
    "join_text",
    "key",
]

# Sentence-final punctuation, Chinese and Latin. A colon ends a lead-in ("各位代表："), so a
# paragraph ending in one is complete; a semicolon or comma is not.
TERMINAL = frozenset("。！？!?…：:．.")

LINE_BREAK = "\uffff"
"""Where a page's markup broke a line inside the raw text's line (``<br />``, ``</p>``): segment
takes each piece as a line of its own, under the raw line's number. No input holds it: XML
cannot, so the xml-characters pass removes it before the markup is read."""
# Closing quotes and brackets that may follow the terminal mark ("……“致富花”。" or "。”").
_CLOSERS = "”’」』）)》〉】〕\"'"

_CJK_RANGES = (
    (0x2E80, 0x2FDF),  # radicals
    (0x3000, 0x303F),  # CJK symbols and punctuation
    (0x3040, 0x30FF),  # kana
    (0x3100, 0x312F),  # bopomofo
    (0x3200, 0x33FF),  # enclosed, compatibility
    (0x3400, 0x4DBF),  # extension A
    (0x4E00, 0x9FFF),  # unified ideographs
    (0xF900, 0xFAFF),  # compatibility ideographs
    (0xFE30, 0xFE4F),  # compatibility forms
    (0xFF00, 0xFFEF),  # full-width forms
    (0x20000, 0x3134F),  # extensions B-G
)
_CJK_QUOTES = frozenset("“”‘’…—·")


@cache
def is_cjk(char: str) -> bool:
    """True for Han characters, kana, CJK and full-width punctuation, and Chinese quotes."""
    if char in _CJK_QUOTES:
        return True
    code = ord(char)
    return any(lo <= code <= hi for lo, hi in _CJK_RANGES)


def is_han(char: str) -> bool:
    """True for Han ideographs only."""
    code = ord(char)
    return 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0x20000 <= code <= 0x3134F


def ends_sentence(text: str) -> bool:
    """Whether ``text`` ends with sentence-final punctuation (closing quotes allowed after it)."""
    stripped = text.rstrip().rstrip(_CLOSERS)
    return bool(stripped) and stripped[-1] in TERMINAL


def join_text(left: str, right: str) -> str:
    """Join two pieces of one sentence split by a line or column break: no space where either
    side is CJK, a hyphen kept without space, one space between Latin words."""
    left, right = left.rstrip(), right.lstrip()
    if not left or not right:
        return left + right
    if is_cjk(left[-1]) or is_cjk(right[0]):
        return left + right
    if left.endswith("-") and left[-2:-1].isalpha() and right[0].isalpha():
        return left + right
    return f"{left} {right}"


# A word broken at a line end with a hyphen (``inves-`` / ``tigation``) is one word again; the
# hyphen stays where the first part is a word that forms compounds (``cost-`` / ``effective``),
# where the word already had a hyphen (``cost-of-`` / ``living``), or before a capital.
_COMPOUND_FIRST = frozenset(
    [
        "all",
        "anti",
        "co",
        "cost",
        "cross",
        "ex",
        "fee",
        "first",
        "full",
        "half",
        "high",
        "long",
        "low",
        "mid",
        "multi",
        "non",
        "one",
        "part",
        "pay",
        "post",
        "pre",
        "self",
        "semi",
        "short",
        "so",
        "state",
        "three",
        "two",
        "well",
        "year",
    ]
)
_LAST_WORD = re.compile(r"([A-Za-z]+(?:-[A-Za-z]+)*)-$")


def broken_word(left: str, right: str, compounds: frozenset[str] = frozenset()) -> bool:
    """Whether ``left`` ends with the first part of a word a line break hyphenated, which
    ``right`` finishes: the hyphen is then no part of the text. A word the text writes with
    its hyphen elsewhere (one of ``compounds``, lower case) keeps it."""
    left, right = left.rstrip(), right.lstrip()
    m = _LAST_WORD.search(left)
    if m is None or not right[:1].islower() or not right[0].isascii():
        return False
    word = m.group(1)
    rest = _FIRST_WORD.match(right)
    if rest and f"{word}-{rest.group()}".lower() in compounds:
        return False
    return "-" not in word and word.lower() not in _COMPOUND_FIRST


_FIRST_WORD = re.compile(r"[A-Za-z]+")
_COMPOUND = re.compile(r"(?<![A-Za-z-])[A-Za-z]+-[A-Za-z]+")


def hyphenated_words(text: str) -> frozenset[str]:
    """The hyphenated words ``text`` writes within its lines, in lower case."""
    return frozenset(m.group().lower() for m in _COMPOUND.finditer(text))


_KEY_DROP = re.compile(r"\s+")


def key(text: str) -> str:
    """A comparison key under which copies count as equal: compatibility-normalised (full- and
    half-width punctuation alike), whitespace removed."""
    return _KEY_DROP.sub("", unicodedata.normalize("NFKC", text))


# The traditional forms of the characters a page's furniture, fields and front matter are
# written with, and their simplified forms: enough to read ``發布時間`` as ``发布时间``. Not a
# converter; the text itself is never changed with it.
_TRADITIONAL = str.maketrans(
    "號發佈機構時間來閱讀點擊關閉編輯責題類別體數頁載訪問覽報導語歡網錄標識碼護維開啟隱簡檔贊轉"
    "評論復製屬內長縣員會議屆鎮區聯繫處辦廳廣東龍門衛際實鄉業傳頭條專進於為與經濟錢國務雲產計劃"
    "書記總結聞絡視頻圖們這個選擇觀說請稱將應該從當還無蘇歷對強調現況義聲貢獻輸詢電話醫險費證規"
    "範廢態檢資訊權詳細鏈顯尋預級單紀狀設統戶徵採攝讚寫舉訂註冊線熱動財稅審價項質績薦鑒瀏滿歲陰"
    "灣過饋",
    "号发布机构时间来阅读点击关闭编辑责题类别体数页载访问览报导语欢网录标识码护维开启隐简档赞转"
    "评论复制属内长县员会议届镇区联系处办厅广东龙门卫际实乡业传头条专进于为与经济钱国务云产计划"
    "书记总结闻络视频图们这个选择观说请称将应该从当还无苏历对强调现况义声贡献输询电话医险费证规"
    "范废态检资讯权详细链显寻预级单纪状设统户征采摄赞写举订注册线热动财税审价项质绩荐鉴浏满岁阴"
    "湾过馈",
)


def simplified(text: str) -> str:
    """``text`` with the traditional forms of common page words in their simplified forms."""
    return text.translate(_TRADITIONAL)

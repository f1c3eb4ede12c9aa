"""Half-width , : ; ( ) ? ! in Chinese text become full-width (GB/T 15834); numbers, Latin, URLs
and page references are left alone."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from ..model import Block, Document, GlossaryEntry, Heading, Inline, Paragraph, Text
from .chars import is_cjk
from .context import DocumentPass, PassContext

__all__ = ["PUNCTUATION", "full_width"]

NAME = "punctuation"

_FULL = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）"}
_ACTION = {
    ",": "full-width-comma",
    ":": "full-width-colon",
    ";": "full-width-semicolon",
    "?": "full-width-question-mark",
    "!": "full-width-exclamation-mark",
    "(": "full-width-parentheses",
}
_CANDIDATE = re.compile(r"[,:;?!()]")
_PAGE_REF = re.compile(r"\(\s*(?:[Pp]\.?\s*\d+|page\s+\d+)\s*\)")
_URL = re.compile(
    r"(?:(?:https?|ftp)://|www\.)[A-Za-z0-9\-._~:/?#@!$&*+=%,;]+?(?=[.,;:!?]*(?:[^A-Za-z0-9\-._~:/?#@!$&*+=%,;]|$))"
    r"|[A-Za-z0-9.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"
)


def _neighbour(text: str, i: int, step: int) -> str:
    j = i + step
    while 0 <= j < len(text) and text[j].isspace():
        j += step
    return text[j] if 0 <= j < len(text) else ""


def _protected(text: str) -> set[int]:
    spans: set[int] = set()
    for pattern in (_URL, _PAGE_REF):
        for m in pattern.finditer(text):
            spans.update(range(m.start(), m.end()))
    return spans


def _cjk(char: str) -> bool:
    return bool(char) and is_cjk(char)


def full_width(text: str, on_change: Callable[[str], None]) -> str:
    """``text`` with the half-width marks that stand in Chinese context made full-width;
    ``on_change(mark)`` is called once for each mark changed.

    A mark made full-width is Chinese context for its neighbours, so the rule is applied until
    nothing changes (a run such as ``::“`` needs more than one round)."""
    while True:
        changed = _full_width_once(text, on_change)
        if changed == text:
            return text
        text = changed


def _full_width_once(text: str, on_change: Callable[[str], None]) -> str:
    if not _CANDIDATE.search(text):
        return text
    protected = _protected(text)
    chars = list(text)
    opened: list[int] = []  # positions of "(" seen, and whether each was converted
    converted_open: dict[int, bool] = {}
    for m in _CANDIDATE.finditer(text):
        i, mark = m.start(), m.group()
        if i in protected:
            if mark == "(":
                opened.append(i)
                converted_open[i] = False
            continue
        before, after = _neighbour(text, i, -1), _neighbour(text, i, 1)
        if mark == "(":
            close = text.find(")", i)
            inner = text[i + 1 : close] if close > 0 else ""
            beyond = _neighbour(text, close, 1) if close > 0 else ""
            change = _cjk(before) or _cjk(beyond) or any(is_cjk(c) for c in inner)
            opened.append(i)
            converted_open[i] = change
        elif mark == ")":
            change = converted_open.get(opened.pop(), False) if opened else _cjk(before)
        elif before.isdigit() and after.isdigit():
            change = False  # 3,000 and 10:30
        else:
            change = _cjk(before) or _cjk(after)
        if change:
            chars[i] = _FULL[mark]
            on_change(mark)
    return "".join(chars)


def _run(doc: Document, ctx: PassContext) -> Document:
    if not ctx.chinese:
        return doc

    def fix(text: str, line: int) -> str:
        def note(mark: str) -> None:
            ctx.record(NAME, _ACTION.get(mark, _ACTION["("]), line, mark, _FULL[mark])

        return full_width(text, note)

    def fix_inlines(seq: tuple[Inline, ...], line: int) -> tuple[Inline, ...]:
        return tuple(Text(fix(n.text, line)) if isinstance(n, Text) else n for n in seq)

    blocks: list[Block] = []
    for block in doc.blocks:
        line = block.provenance.first_line
        if isinstance(block, Heading):
            blocks.append(
                replace(block, number=fix(block.number, line), text=fix(block.text, line))
            )
        elif isinstance(block, Paragraph):
            blocks.append(
                replace(
                    block,
                    lead=fix_inlines(block.lead, line),
                    content=fix_inlines(block.content, line),
                )
            )
        else:
            blocks.append(block)  # code is literal text, never repaired
    entries: list[GlossaryEntry] = []
    for entry in doc.glossary.entries:
        line = entry.provenance.first_line
        entries.append(
            replace(
                entry, term=fix(entry.term, line), definition=fix_inlines(entry.definition, line)
            )
        )
    meta = replace(doc.meta, title=fix(doc.meta.title, 1), subtitle=fix(doc.meta.subtitle, 1))
    glossary = replace(doc.glossary, entries=tuple(entries))
    return replace(doc, meta=meta, blocks=tuple(blocks), glossary=glossary)


PUNCTUATION = DocumentPass(NAME, _run)

"""Remove repeated paragraphs, fragments of earlier ones, and sections or documents that repeat."""

from __future__ import annotations

from dataclasses import dataclass, replace
from itertools import pairwise

from ..diagnostics import Code
from ..model import Block, Document, Heading, Paragraph, Text, plain
from .chars import ends_sentence, key
from .context import DocumentPass, PassContext
from .patterns import match_entry, runs_on, starts_block
from .textindex import MIN_FRAGMENT, TextIndex

__all__ = ["DUPLICATES"]

NAME = "duplicates"
MIN_WORDS = 2  # letters and digits a text needs to count as a copy
SHORT = 8  # only texts shorter than this can fall short of it
LABEL_MAX = 40


@dataclass(slots=True)
class _Slot:
    block: Block
    copy_of: int | None = None  # index of the kept block this one repeats
    merged_into: int | None = None  # index of the kept block this one continues


def _text(block: Block) -> str:
    return plain(block.lead) + plain(block.content) if isinstance(block, Paragraph) else block.text


def _run(doc: Document, ctx: PassContext) -> Document:
    slots = [_Slot(b) for b in doc.blocks]
    index: TextIndex[int] = TextIndex()
    for seed in (doc.meta.title, doc.meta.subtitle, doc.meta.byline):
        if seed:
            index.add(seed, -1)
    pending: int | None = None  # kept block whose continuation follows a removed copy of it
    for i, slot in enumerate(slots):
        block = slot.block
        if not isinstance(block, Paragraph):
            if isinstance(block, Heading):
                index.add(block.number + block.text, i)  # a copy of the page repeats it as a line
            pending = None
            continue
        text = _text(block)
        if len(text) < SHORT and sum(c.isalnum() for c in text) < MIN_WORDS:
            # a lone comma a page's markup left on its line is no copy of anything
            pending = None
            continue
        original = index.find(text)
        if original is not None:
            slot.copy_of = original
            pending = (
                original
                if original >= 0
                and isinstance(slots[original].block, Paragraph)
                and not ends_sentence(text)
                and len(key(text)) >= MIN_FRAGMENT  # a term markup set apart recurs anywhere
                else None
            )
            continue
        if pending is not None and _continues(_current(slots, pending), text, ctx):
            slot.merged_into = pending
            slots[pending].block = _joined(slots[pending].block, block, ctx)
            index.add(text, pending)
            pending = None
            continue
        pending = None
        index.add(text, i)
    _keep_lone_short_repeats(slots)
    _drop_doubled_headings(slots)
    _drop_repeated_sections(slots, ctx)
    return replace(doc, blocks=tuple(_emit(slots, ctx)))


CUT_MIN = 30  # a paragraph cut short is long; a short open line is a name, a label, a heading


def _continues(kept: str, text: str, ctx: PassContext) -> bool:
    """Whether ``text``, after a removed copy of ``kept``, is the rest of ``kept``: a paragraph
    cut short whose sentence ``text`` finishes."""
    if ends_sentence(kept) or len(kept) < CUT_MIN or starts_block(text, chinese=ctx.chinese):
        return False
    return not text.startswith("——") if ctx.chinese else runs_on(kept, text)


def _current(slots: list[_Slot], i: int) -> str:
    return _text(slots[i].block)


def _joined(first: Block, second: Paragraph, ctx: PassContext) -> Paragraph:
    assert isinstance(first, Paragraph)
    right = plain(second.lead) + plain(second.content)
    text = ctx.join(NAME, second.provenance.first_line, plain(first.content), right)
    return Paragraph(
        (Text(text),), lead=first.lead, provenance=first.provenance.merge(second.provenance)
    )


def _keep_lone_short_repeats(slots: list[_Slot]) -> None:
    """A short line said twice ("各位代表：") is speech, not a copy, unless it sits in a run of
    copies (a repeated section or document)."""

    def short(j: int) -> bool:
        text = _text(slots[j].block)
        # a name or a label said again (a form's values) is as short as a word
        label = text.isascii() and len(text) <= LABEL_MAX and not ends_sentence(text)
        return label or len(key(text)) < MIN_FRAGMENT

    def copy(j: int) -> bool:
        return 0 <= j < len(slots) and slots[j].copy_of is not None

    revert = []
    for i, slot in enumerate(slots):
        if slot.copy_of is None or slot.copy_of < 0 or not short(i):
            continue
        # the run of short copies it stands in (``PM`` / ``2.5``) is a copy only beside a
        # longer one
        left, right = i - 1, i + 1
        while copy(left) and short(left):
            left -= 1
        while copy(right) and short(right):
            right += 1
        if not copy(left) and not copy(right):
            revert.append(slot)
    for slot in revert:
        slot.copy_of = None


def _drop_doubled_headings(slots: list[_Slot]) -> None:
    """A heading said twice in a row (a page's head over the text's own) is one heading."""
    for i, (before, slot) in enumerate(pairwise(slots)):
        first, second = before.block, slot.block
        if (
            isinstance(first, Heading)
            and isinstance(second, Heading)
            and before.copy_of is None
            and slot.copy_of is None
            and first.number == second.number
            and key(first.text) == key(second.text)
        ):
            slot.copy_of = i


def _drop_repeated_sections(slots: list[_Slot], ctx: PassContext) -> None:
    """A heading whose title repeats an earlier one and whose whole section is copies goes too."""
    seen: dict[str, int] = {}
    for i, slot in enumerate(slots):
        heading = slot.block
        if not isinstance(heading, Heading) or slot.copy_of is not None:
            continue
        k = key(heading.text)
        if k not in seen:
            seen[k] = i
            continue
        section = _section(slots, i)
        if all(
            s.copy_of is not None or s.merged_into is not None
            for s in section
            if isinstance(s.block, Paragraph)
        ) and all(key(s.block.text) in seen for s in section if isinstance(s.block, Heading)):
            slot.copy_of = seen[k]
            for s in section:
                if isinstance(s.block, Heading):
                    s.copy_of = seen.get(key(s.block.text), i)
            ctx.warn(
                Code.SECTION_REMOVED,
                f"section {heading.number}{heading.text} repeats earlier text in full and was "
                "removed",
                heading.provenance.first_line,
            )


def _section(slots: list[_Slot], i: int) -> list[_Slot]:
    """The slots under the heading at ``i``, up to the next heading of its level or higher, or
    to a glossary entry: a run of entries belongs to the glossary, not to the section."""
    heading = slots[i].block
    assert isinstance(heading, Heading)
    end = i + 1
    while end < len(slots):
        b = slots[end].block
        if isinstance(b, Heading) and b.level <= heading.level:
            break
        if isinstance(b, Paragraph) and match_entry(_text(b), loose=False) is not None:
            break
        end += 1
    return slots[i + 1 : end]


def _emit(slots: list[_Slot], ctx: PassContext) -> list[Block]:
    out: list[Block] = []
    for slot in slots:
        block = slot.block
        line = block.provenance.first_line
        if slot.merged_into is not None:
            target = slots[slot.merged_into].block
            ctx.record(
                NAME,
                "rejoin-after-duplicate",
                line,
                "",
                "",
                note=f"continues the paragraph at line {target.provenance.first_line}, "
                "whose repeated copy came just before it",
            )
        elif slot.copy_of is not None:
            number = block.number if isinstance(block, Heading) else ""
            action = (
                "remove-duplicate-heading" if isinstance(block, Heading) else ("remove-duplicate")
            )
            where = (
                "the title"
                if slot.copy_of < 0
                else (f"line {slots[slot.copy_of].block.provenance.first_line}")
            )
            ctx.record(NAME, action, line, number + _text(block), "", note=f"repeats {where}")
        else:
            out.append(block)
    return out


DUPLICATES = DocumentPass(NAME, _run)

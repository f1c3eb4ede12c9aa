"""Hypothesis strategies that generate canonical documents for round-trip and property tests."""

from __future__ import annotations

from hypothesis import strategies as st

from triptych.model import (
    Code,
    CodeBlock,
    Document,
    Glossary,
    GlossaryEntry,
    Heading,
    Inline,
    Meta,
    NoteRef,
    Paragraph,
    TermRef,
    Text,
    canonical,
)

# Chinese, Latin, digits, full-width and half-width punctuation, and every ASCII character that
# means something to Markdown, HTML or XML, so writers must escape it.
ALPHABET = (
    "中文政府工作报告碳达峰乡村振兴"
    "abcXYZ0129"
    "，。、；：？！“”‘’（）《》【】—…·"
    " \\`*_{}[]()<>#+-.!|~^:&\"'=/$%@;?,"
)

ids = st.from_regex(r"\A[a-z][a-z0-9]{0,6}(-[a-z0-9]{1,4}){0,2}\Z")
words = st.text(alphabet=ALPHABET, min_size=1, max_size=40).filter(lambda s: s.strip())
# Code keeps every character, white space included: tabs, line breaks (a code span turns them
# into spaces), runs of backticks that the Markdown writer must fence around.
code_text = st.text(alphabet=ALPHABET + "\t\n`", min_size=1, max_size=40)
languages = st.one_of(st.just(""), st.from_regex(r"\A[A-Za-z0-9_+#.-]{1,8}\Z"))
short = st.text(alphabet=ALPHABET.replace('"', "").replace("}", ""), min_size=1, max_size=6).filter(
    lambda s: s.strip()
)


@st.composite
def documents(draw: st.DrawFn) -> Document:
    """A canonical document whose references all resolve and whose anchors are unique."""
    entry_ids = draw(st.lists(ids, unique=True, max_size=4))
    used = set(entry_ids)
    entries = []
    for ident in entry_ids:
        entries.append(
            GlossaryEntry(
                id=ident,
                term=draw(words),
                definition=draw(_inlines(entry_ids)),
                aliases=tuple(draw(st.lists(short.filter(lambda s: "|" not in s), max_size=2))),
                page=draw(st.one_of(st.just(""), short)),
                number=draw(st.one_of(st.just(""), st.from_regex(r"\A[1-9][0-9]?\Z"))),
            )
        )
    blocks: list[Heading | Paragraph | CodeBlock] = []
    for kind in draw(st.lists(st.sampled_from(["h", "p", "p", "code"]), max_size=8)):
        if kind == "h":
            ident = draw(ids.filter(lambda s: s not in used))
            used.add(ident)
            blocks.append(
                Heading(
                    level=draw(st.integers(1, 6)),
                    number=draw(st.one_of(st.just(""), short)),
                    text=draw(words),
                    id=ident,
                )
            )
        elif kind == "code":
            blocks.append(CodeBlock(draw(code_text), draw(languages)))
        else:
            blocks.append(
                Paragraph(
                    content=draw(_inlines(entry_ids)),
                    lead=draw(st.one_of(st.just(()), _inlines(entry_ids))),
                )
            )
    meta = Meta(
        title=draw(words),
        lang=draw(st.sampled_from(["zh-CN", "en", "zh-Hant"])),
        subtitle=draw(st.one_of(st.just(""), words)),
        byline=draw(st.one_of(st.just(""), words)),
        issuer=draw(st.one_of(st.just(""), words)),
        date=draw(st.one_of(st.just(""), st.dates().map(lambda d: d.isoformat()))),
        source=draw(st.one_of(st.just(""), st.just("report.raw.txt"))),
    )
    title = draw(st.one_of(st.just(""), words)) if entries else ""
    return canonical(Document(meta, tuple(blocks), Glossary(title, tuple(entries))))


def _inlines(targets: list[str]) -> st.SearchStrategy[tuple[Inline, ...]]:
    part: st.SearchStrategy[Inline] = st.one_of(words.map(Text), code_text.map(Code))
    if targets:
        part = st.one_of(
            words.map(Text),
            code_text.map(Code),
            st.builds(TermRef, st.sampled_from(targets), words),
            st.builds(NoteRef, st.sampled_from(targets), st.from_regex(r"\A[1-9][0-9]?\Z")),
        )
    return st.lists(part, min_size=1, max_size=5).map(tuple)

"""Writer for canonical Markdown, the triptych dialect (docs/markdown-dialect.md)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable

from ..errors import UnwritableError
from ..model import (
    CODE_LANGUAGE,
    Block,
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
    Provenance,
    TermRef,
    Text,
    canonical,
    has_code,
)
from ..model.ids import ANCHOR, make_id

__all__ = ["FORMAT_VERSION", "dialect_version", "write"]

FORMAT_VERSION = 3
"""The newest dialect version: version 2 (version 1 and code) and the ``byline`` key."""

# Front matter keys after ``triptych``, in the order they are written; title and lang are required.
_META_KEYS = ("title", "subtitle", "byline", "lang", "issuer", "date", "source")
_REQUIRED_KEYS = frozenset({"title", "lang"})

# Special anywhere in a line: escapes, code spans, emphasis, spans and links, attribute blocks,
# autolinks and HTML (kept out for other Markdown tools too), and `&` only where it would start an
# entity reference such as `&amp;` or `&#35;`.
_INLINE_SPECIAL = re.compile(r"[\\`*_\[\]{}<]|&(?=#?[0-9A-Za-z]+;)")

# Special only at the start of a line, where a paragraph or a definition begins: ATX headings,
# bullet items, thematic breaks, block quotes, definitions and containers (`:`), `~` definitions
# and fences. The backslash goes before the first character.
_BLOCK_START = re.compile(r"#{1,6}(?:[ \t]|$)|[-+](?:[ \t]|$)|(?:-[ \t]*){3,}$|>|:[ \t:]|~[ \t~]")
# Ordered list items (`1.`, `12)`): the backslash goes before the `.` or `)`.
_ORDERED_ITEM = re.compile(r"[0-9]{1,9}(?=[.)](?:[ \t]|$))")

# Inside a quoted attribute value the backslash escapes `"`, itself and the braces that would
# end the attribute block; aliases escape `|`, their separator, too.
_VALUE_SPECIAL = re.compile(r'[\\"{}]')
_ALIAS_SPECIAL = re.compile(r'[\\"{}|]')
# Characters YAML refuses in a stream even inside double quotes; JSON leaves them unescaped.
_YAML_UNPRINTABLE = re.compile("[\x7f-\x84\x86-\x9f\ufffe\uffff]")
_BACKTICKS = re.compile("`+")


def write(doc: Document) -> str:
    """``doc`` as canonical Markdown, in the oldest dialect version that holds it;
    ``read(write(doc)) == canonical(doc)``.

    Raises ``ValueError`` for what the dialect cannot hold: a heading level outside 1..6, an
    anchor other than an ASCII letter followed by ASCII letters, digits, ``-`` and ``_``, or a
    code block language other than one word (an ``UnwritableError`` naming the source and line,
    where the model has them).
    """
    doc = canonical(doc)
    parts = [_front_matter(doc.meta, dialect_version(doc))]
    parts.extend(_block(b) for b in doc.blocks)
    if doc.glossary.title or doc.glossary.entries:
        parts.append(_glossary(doc.glossary))
    return "\n\n".join(parts) + "\n"


def dialect_version(doc: Document) -> int:
    """The oldest dialect version that holds ``doc``, the one it is written in: 3 when it has a
    byline, else 2 when it has code, else 1, which every triptych reads."""
    if doc.meta.byline:
        return 3
    return 2 if has_code(doc) else 1


# --- front matter -------------------------------------------------------------


def _front_matter(meta: Meta, version: int) -> str:
    lines = ["---", f"triptych: {version}"]
    for key in _META_KEYS:
        value: str = getattr(meta, key)
        if value or key in _REQUIRED_KEYS:
            lines.append(f"{key}: {_yaml_string(value)}")
    lines.append("---")
    return "\n".join(lines)


def _yaml_string(value: str) -> str:
    """A JSON string literal, which is also a YAML double-quoted scalar."""
    quoted = json.dumps(value, ensure_ascii=False)
    return _YAML_UNPRINTABLE.sub(lambda m: f"\\u{ord(m.group()):04x}", quoted)


# --- blocks -------------------------------------------------------------------


def _block(block: Block) -> str:
    match block:
        case Heading():
            return _heading(block)
        case Paragraph():
            return _paragraph(block)
        case CodeBlock():
            return _code_block(block)


def _heading(heading: Heading) -> str:
    if not 1 <= heading.level <= 6:
        raise ValueError(f"heading level {heading.level} is outside 1..6: {heading.text!r}")
    attrs = f"#{_anchor(heading.id, heading.provenance)}"
    if heading.number:
        attrs += f' number="{_value(heading.number)}"'
    parts = ("#" * heading.level, _escape(heading.text), f"{{{attrs}}}")
    return " ".join(part for part in parts if part)


def _paragraph(paragraph: Paragraph) -> str:
    line = _inlines(paragraph.content)
    if paragraph.lead:
        line = f"[{_inlines(paragraph.lead)}]{{.lead}}{line}"
    return _line_start(line)


def _code_block(block: CodeBlock) -> str:
    """A fenced code block; the fence is longer than any run of backticks in the lines, so no
    line can close it."""
    if block.language and not CODE_LANGUAGE.fullmatch(block.language):
        raise UnwritableError(
            f"code block language {block.language!r} cannot be written in the Markdown dialect, "
            "whose code blocks name their language in one word of ASCII letters, digits and _+#.-",
            source=block.provenance.source,
            line=block.provenance.first_line,
        )
    fence = "`" * max(3, _longest_backticks(block.text) + 1)
    return f"{fence}{block.language}\n{block.text}\n{fence}"


def _glossary(glossary: Glossary) -> str:
    opening = "::: glossary"
    if glossary.title:
        opening += " " + _escape(glossary.title)
    return "\n\n".join([opening, *(_entry(e) for e in glossary.entries), ":::"])


def _entry(entry: GlossaryEntry) -> str:
    attrs = f"#{_anchor(entry.id, entry.provenance)}"
    if entry.page:
        attrs += f' page="{_value(entry.page)}"'
    if entry.number:
        attrs += f' number="{_value(entry.number)}"'
    if entry.aliases:
        aliases = "|".join(_ALIAS_SPECIAL.sub(r"\\\g<0>", a) for a in entry.aliases)
        attrs += f' aliases="{aliases}"'
    term_line = f"[{_escape(entry.term)}]{{{attrs}}}"
    # A definition list needs a definition; an entry without one is its term line alone.
    if not entry.definition:
        return term_line
    return f"{term_line}\n: {_line_start(_inlines(entry.definition))}"


# --- inlines and escaping -----------------------------------------------------


def _inlines(seq: Iterable[Inline]) -> str:
    out: list[str] = []
    for node in seq:
        match node:
            case Text(text):
                out.append(_escape(text))
            case Code(text):
                out.append(_code(text))
            case TermRef(target, text):
                out.append(f'[{_escape(text)}]{{term="{_value(target)}"}}')
            case NoteRef(target, label):
                out.append(f'[{_escape(label)}]{{note="{_value(target)}"}}')
    return "".join(out)


def _code(text: str) -> str:
    """A code span holding ``text`` exactly (CommonMark 6.1): the backtick run around it is
    longer than any inside it, and a space pads each side when the text starts or ends with a
    backtick, or starts and ends with a space, because a reader strips one such pair."""
    ticks = "`" * (_longest_backticks(text) + 1)
    if text[:1] == "`" or text[-1:] == "`" or (text[:1] == text[-1:] == " " and text.strip(" ")):
        text = f" {text} "
    return f"{ticks}{text}{ticks}"


def _longest_backticks(text: str) -> int:
    return max((len(run) for run in _BACKTICKS.findall(text)), default=0)


def _escape(text: str) -> str:
    """``text`` with a backslash before every character that would be markup inside a line."""
    return _INLINE_SPECIAL.sub(r"\\\g<0>", text)


def _line_start(line: str) -> str:
    """Escape what would open a block (heading, list, quote …) at the start of ``line``."""
    if item := _ORDERED_ITEM.match(line):
        return f"{line[: item.end()]}\\{line[item.end() :]}"
    if _BLOCK_START.match(line):
        return "\\" + line
    return line


def _value(value: str) -> str:
    return _VALUE_SPECIAL.sub(r"\\\g<0>", value)


def _anchor(ident: str, provenance: Provenance) -> str:
    if not ANCHOR.fullmatch(ident):
        raise UnwritableError(
            f'anchor "{ident}" cannot be written in the Markdown dialect, whose anchors are an '
            'ASCII letter followed by ASCII letters, digits, "-" and "_"; give it another id '
            f'in the source, such as "{make_id(ident)}"',
            source=provenance.source,
            line=provenance.first_line,
        )
    return ident

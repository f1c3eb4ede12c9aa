"""Reader for canonical Markdown, triptych dialect versions 1 to 3 (docs/markdown-dialect.md)."""

from __future__ import annotations

import contextlib
import datetime
import functools
import itertools
import re
from collections.abc import Iterator, Sequence

import yaml
from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.attrs import attrs_plugin
from mdit_py_plugins.container import container_plugin
from mdit_py_plugins.deflist import deflist_plugin
from mdit_py_plugins.front_matter import front_matter_plugin

from ..diagnostics import Code, Reporter
from ..errors import FrontMatterError, SourceError
from ..model import (
    CODE_LANGUAGE,
    Block,
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
    fold,
)
from ..model.ids import ANCHOR, make_id
from ..model.nodes import Code as CodeSpan  # the name Code is the diagnostics'
from .terms import report_duplicate_terms

__all__ = ["FORMAT_VERSION", "FORMAT_VERSIONS", "MAX_CHARS", "MAX_OPEN_BRACKETS", "read"]

FORMAT_VERSION = 3
"""The newest dialect version: version 2 (version 1 and code) and the ``byline`` key."""
FORMAT_VERSIONS = (1, 2, FORMAT_VERSION)
"""Every dialect version this reader accepts (``triptych: 1`` in the front matter …)."""
MAX_CHARS = 1_000_000
"""Longest input accepted, in characters: markdown-it reads 100 000 to 350 000 a second."""
MAX_OPEN_BRACKETS = 1_000
"""Most ``[`` open at once in one paragraph; markdown-it slows down badly on unmatched ``[``."""

# What the dialect has, by version, for the messages that refuse what it has not
_DIALECT = {
    1: "the triptych Markdown dialect has headings, paragraphs and one glossary",
    2: "the triptych Markdown dialect has headings, paragraphs, fenced code blocks and one "
    "glossary",
}
_DIALECT[3] = _DIALECT[2]  # version 3 adds a front matter key, not a block
# the schemas' iso.date: a calendar date, or its year and month, or its year
_ISO_DATE = re.compile(r"[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?")
_META_KEYS = frozenset(
    {"triptych", "title", "subtitle", "byline", "lang", "issuer", "date", "source"}
)
_REQUIRED_KEYS = ("triptych", "title", "lang")
_ENTRY_ATTRS = frozenset({"id", "page", "number", "aliases"})

# The anchor block that ends a heading: `{#id}` or `{#id number="…"}`, after white space, so an
# escaped `\{` is never taken for it. Anchors stop at white space and ASCII punctuation but `-_:`.
_HEADING_ATTRS = re.compile(
    r"(?:^|(?<=[ \t]))\{#(?P<id>[^\s!\"#$%&'()*+,./;<=>?@\[\\\]^`{|}~]+)"
    r'(?:[ \t]+number="(?P<number>(?:[^"\\]|\\.)*)")?[ \t]*\}$',
    re.DOTALL,
)
_ESCAPED = re.compile(r"\\(.)", re.DOTALL)
_ALIAS_PART = re.compile(r"\\(.)|(\|)|([^\\|]+)", re.DOTALL)
_CLOSER = re.compile(r" {0,3}:{3,}[ \t]*$")
_BRACKETS = re.compile(r"\\.|[\[\]]|\n[ \t]*(?=\n)", re.DOTALL)
# Code, whose brackets markdown-it never reads as links: a fenced block to its closing fence (or
# the end), and a code span (a run of backticks to the next run of the same length, within
# one paragraph).
_CODE = re.compile(
    r"^ {0,3}(`{3,})[^`\n]*\n.*?(?:^ {0,3}\1`*[ \t]*$|\Z)"
    r"|^ {0,3}(~{3,})[^\n]*\n.*?(?:^ {0,3}\2~*[ \t]*$|\Z)"
    r"|(?<!`)(`+)(?!`)(?:(?!\n[ \t]*\n)[^`])+?(?<!`)\3(?!`)",
    re.MULTILINE | re.DOTALL,
)
# The line that closes a fenced code block: the fence's character, at least as many times.
_FENCE_CLOSER = {
    "`": re.compile(r" {0,3}(`{3,})[ \t]*$"),
    "~": re.compile(r" {0,3}(~{3,})[ \t]*$"),
}

_BLOCKS = {
    "bullet_list_open": "a bullet list",
    "ordered_list_open": "a numbered list",
    "blockquote_open": "a block quote",
    "code_block": "an indented code block",
    "fence": "a fenced code block",
    "hr": "a thematic break",
    "table_open": "a table",
    "html_block": "an HTML block",
    "definition": "a link reference definition",
    "dl_open": "a definition list outside the glossary",
    "heading_open": "a heading",
    "paragraph_open": "a paragraph",
    "container_glossary_open": "a glossary",
    "front_matter": "front matter",
}
_INLINES = {
    "em_open": "emphasis (`*…*` or `_…_`)",
    "strong_open": "strong emphasis (`**…**`)",
    "link_open": "a link",
    "image": "an image",
    "html_inline": "raw HTML",
}


@functools.cache
def _parser(definitions: bool = True) -> MarkdownIt:
    # `inline_definitions` turns link reference definitions into tokens and the table rule
    # tables, so that both can be refused rather than vanish or pass for text.
    md = MarkdownIt("commonmark", {"html": False, "inline_definitions": True}).enable("table")
    if not definitions:
        md.disable("reference")
    md.use(front_matter_plugin)
    md.use(attrs_plugin, spans=True)
    md.use(container_plugin, name="glossary")
    md.use(deflist_plugin)
    return md


def _without_false_definitions(text: str, tokens: list[Token]) -> list[Token]:
    """The tokens of ``text``; the link reference definitions among them are refused later.

    A lead or a term whose text opens with code holding ``]:`` (``[`]:`]{.lead}``) looks like
    a link reference definition to markdown-it, which reads a definition's label up to the
    first ``]`` even inside code. Where the same line read without definitions opens a
    paragraph with a span, it is that paragraph."""
    found = [t for t in tokens if t.type == "definition"]
    if not found:
        return tokens
    again = _parser(definitions=False).parse(text, {})
    spans = {
        opening.map[0]
        for opening, inline in itertools.pairwise(again)
        if opening.type == "paragraph_open"
        and opening.map
        and inline.children
        and inline.children[0].type == "span_open"
    }
    genuine = [t for t in found if not t.map or t.map[0] not in spans]
    return tokens if genuine else again


def read(text: str, source: str = "<markdown>", reporter: Reporter | None = None) -> Document:
    """The canonical document in ``text``, a file of the triptych Markdown dialect.

    Raises ``SourceError`` (with ``source`` and line) for anything outside the dialect; warns
    through ``reporter`` about references to no glossary entry and terms defined twice.
    """
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    _guard(text, source)
    tokens = _without_false_definitions(text, _parser().parse(text, {}))
    return _Reader(text, source, reporter or Reporter()).document(tokens)


def _guard(text: str, source: str) -> None:
    """Refuse input that would keep markdown-it busy for seconds."""
    if len(text) > MAX_CHARS:
        raise SourceError(
            f"the file has {len(text):,} characters, more than the {MAX_CHARS:,} this reader "
            "accepts; split the document",
            source=source,
        )
    if text.count("[") <= MAX_OPEN_BRACKETS:
        return
    # code keeps its lines, so the line of an error is the line in the file
    text = _CODE.sub(lambda code: re.sub(r"[^\n]", "x", code.group()), text)
    depth = 0
    for match in _BRACKETS.finditer(text):
        bracket = match.group()
        if bracket == "[":
            depth += 1
            if depth > MAX_OPEN_BRACKETS:
                raise SourceError(
                    f"more than {MAX_OPEN_BRACKETS:,} `[` are open at once in this paragraph; "
                    "write a `[` that is meant as text as `\\[`",
                    source=source,
                    line=text.count("\n", 0, match.start()) + 1,
                )
        elif bracket == "]":
            depth = max(depth - 1, 0)
        elif bracket.startswith("\n"):
            depth = 0


def _unescape(value: str) -> str:
    return _ESCAPED.sub(r"\1", value)


def _aliases(value: str) -> tuple[str, ...]:
    """Split an ``aliases`` value at each unescaped ``|``."""
    parts = [""]
    for escaped, bar, plain in _ALIAS_PART.findall(value):
        if bar:
            parts.append("")
        else:
            parts[-1] += escaped or plain
    return tuple(parts)


def _span_end(children: Sequence[Token], start: int) -> int:
    """Index of the ``span_close`` matching the ``span_open`` at ``start``."""
    depth = 0
    for index in range(start, len(children)):
        depth += {"span_open": 1, "span_close": -1}.get(children[index].type, 0)
        if depth == 0:
            return index
    return len(children) - 1


def _closing(tokens: Sequence[Token], start: int) -> int:
    """Index of the token closing the one opened at ``start``."""
    depth = 0
    for index in range(start, len(tokens)):
        depth += tokens[index].nesting
        if depth == 0:
            return index
    return len(tokens) - 1


def _breaks(children: Sequence[Token]) -> int:
    return sum(1 for child in children if child.type in ("softbreak", "hardbreak"))


def _entry_ids(tokens: Sequence[Token]) -> frozenset[str]:
    """The anchors of glossary entries, collected before the body so references can resolve."""
    ids: set[str] = set()
    inside = False
    for token in tokens:
        inside = inside or token.type == "container_glossary_open"
        children = token.children or []
        if inside and token.type == "inline" and children and children[0].type == "span_open":
            ident = children[0].attrs.get("id")
            if ident is not None:
                ids.add(str(ident))
    return frozenset(ids)


class _Reader:
    """One pass over the token stream of one file."""

    def __init__(self, text: str, source: str, reporter: Reporter) -> None:
        self.source = source
        self.reporter = reporter
        self.lines = text.split("\n")
        self.anchors: dict[str, int] = {}
        self.entry_ids: frozenset[str] = frozenset()
        self.version = FORMAT_VERSION

    def error(self, line: int, message: str) -> SourceError:
        return SourceError(message, source=self.source, line=line)

    def front_error(self, line: int, message: str) -> FrontMatterError:
        return FrontMatterError(message, source=self.source, line=line)

    def provenance(self, first: Token, last: Token | None = None) -> Provenance:
        start = first.map or [0, 0]
        end = (last or first).map or start
        return Provenance(self.source, start[0] + 1, max(end[1], start[0] + 1))

    def document(self, tokens: Sequence[Token]) -> Document:
        meta = self.front_matter(tokens)
        self.entry_ids = _entry_ids(tokens)
        blocks, glossary = self.body(tokens[1:])
        return canonical(Document(meta, tuple(blocks), glossary))

    # --- front matter ---------------------------------------------------------

    def front_matter(self, tokens: Sequence[Token]) -> Meta:
        if not tokens or tokens[0].type != "front_matter":
            if self.lines[0].startswith("---"):
                raise self.front_error(
                    1, "the front matter opened here is never closed; add a line `---`"
                )
            raise self.front_error(
                1,
                "the file must open with front matter: a line `---`, then `triptych: 1`, "
                '`title: "…"` and `lang: "…"`, then a line `---`',
            )
        fields: dict[str, str] = {}
        lines: dict[str, int] = {}
        for raw_key, raw_value, line in self.yaml_pairs(tokens[0].content):
            key, value = self.meta_field(raw_key, raw_value, line)
            if key in fields:
                raise self.front_error(line, f"the front matter gives `{key}` twice; keep one")
            fields[key], lines[key] = value, line
        for key in _REQUIRED_KEYS:
            if not fold(fields.get(key, "")):
                what = "1" if key == "triptych" else '"…"'
                raise self.front_error(
                    1, f"the front matter has no `{key}`; add a line `{key}: {what}`"
                )
        del fields["triptych"]
        if "byline" in fields and self.version < 3:
            # the key may come before `triptych`, so the version is known only now
            raise self.front_error(
                lines["byline"],
                f"`byline` is not allowed in dialect version {self.version}, which has the keys "
                "triptych, title, subtitle, lang, issuer, date and source; write `triptych: 3` "
                "in the front matter to give a byline",
            )
        return Meta(**fields)

    def yaml_pairs(self, content: str) -> list[tuple[object, object, int]]:
        """The front matter's key/value pairs in order, each with its line in the file."""
        with self.yaml_errors(1, content):
            loader = yaml.SafeLoader(content)  # refuses characters YAML does not allow
        try:
            with self.yaml_errors(1):
                node = loader.get_single_node()
            if node is None:
                return []
            if not isinstance(node, yaml.MappingNode):
                line = node.start_mark.line + 2
                raise self.front_error(
                    line, "the front matter must be a mapping of `key: value` lines"
                )
            pairs: list[tuple[object, object, int]] = []
            for key, value in node.value:
                line = key.start_mark.line + 2
                with self.yaml_errors(line):
                    pairs.append(
                        (
                            loader.construct_object(key, deep=True),
                            loader.construct_object(value, deep=True),
                            line,
                        )
                    )
            return pairs
        finally:
            loader.dispose()

    @contextlib.contextmanager
    def yaml_errors(self, line: int, content: str = "") -> Iterator[None]:
        """YAML's errors (and impossible dates such as 2021-02-30) as ``SourceError``."""
        try:
            yield
        except (yaml.YAMLError, ValueError) as exc:
            mark = getattr(exc, "problem_mark", None)
            position = getattr(exc, "position", None)
            if mark is not None:
                line = mark.line + 2
            elif isinstance(position, int):
                line = content.count("\n", 0, position) + 2
            problem = getattr(exc, "problem", None) or str(exc).split("\n")[0]
            raise self.front_error(
                line, f'the front matter is not valid YAML ({problem}); write `key: "value"` lines'
            ) from None

    def meta_field(self, key: object, value: object, line: int) -> tuple[str, str]:
        if not isinstance(key, str) or key not in _META_KEYS:
            raise self.front_error(
                line,
                f"unknown front matter key `{key}`; the keys are triptych, title, subtitle, "
                "byline, lang, issuer, date and source",
            )
        if key == "triptych":
            if type(value) is not int or value not in FORMAT_VERSIONS:
                raise self.front_error(
                    line,
                    f"this file is in dialect version `{value}`, and this triptych reads versions "
                    f"1, 2 and {FORMAT_VERSION}; write `triptych: 1`, or `triptych: 2` for a "
                    f"document with code, or `triptych: {FORMAT_VERSION}` for one with a byline",
                )
            self.version = value
            return key, str(value)
        if isinstance(value, datetime.date):
            return key, value.isoformat()
        if key == "date" and type(value) is int:
            value = str(value)  # a year alone: `date: 2021`
        if not isinstance(value, str):
            raise self.front_error(line, f'`{key}` must be text; write it in quotes: `{key}: "…"`')
        if key == "date" and not _ISO_DATE.fullmatch(value):
            raise self.front_error(
                line,
                f"`date: {value}` is not an ISO 8601 date; write the year, month and day as "
                '`date: "2021-01-20"` (or `"2021-01"`, or `"2021"`)',
            )
        return key, value

    # --- body -----------------------------------------------------------------

    def body(self, tokens: Sequence[Token]) -> tuple[list[Block], Glossary]:
        blocks: list[Block] = []
        index = 0
        while index < len(tokens):
            token = tokens[index]
            if token.type == "heading_open":
                blocks.append(self.heading(token, tokens[index + 1]))
            elif token.type == "paragraph_open":
                blocks.append(self.paragraph(token, tokens[index + 1]))
            elif token.type == "fence":
                blocks.append(self.code_block(token))
                index += 1
                continue
            elif token.type == "code_block":
                raise self.error(
                    self.line_of(token),
                    f"an indented code block is not allowed: {self.dialect}; write code between "
                    "fences (a line ```, the lines, a line ```), or unindent a paragraph",
                )
            elif token.type == "container_glossary_open":
                end = _closing(tokens, index)
                glossary = self.glossary(token, tokens[index + 1 : end])
                if end + 1 < len(tokens):
                    raise self.after_glossary(tokens[end + 1])
                return blocks, glossary
            else:
                raise self.outside(token)
            index += 3
        return blocks, Glossary()

    def line_of(self, token: Token) -> int:
        return token.map[0] + 1 if token.map else 0

    @property
    def dialect(self) -> str:
        """What the dialect of this file's version has."""
        return _DIALECT[self.version]

    def outside(self, token: Token, where: str = "", why: str = "") -> SourceError:
        why = why or self.dialect
        what = _BLOCKS.get(token.type, f"`{token.type}`")
        where = f" in {where}" if where else ""
        return self.error(
            self.line_of(token),
            f"{what}{where} is not allowed: {why}; remove it, or escape its first "
            "character with a backslash if it is text",
        )

    def after_glossary(self, token: Token) -> SourceError:
        if token.type == "container_glossary_open":
            return self.error(self.line_of(token), "a document has one glossary; merge the two")
        what = _BLOCKS.get(token.type, f"`{token.type}`")
        return self.error(
            self.line_of(token),
            f"{what} follows the glossary, but the glossary must end the document; "
            "move it above `::: glossary`",
        )

    def anchor(self, ident: str, line: int) -> None:
        if not ANCHOR.fullmatch(ident):
            raise self.error(
                line,
                f'anchor "{ident}" is not one triptych can use: an anchor is an ASCII letter '
                'followed by ASCII letters, digits, "-" and "_", so that the XML source and '
                f'every edition can hold it; rename it, for example to "{make_id(ident)}"',
            )
        first = self.anchors.setdefault(ident, line)
        if first != line:
            message = (
                f'anchor "{ident}" is used twice, on line {first} and line {line}; '
                "give each heading and glossary entry an id of its own"
            )
            # As the XML reader does: the diagnostic for the record, the error to stop.
            self.reporter.emit(Code.DUPLICATE_ANCHOR, message, self.source, line)
            raise self.error(line, message)

    def heading(self, opening: Token, inline: Token) -> Heading:
        line = self.line_of(opening)
        if not opening.markup.startswith("#"):
            raise self.error(line, "underlined headings are not allowed; write `# text {#id}`")
        attrs = _HEADING_ATTRS.search(inline.content)
        if attrs is None:
            raise self.error(
                line, 'a heading must end with its anchor: `{#id}` or `{#id number="…"}`'
            )
        self.anchor(attrs["id"], line)
        return Heading(
            level=int(opening.tag[1:]),
            number=_unescape(attrs["number"] or ""),
            text=self.plain(inline.content[: attrs.start()], line, "a heading"),
            id=attrs["id"],
            provenance=self.provenance(opening),
        )

    def paragraph(self, opening: Token, inline: Token) -> Paragraph:
        line = self.line_of(opening)
        if self.lines[line - 1].lstrip(" ").startswith(":::"):
            raise self.error(
                line, "`:::` opens a container, and the only one is `::: glossary`; write `\\:::`"
            )
        lead, content = self.runs(inline.children or [], line, lead_allowed=True)
        return Paragraph(tuple(content), tuple(lead), provenance=self.provenance(opening))

    def needs_code(self, line: int, what: str) -> None:
        """Refuse ``what`` in a file of dialect version 1, which has no code."""
        if self.version < 2:
            raise self.error(
                line,
                f"{what} is not allowed in dialect version 1: {self.dialect}; write `triptych: 2` "
                "in the front matter to use code",
            )

    def code_block(self, fence: Token) -> CodeBlock:
        line = self.line_of(fence)
        self.needs_code(line, "a fenced code block")
        end = fence.map[1] if fence.map else 0
        closer = _FENCE_CLOSER[fence.markup[0]].match(self.lines[end - 1]) if end > line else None
        if closer is None or len(closer[1]) < len(fence.markup):
            raise self.error(
                line,
                f"the code block opened here is never closed; end it with a line {fence.markup}",
            )
        language = fence.info.strip()
        if language and not CODE_LANGUAGE.fullmatch(language):
            raise self.error(
                line,
                f"a code block's fence names its language only, one word of ASCII letters, "
                f"digits and _+#.- (```toml), not `{language}`",
            )
        # the content ends with the line break of its last line
        text = fence.content.removesuffix("\n")
        return CodeBlock(text, language, provenance=self.provenance(fence))

    # --- inlines --------------------------------------------------------------

    def plain(self, markdown: str, line: int, where: str) -> str:
        """The text of inline ``markdown`` that may hold no markup at all."""
        parts: list[str] = []
        for token in _parser().parseInline(markdown, {}):
            for child in token.children or []:
                if child.type == "span_open":
                    raise self.error(line, f"{where} holds plain text only, not a `[…]{{…}}` span")
                parts.append(self.text(child, line).text)
        return "".join(parts)

    def text(self, child: Token, line: int) -> Text:
        if child.type == "text":
            return Text(child.content)
        if child.type in ("softbreak", "hardbreak"):
            return Text(" ")
        if child.type == "code_inline":
            raise self.error(
                line,
                "a code span is not allowed here: headings, glossary terms and term or note spans "
                "hold plain text only; escape a backtick that is text as \\`",
            )
        what = _INLINES.get(child.type, f"`{child.type}`")
        if child.markup == "autolink":
            what = "an autolink (`<…>`)"
        raise self.error(
            line,
            f"{what} is not allowed: {self.dialect}, with plain text apart from `[…]{{…}}` spans; "
            "escape its characters with a backslash if they are text",
        )

    def runs(
        self, children: Sequence[Token], line: int, *, lead_allowed: bool
    ) -> tuple[list[Inline], list[Inline]]:
        """The lead (a ``{.lead}`` span opening the paragraph) and the content of a paragraph."""
        lead: list[Inline] = []
        content: list[Inline] = []
        index = 0
        while index < len(children):
            child = children[index]
            if child.type == "code_inline":
                content.append(self.code(child, line))
                index += 1
                continue
            if child.type != "span_open":
                content.append(self.text(child, line))
                line += _breaks([child])
                index += 1
                continue
            end = _span_end(children, index)
            inner = children[index + 1 : end]
            if dict(child.attrs) == {"class": "lead"} and not child.meta:
                if not lead_allowed or index:
                    raise self.error(line, "a lead span `[…]{.lead}` may only open a paragraph")
                lead = self.runs(inner, line, lead_allowed=False)[1]
            else:
                content.append(self.reference(child, inner, line))
            line += _breaks(children[index:end])
            index = end + 1
        return lead, content

    def code(self, span: Token, line: int) -> CodeSpan:
        self.needs_code(line, "a code span")
        if span.attrs or span.meta.get("insecure_attrs"):
            raise self.error(
                line,
                "a code span takes no attributes; escape the `{` after it as `\\{` if it is text",
            )
        return CodeSpan(span.content)

    def attributes(self, span: Token) -> dict[str, str]:
        """A span's attributes, the ones the attrs plugin set aside as insecure included."""
        refused: dict[str, object] = span.meta.get("insecure_attrs") or {}
        return {key: str(value) for key, value in {**span.attrs, **refused}.items()}

    def reference(self, span: Token, inner: Sequence[Token], line: int) -> Inline:
        attrs = self.attributes(span)
        if len(attrs) != 1 or not attrs.keys() <= {"term", "note"}:
            shown = " ".join(f"{key}={value!r}" for key, value in attrs.items())
            raise self.error(
                line,
                f'a span takes `{{.lead}}`, `{{term="id"}}` or `{{note="id"}}` only, not `{shown}`',
            )
        text = self.span_text(inner, line)
        kind = "term" if "term" in attrs else "note"
        target = _unescape(attrs[kind])
        if target in self.entry_ids:
            return TermRef(target, text) if kind == "term" else NoteRef(target, text)
        shown = f'term "{fold(text)}"' if kind == "term" else f"note [{fold(text)}]"
        self.reporter.emit(
            Code.UNKNOWN_TERM if kind == "term" else Code.UNKNOWN_NOTE,
            f'{shown} has no glossary entry ({kind}="{target}"); it is kept as plain text',
            self.source,
            line,
        )
        return Text(text)

    def span_text(self, inner: Sequence[Token], line: int) -> str:
        if any(child.type == "span_open" for child in inner):
            raise self.error(line, "a term or note span holds plain text only, not another span")
        return "".join(self.text(child, line).text for child in inner)

    # --- glossary -------------------------------------------------------------

    def glossary(self, opening: Token, inner: Sequence[Token]) -> Glossary:
        line = self.line_of(opening)
        end = opening.map[1] if opening.map else len(self.lines)
        if end >= len(self.lines) or not _CLOSER.match(self.lines[end]):
            raise self.error(line, "the glossary opened here is never closed; end it with `:::`")
        title = opening.info.strip().removeprefix("glossary")
        entries: list[GlossaryEntry] = []
        index = 0
        while index < len(inner):
            token = inner[index]
            if token.type in ("dl_open", "dl_close"):
                index += 1
            elif token.type == "dt_open":
                index = self.entry(inner, index, entries)
            elif token.type == "paragraph_open":
                # A term line with no definition after it: an entry without a definition.
                entries.append(self.term_only(token, inner[index + 1]))
                index += 3
            else:
                raise self.outside(token, "the glossary")
        report_duplicate_terms(entries, self.source, self.reporter)
        return Glossary(self.plain(title, line, "the glossary title"), tuple(entries))

    def term_line(self, inline: Token, line: int) -> dict[str, str]:
        """The term and attributes of a line ``[term]{#id page="…" number="…" aliases="…"}``."""
        children = inline.children or []
        if (
            not children
            or children[0].type != "span_open"
            or _span_end(children, 0) != len(children) - 1
        ):
            raise self.error(
                line,
                "the glossary holds entries only: a line `[term]{#id}`, then `: definition`",
            )
        attrs = self.attributes(children[0])
        if "id" not in attrs or not attrs.keys() <= _ENTRY_ATTRS:
            raise self.error(
                line,
                'a term line reads `[term]{#id page="…" number="…" aliases="a|b"}`; '
                f"it has {', '.join(sorted(attrs)) or 'no attributes'}",
            )
        self.anchor(attrs["id"], line)
        return {**attrs, "term": self.span_text(children[1:-1], line)}

    def make_entry(
        self, attrs: dict[str, str], definition: Sequence[Inline], provenance: Provenance
    ) -> GlossaryEntry:
        return GlossaryEntry(
            id=attrs["id"],
            term=attrs["term"],
            definition=tuple(definition),
            aliases=_aliases(attrs.get("aliases", "")),
            page=_unescape(attrs.get("page", "")),
            number=_unescape(attrs.get("number", "")),
            provenance=provenance,
        )

    def term_only(self, opening: Token, inline: Token) -> GlossaryEntry:
        attrs = self.term_line(inline, self.line_of(opening))
        return self.make_entry(attrs, (), self.provenance(opening))

    def entry(self, tokens: Sequence[Token], index: int, entries: list[GlossaryEntry]) -> int:
        """Read the ``dt``/``dd`` pair at ``index`` into ``entries``; the index after it."""
        line = self.line_of(tokens[index])
        attrs = self.term_line(tokens[index + 1], line)
        dd = index + 3
        end = _closing(tokens, dd)
        body = tokens[dd + 1 : end]
        types = [token.type for token in body]
        if types != ["paragraph_open", "inline", "paragraph_close"]:
            offender = body[3] if types[:1] == ["paragraph_open"] else (body or [tokens[dd]])[0]
            raise self.outside(
                offender, "a definition", f"a definition is one paragraph, and {self.dialect}"
            )
        definition = self.runs(body[1].children or [], self.line_of(body[0]), lead_allowed=False)
        if end + 1 < len(tokens) and tokens[end + 1].type == "dd_open":
            raise self.error(
                self.line_of(tokens[end + 1]), "a term has one definition; merge the two"
            )
        provenance = self.provenance(tokens[index], body[0])
        entries.append(self.make_entry(attrs, definition[1], provenance))
        return end + 1

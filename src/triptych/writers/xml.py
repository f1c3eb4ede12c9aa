"""Canonical XML writer: one fixed layout, so equal documents give byte-identical files."""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import etree

from .. import schema
from ..errors import SourceError
from ..model import has_code
from ..model.nodes import (
    NOWHERE,
    Block,
    Code,
    CodeBlock,
    Document,
    GlossaryEntry,
    Heading,
    Inline,
    Meta,
    NoteRef,
    Paragraph,
    Provenance,
    TermRef,
    Text,
)
from ..schema import Attr, Tag

__all__ = ["vocabulary_version", "write"]

INDENT = "  "

# Characters outside XML 1.0's Char production: C0 controls other than tab, newline and carriage
# return, lone surrogates, U+FFFE and U+FFFF. No escape can carry them, so they are refused.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

# Markup characters, plus the whitespace a parser would normalise away (a carriage return in
# text, and tab, newline and carriage return in attribute values).
_TEXT_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})
_ATTR_ESCAPES = str.maketrans(
    {
        "&": "&amp;",
        "<": "&lt;",
        ">": "&gt;",
        '"': "&quot;",
        "\t": "&#9;",
        "\n": "&#10;",
        "\r": "&#13;",
    }
)


def write(doc: Document) -> str:
    """The canonical XML text of ``doc``: UTF-8 declaration, fixed layout, trailing newline,
    in the oldest vocabulary version that holds the document (``vocabulary_version``).

    Raises ``SourceError`` when some text of the model cannot be stored in XML 1.0, naming the
    node and the character. The output is checked against the schema before it is returned; a
    failure there means the model breaks the vocabulary's rules (an id that is not an anchor, a
    heading level outside 1..6, a code block language that is not one word) or a bug in this
    writer.
    """
    _check_characters(doc)
    version = vocabulary_version(doc)
    text = "\n".join(_document(doc, version)) + "\n"
    _self_check(text, version)
    return text


def vocabulary_version(doc: Document) -> str:
    """The oldest vocabulary version that holds ``doc``, the one it is written in: ``"3"`` when
    it has a byline, else ``"2"`` when it has code, else ``"1"``, which every triptych reads."""
    if doc.meta.byline:
        return "3"
    return "2" if has_code(doc) else "1"


# --- layout -------------------------------------------------------------------


def _document(doc: Document, version: str) -> Iterator[str]:
    yield '<?xml version="1.0" encoding="UTF-8"?>'
    yield _open(
        Tag.DOCUMENT,
        [
            ("xmlns", schema.namespace(version)),
            (Attr.VERSION, version),
            (Attr.LANG, doc.meta.lang),
        ],
    )
    yield from _meta(doc.meta)
    if doc.blocks:
        yield INDENT + _open(Tag.BODY)
        for block in doc.blocks:
            yield INDENT * 2 + _block(block)
        yield INDENT + _close(Tag.BODY)
    else:
        yield INDENT + _empty(Tag.BODY)
    glossary = doc.glossary
    if glossary.entries or glossary.title:
        attrs = [(Attr.TITLE, glossary.title)] if glossary.title else []
        if glossary.entries:
            yield INDENT + _open(Tag.GLOSSARY, attrs)
            for entry in glossary.entries:
                yield from _entry(entry)
            yield INDENT + _close(Tag.GLOSSARY)
        else:
            yield INDENT + _empty(Tag.GLOSSARY, attrs)
    yield _close(Tag.DOCUMENT)


def _meta(meta: Meta) -> Iterator[str]:
    yield INDENT + _open(Tag.META)
    yield INDENT * 2 + _leaf(Tag.TITLE, _escape(meta.title))
    optional = [
        (Tag.SUBTITLE, meta.subtitle),
        (Tag.BYLINE, meta.byline),
        (Tag.ISSUER, meta.issuer),
        (Tag.DATE, meta.date),
        (Tag.SOURCE, meta.source),
    ]
    for tag, value in optional:
        if value:
            yield INDENT * 2 + _leaf(tag, _escape(value))
    yield INDENT + _close(Tag.META)


def _block(block: Block) -> str:
    match block:
        case Heading():
            return _heading(block)
        case Paragraph():
            return _para(block)
        case CodeBlock():
            return _code_block(block)


def _heading(h: Heading) -> str:
    attrs = [(Attr.LEVEL, str(h.level)), (Attr.ID, h.id)]
    if h.number:
        attrs.append((Attr.NUMBER, h.number))
    return _leaf(Tag.HEADING, _escape(h.text), attrs)


def _para(p: Paragraph) -> str:
    lead = _leaf(Tag.LEAD, _inlines(p.lead)) if p.lead else ""
    return _leaf(Tag.PARAGRAPH, lead + _inlines(p.content))


def _code_block(block: CodeBlock) -> str:
    """``<pre>``, a line break, the lines, a line break, ``</pre>``: the reader takes the two
    line breaks for layout, so the first line starts the line it is on and ``</pre>`` the next."""
    attrs = [(Attr.LANGUAGE, block.language)] if block.language else []
    return f"{_open(Tag.CODE_BLOCK, attrs)}\n{_escape(block.text)}\n{_close(Tag.CODE_BLOCK)}"


def _entry(entry: GlossaryEntry) -> Iterator[str]:
    attrs = [(Attr.ID, entry.id)]
    optional = [(Attr.PAGE, entry.page), (Attr.NUMBER, entry.number)]
    attrs += [(name, value) for name, value in optional if value]
    yield INDENT * 2 + _open(Tag.ENTRY, attrs)
    yield INDENT * 3 + _leaf(Tag.TERM, _escape(entry.term))
    for alias in entry.aliases:
        yield INDENT * 3 + _leaf(Tag.ALIAS, _escape(alias))
    yield INDENT * 3 + _leaf(Tag.DEFINITION, _inlines(entry.definition))
    yield INDENT * 2 + _close(Tag.ENTRY)


def _inlines(seq: tuple[Inline, ...]) -> str:
    return "".join(_inline(node) for node in seq)


def _inline(node: Inline) -> str:
    match node:
        case Text(text):
            return _escape(text)
        case Code(text):
            return _leaf(Tag.CODE, _escape(text))
        case TermRef(target, text):
            return _leaf(Tag.TERM, _escape(text), [(Attr.REF, target)])
        case NoteRef(target, label):
            return _leaf(Tag.NOTE, _escape(label), [(Attr.REF, target)])


# --- markup -------------------------------------------------------------------


def _escape(text: str) -> str:
    return text.translate(_TEXT_ESCAPES)


def _attributes(attrs: list[tuple[str, str]]) -> str:
    return "".join(f' {name}="{value.translate(_ATTR_ESCAPES)}"' for name, value in attrs)


def _open(tag: str, attrs: list[tuple[str, str]] | None = None) -> str:
    return f"<{tag}{_attributes(attrs or [])}>"


def _close(tag: str) -> str:
    return f"</{tag}>"


def _empty(tag: str, attrs: list[tuple[str, str]] | None = None) -> str:
    return f"<{tag}{_attributes(attrs or [])}/>"


def _leaf(tag: str, content: str, attrs: list[tuple[str, str]] | None = None) -> str:
    """An element written on one line; ``content`` is markup already escaped."""
    if not content:
        return _empty(tag, attrs)
    return f"{_open(tag, attrs)}{content}{_close(tag)}"


# --- checks -------------------------------------------------------------------


def _strings(doc: Document) -> Iterator[tuple[str, str, Provenance]]:
    """Every string the writer stores, with a name for where it sits in the model."""
    meta = doc.meta
    for name in ("title", "lang", "subtitle", "byline", "issuer", "date", "source"):
        yield f"the document's {name}", getattr(meta, name), NOWHERE
    for n, block in enumerate(doc.blocks, 1):
        if isinstance(block, Heading):
            where = f"heading {n} (id {block.id!r})"
            yield f"{where}: text", block.text, block.provenance
            yield f"{where}: number", block.number, block.provenance
            yield f"{where}: id", block.id, block.provenance
        elif isinstance(block, Paragraph):
            where = f"paragraph {n}"
            yield from _inline_strings(f"{where}: lead", block.lead, block.provenance)
            yield from _inline_strings(f"{where}: content", block.content, block.provenance)
        else:
            where = f"code block {n}"
            yield f"{where}: text", block.text, block.provenance
            yield f"{where}: language", block.language, block.provenance
    yield "the glossary's title", doc.glossary.title, NOWHERE
    for n, entry in enumerate(doc.glossary.entries, 1):
        where = f"glossary entry {n} (id {entry.id!r})"
        prov = entry.provenance
        yield f"{where}: id", entry.id, prov
        yield f"{where}: term", entry.term, prov
        for alias in entry.aliases:
            yield f"{where}: alias", alias, prov
        yield f"{where}: page", entry.page, prov
        yield f"{where}: number", entry.number, prov
        yield from _inline_strings(f"{where}: definition", entry.definition, prov)


def _inline_strings(
    where: str, seq: tuple[Inline, ...], prov: Provenance
) -> Iterator[tuple[str, str, Provenance]]:
    for i, node in enumerate(seq, 1):
        match node:
            case Text(text):
                yield f"{where}, inline {i} (Text)", text, prov
            case Code(text):
                yield f"{where}, inline {i} (Code)", text, prov
            case TermRef(target, text):
                yield f"{where}, inline {i} (TermRef to {target!r})", text, prov
                yield f"{where}, inline {i} (TermRef target)", target, prov
            case NoteRef(target, label):
                yield f"{where}, inline {i} (NoteRef to {target!r})", label, prov
                yield f"{where}, inline {i} (NoteRef target)", target, prov


def _check_characters(doc: Document) -> None:
    for where, text, prov in _strings(doc):
        bad = _NOT_XML.search(text)
        if bad is None:
            continue
        char = bad.group()
        raise SourceError(
            f"cannot write XML: {where} contains U+{ord(char):04X} at character {bad.start() + 1}"
            f" ({text[max(0, bad.start() - 10) : bad.start()]!r} comes before it),"
            " and XML 1.0 cannot hold that character; remove it from the source",
            source=prov.source,
            line=prov.first_line,
        )


def _self_check(text: str, version: str) -> None:
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
    )
    try:
        tree = etree.fromstring(text.encode("utf-8"), parser)
        schema.validate(tree, "<XML writer output>", version)
    except (etree.XMLSyntaxError, SourceError) as err:
        raise SourceError(
            "the XML writer produced output that breaks the triptych XML schema; either the model"
            f" breaks the vocabulary's rules or this is a bug in triptych: {err}"
        ) from err

"""Canonical XML reader: refuse anything unsafe, check the schema, then build the model."""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterable

from lxml import etree

from .. import schema
from ..diagnostics import Code, Reporter
from ..errors import SourceError
from ..model.builder import canonical, inlines
from ..model.nodes import (
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
)
from ..model.nodes import Code as CodeSpan  # the name Code is the diagnostics'
from ..schema import Attr, Tag, qname
from .terms import report_duplicate_terms

__all__ = ["read"]

# Characters outside XML 1.0's Char production (see the writer); found here first so the message
# has a line and column even for a lone surrogate, which lxml cannot even be handed.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# What may precede the root element or a DOCTYPE: white space, comments, processing instructions
# (the XML declaration among them).
_PROLOG_ITEM = re.compile(r"\s+|<\?.*?\?>|<!--.*?-->", re.DOTALL)
_DECLARED_ENCODING = re.compile(rb"""\A<\?xml[^>]*?\sencoding\s*=\s*["']([^"']*)["']""")
_WHERE_SUFFIX = re.compile(r", line \d+, column \d+$")
_PRE_END = re.compile(r"\n[ \t]*\Z")


def read(text: str | bytes, source: str = "<xml>", reporter: Reporter | None = None) -> Document:
    """Read a canonical XML document (``str``, or UTF-8 ``bytes``) into a canonical model.

    Raises ``SourceError`` for anything that is not a well-formed document, valid against the
    schema of its version (any of ``schema.SUPPORTED_VERSIONS``), for any DOCTYPE or entity, and
    for duplicate anchors. References to unknown glossary entries are reported on ``reporter``
    and kept as plain text.
    """
    reporter = reporter if reporter is not None else Reporter()
    root = _parse(_decode(text, source), source)
    version = _check_version(root, source)
    schema.validate(root.getroottree(), source, version)
    _upgrade(root)
    return canonical(_Builder(source, reporter).document(root))


# --- safe parsing -------------------------------------------------------------


def _decode(data: str | bytes, source: str) -> str:
    """The text of the document; canonical XML is always UTF-8."""
    if isinstance(data, str):
        return data.removeprefix("\ufeff")
    data = data.removeprefix(codecs.BOM_UTF8)
    declared = _DECLARED_ENCODING.match(data)
    if declared and declared.group(1).decode("ascii", "replace").lower() not in ("utf-8", "utf8"):
        raise SourceError(
            f"canonical XML is always UTF-8, but this file declares encoding"
            f" {declared.group(1).decode('ascii', 'replace')!r}; convert it to UTF-8",
            source=source,
            line=1,
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        before = data[: err.start].decode("utf-8")
        line, column = _position(before, len(before))
        raise SourceError(
            f"canonical XML is always UTF-8, but byte 0x{data[err.start]:02X} is not valid UTF-8",
            source=source,
            line=line,
            column=column,
        ) from None


def _parse(text: str, source: str) -> etree._Element:
    bad = _NOT_XML.search(text)
    if bad is not None:
        line, column = _position(text, bad.start())
        raise SourceError(
            f"U+{ord(bad.group()):04X} is not a character XML 1.0 allows; remove it",
            source=source,
            line=line,
            column=column,
        )
    _refuse_doctype(text, source)
    parser = etree.XMLParser(
        encoding="utf-8",
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )
    try:
        root = etree.fromstring(text.encode("utf-8"), parser)
    except etree.XMLSyntaxError as err:
        line, column = err.position
        problem = _WHERE_SUFFIX.sub("", err.msg)
        if "Excessive depth" in problem:
            # libxml2's own advice (XML_PARSE_HUGE) is for programmers, not for this file
            problem = (
                "elements are nested more than 256 deep here; a triptych document nests a "
                "few levels (body, p, lead, term), so this file is damaged or not a document"
            )
        raise SourceError(
            f"not well-formed XML: {problem}",
            source=source,
            line=line,
            column=column,
        ) from None
    # The text check above is the fast path; this one looks at what the parser actually built.
    docinfo = root.getroottree().docinfo
    doctype = getattr(docinfo, "doctype", "")  # lxml-stubs 0.5 does not know DocInfo.doctype
    if doctype or docinfo.internalDTD is not None or docinfo.externalDTD is not None:
        raise _doctype_error(source, 1)
    for entity in root.iter(etree.Entity):
        raise SourceError(
            f"entity reference {entity.text} refused: canonical XML uses no entities",
            source=source,
            line=_line(entity),
        )
    return root


def _refuse_doctype(text: str, source: str) -> None:
    """Refuse a DOCTYPE before the parser sees it, so no entity is declared, let alone expanded."""
    pos = 0
    while (item := _PROLOG_ITEM.match(text, pos)) is not None:
        pos = item.end()
    if text.startswith("<!DOCTYPE", pos):
        raise _doctype_error(source, *_position(text, pos))


def _doctype_error(source: str, line: int, column: int = 0) -> SourceError:
    return SourceError(
        "DOCTYPE refused: canonical XML has no document type declaration, so it cannot declare"
        " entities or load external files; remove the <!DOCTYPE …> and any entity references",
        source=source,
        line=line,
        column=column,
    )


def _position(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of ``offset`` in ``text``."""
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def _check_version(root: etree._Element, source: str) -> str:
    """The file's version; said plainly when this triptych does not read it, before the
    schema's less helpful message."""
    qn = etree.QName(root)
    namespace = qn.namespace or ""
    *older, newest = [
        f"version {v} (namespace {schema.namespace(v)})" for v in schema.SUPPORTED_VERSIONS
    ]
    readable = f"{', '.join(older)} and {newest}" if older else newest
    declared = namespace.removeprefix(schema.NAMESPACE_STEM)
    version = root.get(Attr.VERSION)
    if namespace.startswith(schema.NAMESPACE_STEM) and declared not in schema.SUPPORTED_VERSIONS:
        found = f"namespace {namespace!r}"
    elif not namespace.startswith(schema.NAMESPACE_STEM) or qn.localname != Tag.DOCUMENT:
        raise SourceError(
            f"not a triptych document: the root element is {qn.text!r}, expected"
            f" <{Tag.DOCUMENT} xmlns={schema.NAMESPACE!r}>",
            source=source,
            line=_line(root),
        )
    elif version is None:
        found = "no version attribute"
    elif version != declared:
        found = f"version {version!r} in namespace {namespace!r}, which is version {declared}"
    else:
        return version
    raise SourceError(
        f"unsupported triptych XML version: the file has {found}, and this triptych reads"
        f" {readable}",
        source=source,
        line=_line(root),
    )


def _upgrade(root: etree._Element) -> None:
    """Move the elements of an older version, already valid against its own schema, into the
    newest version's namespace: every version holds what the one before it does, under the
    same names, so the file now reads as the newest version."""
    if etree.QName(root).namespace == schema.NAMESPACE:
        return
    for el in root.iter(etree.Element):
        el.tag = qname(etree.QName(el).localname)
    etree.cleanup_namespaces(root)


# --- building the model -------------------------------------------------------


class _Builder:
    """Turns a schema-valid tree into model nodes; glossary ids are collected first."""

    def __init__(self, source: str, reporter: Reporter) -> None:
        self.source = source
        self.reporter = reporter
        self.entry_ids: set[str] = set()

    def document(self, root: etree._Element) -> Document:
        meta_el = _child(root, Tag.META)
        body_el = _child(root, Tag.BODY)
        glossary_el = root.find(qname(Tag.GLOSSARY))
        entries = [] if glossary_el is None else glossary_el.findall(qname(Tag.ENTRY))
        self._check_anchors([*body_el.iterchildren(qname(Tag.HEADING)), *entries])
        self.entry_ids = {e.get(Attr.ID, "") for e in entries}
        meta = self.meta(meta_el, root.get(schema.XML_LANG, ""))
        blocks = tuple(self.block(el) for el in body_el)
        glossary = Glossary(
            title="" if glossary_el is None else glossary_el.get(Attr.TITLE, ""),
            entries=tuple(self.entry(el) for el in entries),
        )
        report_duplicate_terms(glossary.entries, self.source, self.reporter)
        return Document(meta=meta, blocks=blocks, glossary=glossary)

    def _check_anchors(self, elements: Iterable[etree._Element]) -> None:
        first: dict[str, int] = {}
        duplicates: list[tuple[str, int, int]] = []
        for el in elements:
            ident, line = el.get(Attr.ID, ""), _line(el)
            if ident in first:
                duplicates.append((ident, first[ident], line))
            else:
                first[ident] = line
        messages = [
            f"duplicate anchor {ident!r}: on line {line} and again on line {again}"
            for ident, line, again in duplicates
        ]
        for (_, _, again), message in zip(duplicates, messages, strict=True):
            self.reporter.emit(Code.DUPLICATE_ANCHOR, message, self.source, again)
        if duplicates:
            raise SourceError(
                "; ".join(messages) + " (every heading and glossary entry needs its own id)",
                source=self.source,
                line=duplicates[0][2],
            )

    def meta(self, el: etree._Element, lang: str) -> Meta:
        def text(tag: str) -> str:
            child = el.find(qname(tag))
            return "" if child is None else _text(child)

        return Meta(
            title=text(Tag.TITLE),
            lang=lang,
            subtitle=text(Tag.SUBTITLE),
            byline=text(Tag.BYLINE),
            issuer=text(Tag.ISSUER),
            date=text(Tag.DATE),
            source=text(Tag.SOURCE),
        )

    def block(self, el: etree._Element) -> Block:
        prov = self.provenance(el)
        if el.tag == qname(Tag.CODE_BLOCK):
            return CodeBlock(_lines(_text(el)), el.get(Attr.LANGUAGE, ""), prov)
        if el.tag == qname(Tag.HEADING):
            return Heading(
                level=int(el.get(Attr.LEVEL, "1")),
                number=el.get(Attr.NUMBER, ""),
                text=_text(el),
                id=el.get(Attr.ID, ""),
                provenance=prov,
            )
        lead_el = el.find(qname(Tag.LEAD))
        if lead_el is None:
            return Paragraph(content=self.inlines(el), provenance=prov)
        # The schema allows only white space before the lead; the content starts after it.
        content = inlines([lead_el.tail or "", *self.inline_parts(el, skip=lead_el)])
        return Paragraph(content=content, lead=self.inlines(lead_el), provenance=prov)

    def entry(self, el: etree._Element) -> GlossaryEntry:
        return GlossaryEntry(
            id=el.get(Attr.ID, ""),
            term=_text(_child(el, Tag.TERM)),
            definition=self.inlines(_child(el, Tag.DEFINITION)),
            aliases=tuple(_text(a) for a in el.iterchildren(qname(Tag.ALIAS))),
            page=el.get(Attr.PAGE, ""),
            number=el.get(Attr.NUMBER, ""),
            provenance=self.provenance(el),
        )

    def inlines(self, el: etree._Element) -> tuple[Inline, ...]:
        return inlines([el.text or "", *self.inline_parts(el)])

    def inline_parts(
        self, el: etree._Element, skip: etree._Element | None = None
    ) -> list[Inline | str]:
        """The children of a mixed-content element and the text after each, in order."""
        parts: list[Inline | str] = []
        for child in el:
            if child is skip:
                continue
            parts.append(
                CodeSpan(_text(child)) if child.tag == qname(Tag.CODE) else self.reference(child)
            )
            parts.append(child.tail or "")
        return parts

    def reference(self, el: etree._Element) -> Inline | str:
        """A term or note reference; one naming no glossary entry is kept as its plain text."""
        target, text = el.get(Attr.REF, ""), _text(el)
        is_term = el.tag == qname(Tag.TERM)
        if target in self.entry_ids:
            return TermRef(target, text) if is_term else NoteRef(target, text)
        kind = Tag.TERM if is_term else Tag.NOTE
        self.reporter.emit(
            Code.UNKNOWN_TERM if is_term else Code.UNKNOWN_NOTE,
            f"<{kind} {Attr.REF}={target!r}> names no glossary entry;"
            f" {text!r} is kept as plain text",
            self.source,
            _line(el),
        )
        return text

    def provenance(self, el: etree._Element) -> Provenance:
        line = _line(el)
        return Provenance(self.source, line, line)


def _child(el: etree._Element, tag: str) -> etree._Element:
    child = el.find(qname(tag))
    if child is None:  # the schema requires it; only a bug gets here
        raise AssertionError(f"schema-valid XML without <{tag}> under line {_line(el)}")
    return child


def _lines(text: str) -> str:
    """A ``pre`` element's lines: the line break after the start tag, and the last line break
    with the white space after it (the indentation of ``</pre>``), are layout."""
    return _PRE_END.sub("", text.removeprefix("\n"))


def _text(el: etree._Element) -> str:
    """The text of a text-only element (comments were dropped and CDATA merged by the parser)."""
    return el.text or ""


def _line(el: etree._Element) -> int:
    """The element's line; lxml-stubs 0.5 leaves ``sourceline`` untyped."""
    line: object = el.sourceline
    return line if isinstance(line, int) else 0

"""The canonical XML vocabulary, defined once: namespace, version, names and RELAX NG schema."""

from __future__ import annotations

import functools
import threading
from importlib import resources
from typing import Final, final

from lxml import etree

from ..errors import SourceError

__all__ = [
    "ATTRIBUTES",
    "ELEMENTS",
    "NAMESPACE",
    "NAMESPACE_STEM",
    "SCHEMA_FILE",
    "SUPPORTED_VERSIONS",
    "VERSION",
    "XML_LANG",
    "XML_NAMESPACE",
    "Attr",
    "Tag",
    "namespace",
    "qname",
    "relaxng",
    "validate",
]

VERSION: Final = "3"
"""The newest vocabulary version (the root's ``version`` attribute). Each version holds
everything the one before it does: version 2 adds code (``code`` and ``pre``) to version 1,
version 3 the byline (``byline`` in ``meta``) to version 2."""
SUPPORTED_VERSIONS: Final = ("1", "2", VERSION)
"""Every version the reader accepts, oldest first."""
NAMESPACE_STEM: Final = "urn:triptych:document:"
"""Every version's namespace is this stem followed by the version."""
NAMESPACE: Final = NAMESPACE_STEM + VERSION
"""The namespace of every element of the newest version."""
XML_NAMESPACE: Final = "http://www.w3.org/XML/1998/namespace"
"""The namespace the ``xml:`` prefix is bound to."""
SCHEMA_FILE: Final = f"triptych-{VERSION}.rng"
"""The RELAX NG schema of the newest version, shipped beside this module with every older one."""


def namespace(version: str) -> str:
    """The namespace of the elements of ``version``."""
    return NAMESPACE_STEM + version


@final
class Tag:
    """Local names of the elements (all of them are in ``NAMESPACE``)."""

    __slots__ = ()

    DOCUMENT: Final = "document"
    META: Final = "meta"
    TITLE: Final = "title"
    SUBTITLE: Final = "subtitle"
    BYLINE: Final = "byline"
    """The speaker or author line under the title (version 3)."""
    ISSUER: Final = "issuer"
    DATE: Final = "date"
    SOURCE: Final = "source"
    BODY: Final = "body"
    HEADING: Final = "h"
    PARAGRAPH: Final = "p"
    LEAD: Final = "lead"
    TERM: Final = "term"
    """Both the inline term reference (with ``ref``) and a glossary entry's term (without)."""
    NOTE: Final = "note"
    CODE: Final = "code"
    """Literal text inside running text (version 2)."""
    CODE_BLOCK: Final = "pre"
    """A block of preformatted lines (version 2)."""
    GLOSSARY: Final = "glossary"
    ENTRY: Final = "entry"
    ALIAS: Final = "alias"
    DEFINITION: Final = "definition"


@final
class Attr:
    """Attribute names as written (none is in a namespace except ``xml:lang``)."""

    __slots__ = ()

    VERSION: Final = "version"
    LANG: Final = "xml:lang"
    LEVEL: Final = "level"
    ID: Final = "id"
    NUMBER: Final = "number"
    REF: Final = "ref"
    TITLE: Final = "title"
    PAGE: Final = "page"
    LANGUAGE: Final = "language"
    """What a code block is written in (version 2); the text's own language is ``xml:lang``."""


XML_LANG: Final = f"{{{XML_NAMESPACE}}}lang"
"""``xml:lang`` as lxml names it."""

ELEMENTS: Final = frozenset(v for k, v in vars(Tag).items() if k.isupper())
"""Every element name of the vocabulary."""
ATTRIBUTES: Final = frozenset(v for k, v in vars(Attr).items() if k.isupper())
"""Every attribute name of the vocabulary."""


def qname(tag: str) -> str:
    """The name lxml gives the element ``tag`` of the newest version (``{namespace}tag``)."""
    return f"{{{NAMESPACE}}}{tag}"


@functools.cache
def relaxng(version: str = VERSION) -> etree.RelaxNG:
    """The compiled schema of ``version``, one of ``SUPPORTED_VERSIONS`` (loaded once)."""
    if version not in SUPPORTED_VERSIONS:
        raise ValueError(f"no schema for triptych XML version {version!r}")
    data = resources.files(__name__).joinpath(f"triptych-{version}.rng").read_bytes()
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
    )
    return etree.RelaxNG(etree.fromstring(data, parser))


# A validator keeps the errors of its last run on itself; one run at a time keeps them apart.
_LOCK = threading.Lock()


def validate(
    tree: etree._ElementTree | etree._Element, source: str, version: str = VERSION
) -> None:
    """Check ``tree`` against the schema of ``version``; raise ``SourceError`` listing each error
    with its line."""
    validator = relaxng(version)
    with _LOCK:
        if validator.validate(tree):
            return
        errors = [(e.line, e.message) for e in validator.error_log]
    # one error is placed by the location in front of the message; several are each listed
    # with their line
    advice = "triptych's docs/xml-vocabulary.md says what each element may hold"
    if len(errors) == 1:
        detail = f" {errors[0][1]}; {advice}"
    else:
        detail = "".join(f"\n  line {line}: {message}" for line, message in errors)
        detail += f"\n  ({advice})"
    raise SourceError(
        f"the document breaks the triptych XML schema (version {version}):{detail}",
        source=source,
        line=errors[0][0] if errors else 0,
    )

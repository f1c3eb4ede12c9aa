"""The document model: a closed set of frozen node types shared by every reader and writer."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = [
    "CODE_LANGUAGE",
    "Block",
    "Code",
    "CodeBlock",
    "Document",
    "Glossary",
    "GlossaryEntry",
    "Heading",
    "Inline",
    "Meta",
    "Node",
    "NoteRef",
    "Paragraph",
    "Provenance",
    "TermRef",
    "Text",
]


@dataclass(frozen=True, slots=True)
class Provenance:
    """Where a node came from: a source file and an inclusive range of 1-based lines."""

    source: str
    """Path or name of the file the node was read from."""
    first_line: int
    """First line of the node in that file (1-based)."""
    last_line: int
    """Last line of the node in that file (1-based, >= first_line)."""

    def merge(self, other: Provenance) -> Provenance:
        """The smallest range covering both (the source of ``self`` wins)."""
        return Provenance(
            self.source,
            min(self.first_line, other.first_line),
            max(self.last_line, other.last_line),
        )


NOWHERE = Provenance("", 0, 0)


# --- inline nodes -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Text:
    """A run of plain text."""

    text: str
    """The characters, whitespace already folded by the builder."""


@dataclass(frozen=True, slots=True)
class TermRef:
    """An occurrence of a glossary term in running text, linked to its entry."""

    target: str
    """The ``id`` of the glossary entry this occurrence refers to."""
    text: str
    """The words as they stand in the text (the term or one of its aliases)."""


@dataclass(frozen=True, slots=True)
class NoteRef:
    """A note marker in running text, such as ``［3］``, pointing at a numbered glossary entry."""

    target: str
    """The ``id`` of the glossary entry the marker refers to."""
    label: str
    """The marker's label as printed, without brackets (``"3"``)."""


@dataclass(frozen=True, slots=True)
class Code:
    """Literal text, such as a command or a line of markup, shown in a monospace font."""

    text: str
    """The characters exactly as written: never folded, trimmed, linked to the glossary or
    repaired; a line break becomes a space, as in a Markdown code span."""


Inline = Text | Code | TermRef | NoteRef


# --- block nodes --------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Heading:
    """A section heading; the section runs until the next heading of the same or a higher level."""

    level: int
    """Depth of the section, 1 for the top level of the body."""
    number: str
    """The heading's own numbering as printed (``"（五）"``, ``"一、"``, ``"2.1"``), or ``""``."""
    text: str
    """The heading's words, without the numbering."""
    id: str
    """Stable anchor, unique in the document, ASCII."""
    provenance: Provenance = field(default=NOWHERE, compare=False)
    """Where the heading was read from; not part of the node's identity."""


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph of running text, optionally opened by a run-in lead sentence."""

    content: tuple[Inline, ...]
    """The paragraph's text after the lead."""
    lead: tuple[Inline, ...] = ()
    """A run-in lead sentence set apart from the body (``"打造一流营商环境。"``), or empty."""
    provenance: Provenance = field(default=NOWHERE, compare=False)
    """Where the paragraph was read from; not part of the node's identity."""


@dataclass(frozen=True, slots=True)
class CodeBlock:
    """Preformatted lines, such as an example file, shown in a monospace font as they are."""

    text: str
    """The lines joined by ``"\\n"`` (so a final ``"\\n"`` is a blank last line); every space, tab
    and blank line is kept, and a carriage return becomes a line break."""
    language: str = ""
    """What the lines are written in (``"toml"``, ``"markdown"``), or ``""``: one word of ASCII
    letters, digits and ``_+#.-``."""
    provenance: Provenance = field(default=NOWHERE, compare=False)
    """Where the block was read from; not part of the node's identity."""


Block = Heading | Paragraph | CodeBlock

CODE_LANGUAGE = re.compile(r"[A-Za-z0-9_+#.\-]+")
"""What ``CodeBlock.language`` may be when not empty (``fullmatch``): one word, which both source
formats can hold and every edition can name in a class (``language-toml``)."""


# --- glossary -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class GlossaryEntry:
    """One defined term of the document's glossary."""

    id: str
    """Stable anchor of the entry, unique in the document, ASCII; term references point here."""
    term: str
    """The term as defined (``"三医联动"``)."""
    definition: tuple[Inline, ...]
    """The definition's text."""
    aliases: tuple[str, ...] = ()
    """Other spellings of the term that also link to this entry."""
    page: str = ""
    """The page of the source publication the entry cites (``"P10"``), or ``""``."""
    number: str = ""
    """The note number for note-style glossaries (``"3"`` for ``［3］``), or ``""``."""
    provenance: Provenance = field(default=NOWHERE, compare=False)
    """Where the entry was read from; not part of the node's identity."""


@dataclass(frozen=True, slots=True)
class Glossary:
    """The document's glossary (名词解释, 注释, Glossary …)."""

    title: str = ""
    """The glossary's heading as printed in the source, or ``""`` when it had none."""
    entries: tuple[GlossaryEntry, ...] = ()
    """The entries in source order."""


# --- document -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Meta:
    """What is known about the document as a whole."""

    title: str
    """The document's title."""
    lang: str
    """BCP 47 language tag of the text (``"zh-CN"``, ``"en"``)."""
    subtitle: str = ""
    """A line under the title, such as the occasion of a report, or ``""``."""
    byline: str = ""
    """The speaker or author line under the title (``"湖南省省长 毛伟明"``), or ``""``."""
    issuer: str = ""
    """The issuing body (``"衡阳市人民政府"``), or ``""`` when unknown."""
    date: str = ""
    """Date of issue in ISO 8601 (``"2021-01-20"``), or ``""`` when unknown."""
    source: str = ""
    """Name of the raw file the document was imported from, or ``""``."""


@dataclass(frozen=True, slots=True)
class Document:
    """A whole document: metadata, the body as a flat list of blocks, and the glossary."""

    meta: Meta
    """Document metadata."""
    blocks: tuple[Block, ...]
    """The body in reading order; sections are implied by heading levels."""
    glossary: Glossary = Glossary()
    """The glossary, possibly empty."""


Node = (
    Document
    | Meta
    | Glossary
    | GlossaryEntry
    | Heading
    | Paragraph
    | CodeBlock
    | Text
    | Code
    | TermRef
    | NoteRef
)

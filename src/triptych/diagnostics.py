"""Diagnostics as data: a closed set of codes, one severity table, a reporter that keeps them."""

from __future__ import annotations

import enum
import logging
from dataclasses import dataclass

__all__ = ["Code", "Diagnostic", "Reporter", "Severity"]

log = logging.getLogger("triptych")


class Severity(enum.IntEnum):
    """How bad a diagnostic is; ``--strict`` fails a run on warnings too."""

    # the values are the logging module's levels, so a diagnostic logs at its own level
    INFO = 20
    WARNING = 30
    ERROR = 40


class Code(enum.Enum):
    """Every diagnostic triptych can emit. The value is the stable code shown to users."""

    # input and decoding
    ENCODING_DETECTED = "T001"
    INVALID_CHARACTER = "T002"
    # cross-references and glossary
    UNKNOWN_TERM = "T003"
    UNUSED_TERM = "T004"
    DUPLICATE_TERM = "T005"
    DUPLICATE_ANCHOR = "T006"
    UNKNOWN_NOTE = "T007"
    GLOSSARY_ENTRY_UNPARSED = "T008"
    # structure
    SAME_TITLE_HEADING = "T010"
    UNTERMINATED_PARAGRAPH = "T011"
    NO_TITLE = "T012"
    SECTION_REMOVED = "T013"
    REPEATED_PARAGRAPH = "T014"
    # canonical sources
    MARKDOWN_SYNTAX = "T020"
    XML_INVALID = "T021"
    FRONT_MATTER = "T022"
    # conservation
    CONSERVATION = "T030"
    # editions
    RENDER_WARNING = "T040"
    RENDER_ERROR = "T041"
    # validators of the built editions (triptych check --editions)
    EPUB_INVALID = "T042"
    EPUB_WARNING = "T043"
    HTML_INVALID = "T044"
    HTML_WARNING = "T045"
    PDF_STRUCTURE = "T046"

    @property
    def severity(self) -> Severity:
        """The severity of this code, from the one table below."""
        return SEVERITIES[self]


SEVERITIES: dict[Code, Severity] = {
    Code.ENCODING_DETECTED: Severity.WARNING,
    Code.INVALID_CHARACTER: Severity.WARNING,
    Code.UNKNOWN_TERM: Severity.WARNING,
    Code.UNUSED_TERM: Severity.WARNING,
    Code.DUPLICATE_TERM: Severity.WARNING,
    Code.DUPLICATE_ANCHOR: Severity.ERROR,
    Code.UNKNOWN_NOTE: Severity.WARNING,
    Code.GLOSSARY_ENTRY_UNPARSED: Severity.WARNING,
    Code.SAME_TITLE_HEADING: Severity.WARNING,
    Code.UNTERMINATED_PARAGRAPH: Severity.WARNING,
    Code.NO_TITLE: Severity.WARNING,
    Code.SECTION_REMOVED: Severity.INFO,
    Code.REPEATED_PARAGRAPH: Severity.WARNING,
    Code.MARKDOWN_SYNTAX: Severity.ERROR,
    Code.XML_INVALID: Severity.ERROR,
    Code.FRONT_MATTER: Severity.ERROR,
    Code.CONSERVATION: Severity.ERROR,
    Code.RENDER_WARNING: Severity.WARNING,
    Code.RENDER_ERROR: Severity.ERROR,
    Code.EPUB_INVALID: Severity.ERROR,
    Code.EPUB_WARNING: Severity.WARNING,
    Code.HTML_INVALID: Severity.ERROR,
    Code.HTML_WARNING: Severity.WARNING,
    Code.PDF_STRUCTURE: Severity.ERROR,
}


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """One thing triptych has to tell the user about a source."""

    code: Code
    """What kind of problem this is."""
    message: str
    """A sentence saying what is wrong and, where it helps, what to do."""
    source: str = ""
    """The file concerned, or ``""``."""
    line: int = 0
    """1-based line in ``source``, or 0 when not tied to a line."""
    column: int = 0
    """1-based column in that line, or 0."""

    @property
    def severity(self) -> Severity:
        """The code's severity."""
        return self.code.severity

    def __str__(self) -> str:
        where = self.source or "<input>"
        if self.line:
            where += f":{self.line}"
            if self.column:
                where += f":{self.column}"
        return f"{where}: {self.severity.name.lower()}[{self.code.value}]: {self.message}"


class Reporter:
    """Collects diagnostics and logs each one as it arrives."""

    def __init__(self) -> None:
        self.diagnostics: list[Diagnostic] = []

    def report(self, diagnostic: Diagnostic) -> None:
        """Keep ``diagnostic`` and log it at its severity."""
        self.diagnostics.append(diagnostic)
        log.log(int(diagnostic.severity), "%s", diagnostic)

    def emit(
        self, code: Code, message: str, source: str = "", line: int = 0, column: int = 0
    ) -> None:
        """Shorthand for ``report(Diagnostic(...))``."""
        self.report(Diagnostic(code, message, source, line, column))

    def count(self, at_least: Severity) -> int:
        """How many diagnostics are at least this severe."""
        return sum(1 for d in self.diagnostics if d.severity >= at_least)

    def of(self, code: Code) -> list[Diagnostic]:
        """The diagnostics with this code, in order."""
        return [d for d in self.diagnostics if d.code is code]

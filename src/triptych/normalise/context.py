"""What every normaliser pass is given: the options, the language, the ledger and the reporter."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from ..diagnostics import Code, Reporter
from ..ledger import Ledger
from ..model import Document
from .chars import broken_word, join_text

if TYPE_CHECKING:
    from .deflists import DefinitionList

__all__ = ["DocumentPass", "ImportOptions", "PassContext", "TextPass"]

InvalidCharPolicy = Literal["remove", "error"]


@dataclass(frozen=True, slots=True)
class ImportOptions:
    """How a raw text is to be imported."""

    encoding: str | None = None
    """The input's encoding when known (``"gbk"``); None to require UTF-8 and detect otherwise."""
    lang: str | None = None
    """BCP 47 language of the text; None to detect it."""
    invalid_chars: InvalidCharPolicy = "remove"
    """What to do with characters XML cannot hold: remove them (and report each) or refuse."""
    source: str = "<input>"
    """The name shown in diagnostics and stored as the document's source."""


@dataclass(slots=True)
class PassContext:
    """State shared by the passes of one import; passes never mutate the document itself."""

    options: ImportOptions
    lang: str = "und"
    ledger: Ledger = field(default_factory=Ledger)
    reporter: Reporter = field(default_factory=Reporter)
    compounds: frozenset[str] = frozenset()
    """The hyphenated words the text writes inside its lines (``life-cycle``), in lower case:
    broken at a line end, they keep their hyphen."""
    definition_lists: tuple[DefinitionList, ...] = ()
    """The text's definition lists (terms alone on their lines over their definitions), found
    when it is cut into blocks: their lines are never headings nor rejoined across an entry,
    and the glossary is read from them where no heading opens one."""

    def terms(self) -> dict[int, int]:
        """The first line of each term alone on its line to its last."""
        return {
            a: b
            for found in self.definition_lists
            if not found.inline
            for a, b in found.terms.items()
        }

    def entry_lines(self) -> frozenset[int]:
        """The lines that hold a term and its definition, in a list of such lines."""
        return frozenset(n for found in self.definition_lists if found.inline for n in found.terms)

    list_starts: tuple[int, ...] = ()
    """The first line of each definition list, in order (for ``in_definition_list``)."""

    def found_definition_lists(self, found: tuple[DefinitionList, ...]) -> None:
        """Keep the definition lists the text was found to hold, in the order of their lines."""
        self.definition_lists = tuple(sorted(found, key=lambda d: d.start))
        self.list_starts = tuple(d.start for d in self.definition_lists)

    def in_definition_list(self, line: int) -> bool:
        """Whether ``line`` is a term's or a definition's in one of the definition lists."""
        at = bisect_right(self.list_starts, line) - 1
        return at >= 0 and line <= self.definition_lists[at].end

    @property
    def source(self) -> str:
        """The input's display name."""
        return self.options.source

    @property
    def chinese(self) -> bool:
        """Whether the document's language is Chinese, which enables the Chinese-only repairs."""
        return self.lang.lower().startswith("zh")

    def record(
        self, pass_name: str, action: str, line: int, before: str, after: str, note: str = ""
    ) -> None:
        """Add an entry to the ledger."""
        self.ledger.record(pass_name, action, line, before, after, note)

    def join(self, pass_name: str, line: int, left: str, right: str) -> str:
        """``left`` and ``right`` joined as one text (``chars.join_text``), a word that a line
        break hyphenated made whole again, with the hyphen's removal on record."""
        if broken_word(left, right, self.compounds):
            left = left.rstrip()
            self.record(
                pass_name,
                "rejoin-hyphenated-word",
                line,
                "-",
                "",
                note=f"{left.rsplit(maxsplit=1)[-1]}{right.split(maxsplit=1)[0]}: "
                "a line break's hyphen",
            )
            return left[:-1] + right.lstrip()
        return join_text(left, right)

    def warn(self, code: Code, message: str, line: int = 0, column: int = 0) -> None:
        """Report a diagnostic against the input."""
        self.reporter.emit(code, message, self.source, line, column)


@dataclass(frozen=True, slots=True)
class TextPass:
    """A repair on the decoded text, before it is cut into blocks."""

    name: str
    run: Callable[[str, PassContext], str]


@dataclass(frozen=True, slots=True)
class DocumentPass:
    """A repair on the document: a pure function of the document and the context."""

    name: str
    run: Callable[[Document, PassContext], Document]

"""The normaliser: raw text to the document model, as an explicit ordered list of named passes."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, replace

from ..collector import fewer_collections
from ..diagnostics import Code, Diagnostic, Reporter
from ..errors import InputError
from ..ledger import Ledger
from ..model import Document, canonical
from .anchors import ANCHORS
from .artefacts import ARTEFACTS
from .characters import INVISIBLE, LINE_ENDINGS, XML_CHARACTERS
from .chars import hyphenated_words
from .checks import SAME_TITLES, UNTERMINATED, conservation_gap
from .chrome import CHROME, is_furniture
from .context import DocumentPass, ImportOptions, PassContext, TextPass
from .crosslinks import CROSSLINKS
from .decode import decode
from .duplicates import DUPLICATES
from .glossary import GLOSSARY
from .language import detect_language
from .leads import LEADS
from .notes import NOTES
from .paragraphs import PARAGRAPHS
from .patterns import match_entry
from .punctuation import PUNCTUATION
from .segment import segment
from .structure import HEADINGS, TITLE

log = logging.getLogger("triptych.normalise")

__all__ = ["DOCUMENT_PASSES", "TEXT_PASSES", "ImportOptions", "ImportResult", "normalise"]

# Repairs on the decoded text, before it is cut into lines.
TEXT_PASSES: tuple[TextPass, ...] = (LINE_ENDINGS, XML_CHARACTERS, INVISIBLE, ARTEFACTS)

# Repairs on the document, in order. Duplicates go before paragraph repair so that a paragraph
# whose continuation follows a repeated copy of it is rejoined with the right text. Chrome and
# headings are looked for again in text a column break had split, and duplicates once more
# after leads (which join a lone lead sentence to its paragraph), so copies whose pieces were
# apart are found too. The glossary is read last, from clean text; paragraph repair and leads
# stop at a glossary heading, whose entries are the glossary pass's to read.
DOCUMENT_PASSES: tuple[DocumentPass, ...] = (
    CHROME,
    TITLE,
    HEADINGS,
    DUPLICATES,
    PARAGRAPHS,
    CHROME,
    HEADINGS,
    LEADS,
    DUPLICATES,
    PARAGRAPHS,
    GLOSSARY,
    PUNCTUATION,
    ANCHORS,
    CROSSLINKS,
    NOTES,
    SAME_TITLES,
    UNTERMINATED,
)


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What an import produces: the document, the ledger of repairs, and the diagnostics."""

    document: Document
    ledger: Ledger
    diagnostics: tuple[Diagnostic, ...]
    decoded_chars: int
    """Length of the decoded input, for throughput figures."""


@fewer_collections()
def _forget() -> None:
    """Drop what the passes kept about one text's lines: of no use for the next, and memory."""
    match_entry.cache_clear()
    is_furniture.cache_clear()


def normalise(
    data: bytes | str,
    options: ImportOptions | None = None,
    reporter: Reporter | None = None,
    progress: Callable[[str], None] | None = None,
) -> ImportResult:
    """Import raw text: decode, repair, structure and cross-link it into a canonical document.

    Raises ``InputError`` for input that cannot be read as text. Every repair is in the ledger;
    a conservation check proves every input character is in the document or in the ledger.
    ``progress`` is told of each step as it starts (``[3/19] duplicates``).
    """
    _forget()
    tell = progress or (lambda _line: None)
    steps = len(DOCUMENT_PASSES) + 2
    options = options or ImportOptions()
    ctx = PassContext(options=options, reporter=reporter or Reporter())
    tell(f"[1/{steps}] reading {options.source or 'the input'}")
    text = data if isinstance(data, str) else decode(data, ctx)
    decoded = text
    for text_pass in TEXT_PASSES:
        text = text_pass.run(text, ctx)
    if not text.strip():
        raise InputError(
            "the input has no text (it is empty or only whitespace)", source=options.source
        )
    ctx.lang = options.lang or detect_language(text)
    ctx.compounds = hyphenated_words(text)
    doc = segment(text, ctx)
    doc = replace(doc, meta=replace(doc.meta, lang=ctx.lang))
    for n, doc_pass in enumerate(DOCUMENT_PASSES, 2):
        tell(f"[{n}/{steps}] {doc_pass.name}")
        started = time.perf_counter()
        before = len(ctx.ledger)
        doc = doc_pass.run(doc, ctx)
        log.debug(
            "pass %s: %d repairs in %.1f ms",
            doc_pass.name,
            len(ctx.ledger) - before,
            (time.perf_counter() - started) * 1000,
        )
    tell(f"[{steps}/{steps}] checking that every character is accounted for")
    doc = canonical(doc)
    gap = conservation_gap(decoded, doc, ctx)
    if gap:
        sample = "".join(sorted(gap.elements()))[:40]
        ctx.warn(
            Code.CONSERVATION,
            f"{sum(abs(n) for n in gap.values())} characters are neither in the document "
            f"nor in the ledger ({sample!r}); this is a bug in triptych, please report it",
        )
    _forget()
    return ImportResult(doc, ctx.ledger, tuple(ctx.reporter.diagnostics), len(decoded))

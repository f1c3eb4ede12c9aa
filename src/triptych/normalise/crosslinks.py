"""Link each glossary term's occurrences in the body, and in the other entries' definitions, to
its entry (longest match first)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from ..diagnostics import Code, Diagnostic
from ..model import Document, GlossaryEntry, Inline, NoteRef, Paragraph, TermRef, Text
from .context import DocumentPass, PassContext

__all__ = ["CROSSLINKS", "term_pattern", "unused_terms"]

NAME = "crosslinks"


# Between the characters of a term, the body may hold quotes (``“5+2”现代产业体系`` for the term
# ``5+2现代产业体系``) and, in a scrape, stray spaces; neither stops the term from linking.
_OPEN, _CLOSE = "“‘「『", "”’」』"
_SKIP = "\"'" + _OPEN + _CLOSE
_SEP = r"[\s" + re.escape(_SKIP) + r"]*"
_GAP = r"[\s" + re.escape(_SKIP) + r"]+"  # between two Latin words: a space, a quote or both


def _core(words: str) -> str:
    """The characters that must match, in order: the words less quotes and whitespace."""
    return "".join(c for c in words.casefold() if c not in _SKIP and not c.isspace())


_APOSTROPHE = re.compile(r"(?<=[A-Za-z])[’'](?=[A-Za-z])")  # inside a word: ``Auditor’s``


def _alternative(term: str) -> str:
    stripped = term.strip()
    # the letters after an apostrophe inside a word (``Auditor’s``): either apostrophe, or none
    inside = {m.start() for m in _APOSTROPHE.finditer(stripped)}
    chars: list[str] = []
    elided: set[int] = set()
    for at, c in enumerate(stripped):
        if at in inside:
            elided.add(len(chars))
        if c not in _SKIP:
            chars.append(c)
    parts: list[str] = []
    for i, char in enumerate(chars):
        if char.isspace():
            continue
        if parts:
            prev = next(c for c in reversed(chars[:i]) if not c.isspace())
            spaced = chars[i - 1].isspace()
            latin = prev.isascii() and prev.isalnum() and char.isascii() and char.isalnum()
            if latin and i in elided:
                parts.append("[’']?")
            else:
                parts.append((_GAP if spaced else "") if latin else _SEP)
        parts.append(re.escape(char))
    escaped = "".join(parts)
    if chars[:1] and chars[0].isascii() and chars[0].isalnum():
        escaped = r"(?<![A-Za-z0-9])" + escaped
    if chars[-1:] and chars[-1].isascii() and chars[-1].isalnum():
        escaped += r"(?![A-Za-z0-9])"
    # a word in any case (``Little giant``), but an acronym only in capitals: ``IS`` is not "is"
    acronym = "".join(chars).isupper() and " " not in "".join(chars)
    return f"(?i:{escaped})" if all(c.isascii() for c in chars) and not acronym else escaped


def term_pattern(
    entries: tuple[GlossaryEntry, ...],
) -> tuple[re.Pattern[str], dict[str, str]] | None:
    """One pattern matching every term and alias, longest first, with the map from each one's
    core (``_core``) to the entry id. None when there are no terms."""
    targets: dict[str, str] = {}
    originals: dict[str, str] = {}
    for entry in entries:
        for words in (entry.term, *entry.aliases):
            core = _core(words)
            if core:
                targets.setdefault(core, entry.id)
                originals.setdefault(core, words)
    if not targets:
        return None
    ordered = sorted(targets, key=lambda t: (-len(t), t))
    pattern = re.compile("|".join(_alternative(originals[t]) for t in ordered))
    return pattern, targets


def _balanced(text: str, start: int, end: int) -> tuple[int, int]:
    """The span widened over the quotes next to it that close or open a quote inside it, so a
    link never holds half a pair (``“四上”企业``, not ``四上”企业``)."""
    depth = lowest = 0
    for char in text[start:end]:
        if char in _OPEN:
            depth += 1
        elif char in _CLOSE:
            depth -= 1
            lowest = min(lowest, depth)
    opens, closes = -lowest, depth - lowest
    while opens and start > 0 and text[start - 1] in _OPEN:
        start, opens = start - 1, opens - 1
    while closes and end < len(text) and text[end] in _CLOSE:
        end, closes = end + 1, closes - 1
    return start, end


def link(
    seq: tuple[Inline, ...],
    pattern: re.Pattern[str],
    targets: dict[str, str],
    own: str = "",
) -> tuple[Inline, ...]:
    """``seq`` with every term occurrence in its text runs turned into a ``TermRef``, except
    those of the entry ``own`` (a definition never links to itself)."""
    out: list[Inline] = []
    for node in seq:
        if not isinstance(node, Text):
            out.append(node)
            continue
        text, last = node.text, 0
        for m in pattern.finditer(text):
            start, end = _balanced(text, m.start(), m.end())
            start = max(start, last)
            target = targets.get(_core(m.group()))
            if target is None or target == own:
                continue
            if start > last:
                out.append(Text(text[last:start]))
            out.append(TermRef(target, text[start:end]))
            last = end
        if last < len(text):
            out.append(Text(text[last:]))
    return tuple(out)


def _run(doc: Document, ctx: PassContext) -> Document:
    found = term_pattern(doc.glossary.entries)
    if found is None:
        return doc
    pattern, targets = found
    blocks = tuple(
        replace(b, lead=link(b.lead, pattern, targets), content=link(b.content, pattern, targets))
        if isinstance(b, Paragraph)
        else b
        for b in doc.blocks
    )
    # a definition that uses another entry's term links to it (``Budget`` in ``Capital
    # Expenditure``'s definition), as a glossary's "see" references do
    entries = tuple(
        replace(e, definition=link(e.definition, pattern, targets, own=e.id))
        for e in doc.glossary.entries
    )
    linked = replace(doc, blocks=blocks, glossary=replace(doc.glossary, entries=entries))
    for warning in unused_terms(linked):
        ctx.warn(warning.code, warning.message, warning.line)
    return linked


def unused_terms(doc: Document) -> Iterator[Diagnostic]:
    """Glossary entries nothing refers to, by term or by note, in the body or in another
    entry's definition: one warning each."""
    used = {
        n.target
        for seq in (
            *(b.lead + b.content for b in doc.blocks if isinstance(b, Paragraph)),
            *(e.definition for e in doc.glossary.entries),
        )
        for n in seq
        if isinstance(n, TermRef | NoteRef)
    }
    for entry in doc.glossary.entries:
        if entry.id not in used:
            where = entry.provenance
            yield Diagnostic(
                Code.UNUSED_TERM,
                f"glossary term {entry.term!r} does not occur in the body or in another "
                "entry's definition, so nothing links to it",
                where.source,
                where.first_line,
            )


CROSSLINKS = DocumentPass(NAME, _run)

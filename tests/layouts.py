"""What a careful editor checks in an imported document, read from a fixture's ``expect.json``.

A layout fixture is ``tests/fixtures/layouts/<case>/input.txt`` (or ``input.bin``) and an
``expect.json`` written by hand from what the document means: its title, every heading, every
glossary entry, the terms the body links, the web chrome that must go, the text that must be
there once, the paragraphs a split must not leave in pieces. ``check_case`` imports the input
and turns each expectation into one ``Check``; the tests require every check to hold, and the
fidelity benchmark reports the share that holds, per kind and per class of layout.

Text is compared as an editor reads it: whitespace and full-/half-width forms do not count.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cache
from pathlib import Path
from typing import Any

from triptych.model import Document, Heading, Paragraph, TermRef, plain
from triptych.normalise import ImportOptions, ImportResult, normalise
from triptych.normalise.checks import model_text

FIXTURES = Path(__file__).resolve().parent / "fixtures"
LAYOUTS = FIXTURES / "layouts"
"""The layouts the tests hold the normaliser to."""
HELDOUT = FIXTURES / "heldout"
"""Layouts written without reading the normaliser and kept out of its tuning: the benchmark's
measure of documents it has never seen (no test requires them to pass)."""

KINDS = (
    "title",
    "subtitle",
    "byline",
    "headings",
    "glossary title",
    "entries",
    "links",
    "chrome",
    "once",
    "paragraphs",
    "keep",
    "not headings",
)


@dataclass(frozen=True, slots=True)
class Check:
    """One expectation of a fixture and whether the imported document meets it."""

    kind: str
    """Which part of the document it is about (one of ``KINDS``)."""
    label: str
    """What was expected, in a few words."""
    ok: bool
    """Whether the document meets it."""
    found: str = ""
    """What the document holds instead, when it does not."""


def cases(folder: Path = LAYOUTS) -> list[str]:
    """The layout fixtures in ``folder``, by folder name."""
    return sorted(p.parent.name for p in folder.glob("*/expect.json"))


def _folder(case: str) -> Path:
    return LAYOUTS / case if (LAYOUTS / case).is_dir() else HELDOUT / case


def expectations(case: str) -> dict[str, Any]:
    """The fixture's ``expect.json``."""
    data: dict[str, Any] = json.loads((_folder(case) / "expect.json").read_text("utf-8"))
    return data


def raw(case: str) -> bytes:
    """The fixture's input bytes, exactly as received."""
    binary = _folder(case) / "input.bin"
    return (binary if binary.exists() else _folder(case) / "input.txt").read_bytes()


@cache
def imported(case: str) -> ImportResult:
    """The fixture imported as ``triptych import`` would (with its ``encoding`` if it names one)."""
    expect = expectations(case)
    options = ImportOptions(source=f"{case}/input", encoding=expect.get("encoding"))
    return normalise(raw(case), options)


def key(text: str) -> str:
    """``text`` as compared: NFKC (full- and half-width forms alike), whitespace removed."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def _body_text(doc: Document) -> list[str]:
    return [
        plain(b.lead) + plain(b.content) if isinstance(b, Paragraph) else getattr(b, "text", "")
        for b in doc.blocks
    ]


def _equal(kind: str, label: str, expected: str, actual: str) -> Check:
    ok = key(expected) == key(actual)
    return Check(kind, label, ok, "" if ok else repr(actual))


def _in_order(
    kind: str, expected: list[tuple[str, ...]], actual: list[tuple[str, ...]]
) -> list[Check]:
    """One check per expected item (found in order), and a failed one per unexpected item."""
    want = [tuple(key(x) for x in item) for item in expected]
    have = [tuple(key(x) for x in item) for item in actual]
    matched_want: set[int] = set()
    matched_have: set[int] = set()
    for block in SequenceMatcher(None, want, have, autojunk=False).get_matching_blocks():
        matched_want.update(range(block.a, block.a + block.size))
        matched_have.update(range(block.b, block.b + block.size))
    checks = []
    for i, item in enumerate(expected):
        near = next((actual[j] for j, h in enumerate(have) if h[-1:] == want[i][-1:]), None)
        found = "" if i in matched_want else (f"as {near!r}" if near else "missing")
        checks.append(Check(kind, " ".join(item)[:60], i in matched_want, found))
    checks.extend(
        Check(kind, f"unexpected {' '.join(item)[:60]}", False, "not expected")
        for j, item in enumerate(actual)
        if j not in matched_have
    )
    return checks


def check_case(case: str) -> list[Check]:
    """Every expectation of ``case`` checked against its import."""
    expect = expectations(case)
    doc = imported(case).document
    meta = doc.meta
    checks: list[Check] = []
    for kind, field in (("title", "title"), ("subtitle", "subtitle"), ("byline", "byline")):
        if field in expect:
            actual = getattr(meta, field, "")
            checks.append(_equal(kind, expect[field], expect[field], actual))
    if "headings" in expect:
        # an appendix's own heading (附件1 …) is the editor's to keep or not: not counted, and
        # nor is the full stop a heading run into its paragraph ends with (``（一）…。``)
        actual_headings = [
            (str(b.level), b.number, b.text.removesuffix("。"))
            for b in doc.blocks
            if isinstance(b, Heading) and not b.number.startswith("附件")
        ]
        wanted = [
            (str(level), number, text.removesuffix("。"))
            for level, number, text in expect["headings"]
            if not (number or text).startswith("附件")
        ]
        checks.extend(_in_order("headings", wanted, actual_headings))
    if "glossary_title" in expect:
        # the heading's closing colon (``注释：``) is the editor's to keep or drop
        want = expect["glossary_title"]
        have = doc.glossary.title
        checks.append(
            _equal("glossary title", want or "(none)", want.rstrip(":："), have.rstrip(":："))
        )
    if "entries" in expect:
        actual_entries = [(e.term, plain(e.definition)) for e in doc.glossary.entries]
        checks.extend(_in_order("entries", [(t, d) for t, d in expect["entries"]], actual_entries))
    linked = {e.id: e.term for e in doc.glossary.entries}
    used = {
        key(linked.get(n.target, ""))
        for b in doc.blocks
        if isinstance(b, Paragraph)
        for n in (*b.lead, *b.content)
        if isinstance(n, TermRef)
    }
    for term in expect.get("links", ()):
        checks.append(
            Check("links", term, key(term) in used, "" if key(term) in used else "not linked")
        )
    everything = key("\n".join(model_text(doc)))
    body = [key(t) for t in _body_text(doc)]
    for line in expect.get("chrome", ()):
        gone = key(line) not in everything
        checks.append(Check("chrome", line, gone, "" if gone else "still in the document"))
    for text in expect.get("once", ()):
        n = everything.count(key(text))
        checks.append(Check("once", text[:60], n == 1, "" if n == 1 else f"{n} times"))
    for text in expect.get("paragraphs", ()):
        ok = key(text) in body
        holder = next((t for t in body if key(text)[:12] in t), "")
        checks.append(Check("paragraphs", text[:60], ok, "" if ok else f"in {holder[:60]!r}"))
    for text in expect.get("keep", ()):
        ok = key(text) in everything
        checks.append(Check("keep", text[:60], ok, "" if ok else "lost"))
    # a heading is the line, with or without its number and closing stop (a letter ``A`` over
    # a glossary's entries is not every heading that starts with A)
    headings = [(key(b.text), key(b.number + b.text)) for b in doc.blocks if isinstance(b, Heading)]
    for text in expect.get("not_headings", ()):
        want = key(text)
        ok = not any(
            want in (words, whole) or (len(want) > 2 and (words + whole).startswith(want))
            for words, whole in headings
        )
        checks.append(Check("not headings", text[:60], ok, "" if ok else "is a heading"))
    return checks


def failures(checks: list[Check]) -> str:
    """The failed checks, one line each, for an assertion message."""
    return "\n".join(f"  {c.kind}: {c.label} — {c.found}" for c in checks if not c.ok)

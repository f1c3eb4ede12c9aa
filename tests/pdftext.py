"""A PDF's text as poppler reads it: ``pdftotext`` for the text and its layout, ``pdftohtml -xml``
for each run of text with its font and position."""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

PAGE_NUMBER = re.compile(r"^\s*—\s*\d+\s*—\s*$")
"""A page number as the print edition sets it in the foot: ``— 12 —``."""


def pdftotext(path: Path, *options: str) -> str:
    """What ``pdftotext OPTIONS PATH -`` prints (pages end with a form feed)."""
    run = subprocess.run(
        ["pdftotext", *options, str(path), "-"], capture_output=True, text=True, check=True
    )
    return run.stdout


def page_texts(path: Path) -> list[str]:
    """``pdftotext -layout``, one string per page."""
    return pdftotext(path, "-layout").split("\f")[:-1]


def squash(text: str) -> str:
    """Text without whitespace: lines wrap and pdftotext pads, the characters stay."""
    return re.sub(r"\s+", "", text)


def page_body(page: str, number: int) -> str:
    """The text of page ``number`` (1-based) without its running head and page number: the
    title page has no running head, every later page has one as its first line."""
    lines = [line for line in page.splitlines() if line.strip()]
    if number > 1 and lines:
        lines = lines[1:]  # the running head
    if lines and PAGE_NUMBER.match(lines[-1]):
        lines = lines[:-1]
    return "\n".join(lines)


@dataclass(frozen=True)
class TextRun:
    """One run of text in a PDF, from poppler's XML, in pixels of a page ``page_width`` wide."""

    page: int
    """The page's number, from 1."""
    text: str
    font: str
    """The font family without its subset tag and weight: ``Noto-Serif-CJK-SC``."""
    top: float
    left: float
    right: float
    page_width: float


def text_runs(path: Path) -> list[TextRun]:
    """Every run of text in the PDF at ``path``, page by page, from ``pdftohtml -xml``."""
    run = subprocess.run(
        ["pdftohtml", "-xml", "-i", "-stdout", "-q", str(path)], capture_output=True, check=True
    )
    root = etree.fromstring(run.stdout, etree.XMLParser(recover=True))
    fonts = {
        f.get("id"): str(f.get("family")).split("+")[-1].removesuffix("-Bold")
        for f in root.iter("fontspec")
    }
    return [
        TextRun(
            int(page.get("number")),
            "".join(t.itertext()),
            fonts[t.get("font")],
            float(t.get("top", 0)),
            float(t.get("left", 0)),
            float(t.get("left", 0)) + float(t.get("width", 0)),
            float(page.get("width", 0)),
        )
        for page in root.iter("page")
        for t in page.iter("text")
    ]

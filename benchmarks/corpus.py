"""Generate raw documents for benchmarks from the sample's paragraphs, headings and glossary,
with the same artefacts (column-break splits, repeats, half-width punctuation)."""

from __future__ import annotations

import random
from pathlib import Path

from triptych.normalise import ImportOptions, normalise
from triptych.writers.text import write as plain_text

__all__ = ["clean_markdown", "corpus", "raw_document"]

_NUMERALS = "一二三四五六七八九十"


def _parts(sample: str) -> tuple[str, list[str], list[str], list[str]]:
    result = normalise(sample, ImportOptions(source="sample.txt"))
    lines = plain_text(result.document).split("\n\n")
    doc = result.document
    paragraphs = [ln for ln in lines[1:] if ln and not ln.startswith("（")]
    headings = [b.text for b in doc.blocks if hasattr(b, "level")]
    glossary = [ln for ln in lines if "（P" in ln]
    return doc.meta.title, paragraphs, headings, glossary


def _half_width(text: str) -> str:
    return text.replace("，", ",").replace("；", ";").replace("（", "(").replace("）", ")")


def raw_document(sample: str, target_chars: int, seed: int) -> str:
    """A raw report of about ``target_chars`` characters: numbered sections of the sample's
    paragraphs (each made unique), some split mid-sentence, some repeated, half-width
    punctuation, and a glossary at the end."""
    rng = random.Random(seed)
    title, paragraphs, headings, glossary = _parts(sample)
    out = [title, ""]
    size, section = 0, 0
    while size < target_chars:
        section += 1
        number = _NUMERALS[(section - 1) % 10] * (1 + (section - 1) // 10)
        out += [f"({number}){rng.choice(headings)}", ""]
        for _ in range(rng.randint(2, 5)):
            text = f"{rng.choice(paragraphs)[:-1]}（第{seed}-{section}-{size}号）。"
            text = _half_width(text)
            if rng.random() < 0.1:
                cut = rng.randint(5, len(text) - 5)
                out += [text[:cut], "", text[cut:], ""]
            else:
                out += [text, ""]
            if rng.random() < 0.05:
                out += [text, ""]
            size += len(text)
    out += [_half_width(g) for g in glossary for _ in (0,)]
    return "\n\n".join(x for x in out if x) + "\n"


def corpus(sample: str, folder: Path, count: int, chars: int) -> list[Path]:
    """Write ``count`` raw documents of about ``chars`` characters into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(count):
        path = folder / f"report-{n:03d}.raw.txt"
        path.write_text(raw_document(sample, chars, seed=n), encoding="utf-8")
        paths.append(path)
    return paths


def clean_markdown(doc_text: str) -> str:
    """Plain Markdown of an already-clean document, as a pandoc user would start from."""
    blocks = doc_text.split("\n\n")
    md = [f"% {blocks[0]}", ""]
    for block in blocks[1:]:
        md.append(f"## {block}" if block.startswith("（") and len(block) < 60 else block)
        md.append("")
    return "\n".join(md)

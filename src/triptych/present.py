"""Diagnostics for people: compiler style, the offending line shown, grouped by file, no
repeats, colour on a terminal, and a summary."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path

from .diagnostics import Diagnostic, Severity

__all__ = ["render"]

_COLOURS = {
    Severity.ERROR: "\033[1;31m",
    Severity.WARNING: "\033[1;33m",
    Severity.INFO: "\033[1;36m",
}
_BOLD, _DIM, _RESET = "\033[1m", "\033[2m", "\033[0m"


@cache
def _lines(path: str, encoding: str = "utf-8-sig") -> tuple[str, ...]:
    """The lines of ``path``; none when it cannot be read in ``encoding`` (a line shown in the
    wrong encoding would be noise, not help)."""
    try:
        return tuple(Path(path).read_bytes().decode(encoding).splitlines())
    except (OSError, UnicodeDecodeError, LookupError):
        return ()


def _excerpt(d: Diagnostic, colour: bool, encoding: str) -> list[str]:
    lines = _lines(d.source, encoding) if d.source and d.line else ()
    if not 0 < d.line <= len(lines):
        return []
    text = lines[d.line - 1]
    shown = text if len(text) <= 120 else text[:117] + "…"
    gutter = f"{d.line:>5} | "
    out = [f"{_DIM if colour else ''}{gutter}{_RESET if colour else ''}{shown}"]
    if d.column and d.column <= len(shown) + 1:
        width = sum(2 if ord(c) > 0x2E7F else 1 for c in shown[: d.column - 1])
        out.append(" " * (len(gutter) + width) + "^")
    return out


def render(
    diagnostics: Iterable[Diagnostic],
    *,
    colour: bool = False,
    encodings: Mapping[str, str] | None = None,
) -> str:
    """All diagnostics as text: grouped by file in first-seen order, each once. A file's
    offending lines are read as UTF-8, or in the encoding ``encodings`` names for it."""
    unique = list(dict.fromkeys(diagnostics))
    by_file: dict[str, list[Diagnostic]] = {}
    for d in unique:
        by_file.setdefault(d.source, []).append(d)
    out: list[str] = []
    for group in by_file.values():
        for d in sorted(group, key=lambda x: (x.line, x.column)):
            head = str(d)
            if colour:
                label = d.severity.name.lower()
                head = head.replace(f"{label}[", f"{_COLOURS[d.severity]}{label}{_RESET}[", 1)
                head = f"{_BOLD}{head.split(':', 1)[0]}{_RESET}:{head.split(':', 1)[1]}"
            out.append(head)
            out.extend(_excerpt(d, colour, (encodings or {}).get(d.source, "utf-8-sig")))
    counts = {s: sum(1 for d in unique if d.severity is s) for s in Severity}
    if unique:
        out.append(
            f"{counts[Severity.ERROR]} error(s), {counts[Severity.WARNING]} warning(s), "
            f"{counts[Severity.INFO]} note(s)"
        )
    return "\n".join(out)

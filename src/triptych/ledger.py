"""The ledger: every repair the normaliser made, with its pass, source line, before and after."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass

__all__ = ["Ledger", "LedgerEntry"]


@dataclass(frozen=True, slots=True)
class LedgerEntry:
    """One repair. ``before`` and ``after`` are exact, so characters can be accounted for."""

    pass_name: str
    """The normaliser pass that made the change."""
    action: str
    """What was done, as a short kebab-case verb phrase (``"remove-duplicate"``)."""
    line: int
    """1-based line of the raw input where the change applies (0 for the whole input)."""
    before: str
    """The text as it was."""
    after: str
    """The text as it became (``""`` for a removal)."""
    note: str = ""
    """Why, in a sentence, where the action alone does not say."""


class Ledger:
    """An append-only list of ``LedgerEntry``."""

    def __init__(self, entries: Iterable[LedgerEntry] = ()) -> None:
        self.entries: list[LedgerEntry] = list(entries)

    def record(
        self, pass_name: str, action: str, line: int, before: str, after: str, note: str = ""
    ) -> None:
        """Append one entry."""
        self.entries.append(LedgerEntry(pass_name, action, line, before, after, note))

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self.entries)

    def counts(self) -> Counter[tuple[str, str]]:
        """How many entries each (pass, action) pair has."""
        return Counter((e.pass_name, e.action) for e in self.entries)

    def removed_chars(self) -> Counter[str]:
        """Non-whitespace characters the ledger says went out, less those it says came in."""
        out: Counter[str] = Counter()
        for e in self.entries:
            out.update(e.before)
            out.subtract(e.after)
        for char in [c for c in out if c.isspace()]:
            del out[char]
        return out

    def to_json(self) -> str:
        """The full ledger as JSON: ``{"version": 1, "entries": [...]}``, stable key order."""
        payload = {"version": 1, "entries": [asdict(e) for e in self.entries]}
        return json.dumps(payload, ensure_ascii=False, indent=1) + "\n"

    def to_text(self) -> str:
        """The full ledger as readable text, one entry a paragraph, with a summary first."""
        lines = ["triptych ledger", ""]
        for (pass_name, action), n in sorted(self.counts().items()):
            lines.append(f"  {n:5d}  {pass_name}: {action}")
        lines.append("")
        for e in self.entries:
            where = f"line {e.line}" if e.line else "whole input"
            lines.append(
                f"[{e.pass_name}] {e.action} at {where}" + (f": {e.note}" if e.note else "")
            )
            lines.append(f"  - {_show(e.before)}")
            lines.append(f"  + {_show(e.after)}")
        return "\n".join(lines) + "\n"


def _show(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)

"""Fidelity of the normaliser over the layout fixtures: the share of expectations that hold.

Each fixture in ``tests/fixtures/layouts/`` says what an editor expects of its import (see
``tests/layouts.py``); this prints, per kind of expectation (headings, entries, links, chrome
removed, text kept once, splits rejoined …) and per class of layout, how many hold.

    python benchmarks/fidelity.py [--heldout] [--failures] [CASE ...]

``tests/fixtures/layouts/`` holds the layouts the tests require; ``tests/fixtures/heldout/``
holds layouts written without reading the normaliser, kept out of its tuning, whose score is the
measure of documents it has never seen.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from layouts import HELDOUT, KINDS, Check, cases, check_case, expectations, failures


def score(selected: list[str]) -> dict[str, dict[str, list[Check]]]:
    """The checks of each case, grouped by the case's class and then by kind."""
    grouped: dict[str, dict[str, list[Check]]] = defaultdict(lambda: defaultdict(list))
    for case in selected:
        klass = expectations(case)["class"]
        for check in check_case(case):
            grouped[klass][check.kind].append(check)
    return grouped


def share(checks: list[Check]) -> str:
    held = sum(c.ok for c in checks)
    return f"{held / len(checks):.2f} ({held}/{len(checks)})" if checks else "-"


def table(selected: list[str]) -> list[str]:
    """Markdown rows: one per kind of expectation, one column per class, and the overall score."""
    grouped = score(selected)
    classes = sorted(grouped)
    rows = [
        "| expectation | " + " | ".join(classes) + " | all |",
        "| --- |" + " --- |" * (len(classes) + 1),
    ]
    for kind in KINDS:
        per = [grouped[k].get(kind, []) for k in classes]
        every = [c for checks in per for c in checks]
        if every:
            rows.append(f"| {kind} | " + " | ".join(share(c) for c in per) + f" | {share(every)} |")
    totals = [[c for checks in grouped[k].values() for c in checks] for k in classes]
    every = [c for checks in totals for c in checks]
    rows.append("| **all** | " + " | ".join(share(c) for c in totals) + f" | {share(every)} |")
    mean = sum(sum(c.ok for c in t) / len(t) for t in totals if t) / max(1, len(totals))
    rows.append("")
    rows.append(
        f"Mean fidelity over the {len(classes)} classes ({len(selected)} fixtures): {mean:.2f}"
    )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cases", nargs="*", help="fixtures to score (default: all)")
    parser.add_argument(
        "--heldout", action="store_true", help="score the held-out fixtures instead"
    )
    parser.add_argument("--failures", action="store_true", help="list every check that fails")
    args = parser.parse_args()
    selected = args.cases or (cases(HELDOUT) if args.heldout else cases())
    print("\n".join(table(selected)))
    if args.failures:
        for case in selected:
            failed = failures(check_case(case))
            if failed:
                print(f"\n{case}:\n{failed}")


if __name__ == "__main__":
    main()

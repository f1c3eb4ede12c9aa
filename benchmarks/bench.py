"""triptych against pandoc, measured in one run: medians of several runs and peak memory.
Writes benchmarks/RESULTS.md. Run with `nox -s bench` (or `python benchmarks/bench.py`)."""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from corpus import clean_markdown, corpus, raw_document

from triptych.normalise import ImportOptions, normalise
from triptych.writers.text import write as plain_text

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "content" / "hengyang-2021-work-report" / "source.raw.txt"
ENV = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000"}


@dataclass
class Measure:
    """Wall time and peak resident memory of one run of some processes."""

    seconds: float
    peak_mib: float


def run_processes(commands: list[list[str]], cwd: Path) -> Measure:
    """Run ``commands`` one after another; wall time in all, and the largest peak RSS."""
    started = time.perf_counter()
    peak = 0
    for command in commands:
        proc = subprocess.Popen(
            command, cwd=cwd, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
        )
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0:
            err = proc.stderr.read().decode() if proc.stderr else ""
            raise RuntimeError(f"{command[:3]} failed: {err[-800:]}")
        peak = max(peak, usage.ru_maxrss)
    return Measure(time.perf_counter() - started, peak / 1024)


def median(runs: int, once: Callable[[], Measure]) -> Measure:
    found = [once() for _ in range(runs)]
    return Measure(statistics.median(m.seconds for m in found), max(m.peak_mib for m in found))


def pandoc() -> str:
    import pypandoc

    return str(pypandoc.get_pandoc_path())


def pandoc_commands(md: Path, out: Path) -> list[list[str]]:
    exe = pandoc()
    stem = out / md.stem
    return [
        [exe, str(md), "-s", "-o", f"{stem}.html"],
        [exe, str(md), "-o", f"{stem}.epub"],
        [exe, str(md), "--pdf-engine=weasyprint", "-o", f"{stem}.pdf"],
    ]


def triptych_sample_command(raw: Path, project: Path) -> list[str]:
    """Raw text to every edition in one cold process."""
    code = (
        "import sys; from pathlib import Path; import triptych;"
        "triptych.import_text(Path(sys.argv[1]), Path(sys.argv[2]) / 'content', force=True);"
        "r = triptych.build(Path(sys.argv[2]));"
        "sys.exit(1 if r.failed else 0)"
    )
    return [sys.executable, "-c", code, str(raw), str(project)]


def case_sample(runs: int, work: Path) -> list[str]:
    project = work / "sample"
    project.mkdir()
    clean = normalise(SAMPLE.read_bytes(), ImportOptions(source="s.txt"))
    md = work / "sample.md"
    md.write_text(clean_markdown(plain_text(clean.document)), encoding="utf-8")
    ours = median(runs, lambda: run_processes([triptych_sample_command(SAMPLE, project)], work))
    theirs = median(runs, lambda: run_processes(pandoc_commands(md, work), work))
    return [_row("sample report: raw text to HTML+EPUB+PDF, cold process", ours, theirs)]


def case_normaliser(sizes_mb: list[int]) -> list[str]:
    sample = SAMPLE.read_text(encoding="utf-8")
    rows = []
    base = None
    for mb in sizes_mb:
        text = raw_document(sample, mb * 1_000_000 // 3, seed=mb)
        data = text.encode()
        started = time.perf_counter()
        normalise(data, ImportOptions(source="big.txt"))
        took = time.perf_counter() - started
        rate = len(data) / 1e6 / took
        base = base or (took / len(data))
        growth = took / (base * len(data))
        rows.append(
            f"| normaliser, {len(data) / 1e6:.1f} MB raw text | {took:.2f} s "
            f"({rate:.2f} MB/s; time per byte {growth:.2f}x the smallest) | | |"
        )
    return rows


def case_corpus(count: int, chars: int, runs: int, work: Path) -> list[str]:
    sample = SAMPLE.read_text(encoding="utf-8")
    raw_dir = work / "raw"
    raws = corpus(sample, raw_dir, count, chars)
    project = work / "corpus"
    import triptych

    for raw in raws:
        triptych.import_text(raw, project / "content", force=True)
    mds = []
    for raw in raws:
        doc = normalise(raw.read_bytes(), ImportOptions(source=raw.name)).document
        md = work / "md" / f"{raw.name.split('.')[0]}.md"
        md.parent.mkdir(exist_ok=True)
        md.write_text(clean_markdown(plain_text(doc)), encoding="utf-8")
        mds.append(md)
    build = [sys.executable, "-m", "triptych", "build", "-q"]
    full = median(1, lambda: _fresh_build(project, build))
    pandoc_out = work / "pandoc"
    pandoc_out.mkdir()
    theirs = median(
        1, lambda: run_processes([c for md in mds for c in pandoc_commands(md, pandoc_out)], work)
    )
    noop = median(runs, lambda: run_processes([build], project))
    return [
        _row(f"{count}-document corpus, full build", full, theirs),
        _row(f"{count}-document corpus, rebuild with nothing changed", noop, None),
    ]


def _fresh_build(project: Path, build: list[str]) -> Measure:
    shutil.rmtree(project / "build", ignore_errors=True)
    return run_processes([build], project)


def _row(name: str, ours: Measure, theirs: Measure | None) -> str:
    if theirs is None:
        return f"| {name} | {ours.seconds:.2f} s, {ours.peak_mib:.0f} MiB | | |"
    ratio = ours.seconds / theirs.seconds
    return (
        f"| {name} | {ours.seconds:.2f} s, {ours.peak_mib:.0f} MiB | "
        f"{theirs.seconds:.2f} s, {theirs.peak_mib:.0f} MiB | {ratio:.2f} |"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--corpus", type=int, default=100, help="documents in the corpus")
    parser.add_argument("--corpus-chars", type=int, default=8000)
    parser.add_argument("--normaliser-mb", type=int, nargs="*", default=[1, 10, 50])
    parser.add_argument("--only", choices=["sample", "normaliser", "corpus"], action="append")
    args = parser.parse_args()
    only = set(args.only or ["sample", "normaliser", "corpus"])
    rows: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        if "sample" in only:
            rows += case_sample(args.runs, work)
        if "normaliser" in only:
            rows += case_normaliser(args.normaliser_mb)
        if "corpus" in only:
            rows += case_corpus(args.corpus, args.corpus_chars, args.runs, work)
    command = "nox -s bench -- " + " ".join(sys.argv[1:])
    report = "\n".join(
        [
            "# Benchmarks",
            "",
            f"Produced by `{command.strip()}` on {platform.machine()} with {os.cpu_count()} cores, "
            f"Python {platform.python_version()}. Medians of {args.runs} runs where repeated; "
            "peak memory is the largest resident set of any process in the case. Ratio = "
            "triptych time / pandoc time (below 1.0: triptych is faster).",
            "",
            "| case | triptych | pandoc | ratio |",
            "| --- | --- | --- | --- |",
            *rows,
            "",
        ]
    )
    (ROOT / "benchmarks" / "RESULTS.md").write_text(report, encoding="utf-8")
    print(report)


if __name__ == "__main__":
    main()

"""triptych against pandoc, measured in one run: medians of several runs and peak memory.
Writes benchmarks/RESULTS.md. Run with `nox -s bench` (or `python benchmarks/bench.py`)."""

from __future__ import annotations

import argparse
import itertools
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from corpus import clean_markdown, corpus, raw_document
from fidelity import table as fidelity_table

from layouts import HELDOUT
from layouts import cases as layout_cases
from triptych.normalise import ImportOptions, normalise
from triptych.writers.text import write as plain_text

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "content" / "hengyang-2021-work-report" / "source.raw.txt"
# pandoc runs the weasyprint command: the one installed beside this Python
ENV = {
    **os.environ,
    "SOURCE_DATE_EPOCH": "1700000000",
    "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
}
CASES = ("sample", "pdf", "normaliser", "corpus", "large", "fidelity")


@dataclass
class Measure:
    """Wall time and peak resident memory of one run of some processes."""

    seconds: float
    peak_mib: float


def run_processes(commands: list[list[str]], cwd: Path) -> Measure:
    """Run ``commands`` one after another: wall time in all, and the largest peak RSS."""
    started = time.perf_counter()
    peak = 0
    with tempfile.NamedTemporaryFile("r") as report:
        for command in commands:
            # GNU time reports the peak of the command and of the workers it waited for; a
            # child forked straight from this (large) process would report this one's peak
            wrapped = ["/usr/bin/time", "-f", "%M", "-o", report.name, *command]
            run = subprocess.run(
                wrapped,
                cwd=cwd,
                env=ENV,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                check=False,
            )
            if run.returncode != 0:
                raise RuntimeError(f"{command[:3]} failed: {run.stderr.decode()[-800:]}")
            report.seek(0)
            peak = max(peak, int(report.read().split()[-1]))
    return Measure(time.perf_counter() - started, peak / 1024)


def _summary(found: list[Measure]) -> Measure:
    return Measure(statistics.median(m.seconds for m in found), max(m.peak_mib for m in found))


def median(runs: int, once: Callable[[], Measure]) -> Measure:
    return _summary([once() for _ in range(runs)])


def interleaved(
    runs: int, ours: Callable[[], Measure], theirs: Callable[[], Measure]
) -> tuple[Measure, Measure]:
    """Medians of ``runs`` runs of each, taken in turns, so that both meet the machine in the
    same state (a shared machine's speed drifts over minutes)."""
    a, b = [], []
    for _ in range(runs):
        a.append(ours())
        b.append(theirs())
    return _summary(a), _summary(b)


def pandoc_commands(md: Path, out: Path) -> list[list[str]]:
    import pypandoc

    exe = str(pypandoc.get_pandoc_path())
    stem = out / md.stem
    return [
        [exe, str(md), "-s", "-o", f"{stem}.html"],
        [exe, str(md), "-o", f"{stem}.epub"],
        [exe, str(md), "--pdf-engine=weasyprint", "-o", f"{stem}.pdf"],
    ]


def triptych_command(raw: Path, project: Path) -> list[str]:
    """Raw text to every edition in one cold process."""
    code = (
        "import sys; from pathlib import Path; import triptych;"
        "triptych.import_text(Path(sys.argv[1]), Path(sys.argv[2]) / 'content', force=True);"
        "r = triptych.build(Path(sys.argv[2]));"
        "sys.exit(1 if r.failed else 0)"
    )
    return [sys.executable, "-c", code, str(raw), str(project)]


def clean_md(raw: Path, target: Path) -> Path:
    """The document already cleaned, as Markdown a pandoc user would start from."""
    doc = normalise(raw.read_bytes(), ImportOptions(source=raw.name)).document
    target.write_text(clean_markdown(plain_text(doc)), encoding="utf-8")
    return target


def case_sample(runs: int, work: Path) -> list[str]:
    md = clean_md(SAMPLE, work / "sample.md")
    counter = itertools.count()

    def fresh() -> Measure:  # a new project each run: nothing cached
        project = work / f"sample-{next(counter)}"
        project.mkdir()
        return run_processes([triptych_command(SAMPLE, project)], work)

    ours, theirs = interleaved(runs, fresh, lambda: run_processes(pandoc_commands(md, work), work))
    return [_row("sample report: raw text to HTML+EPUB+PDF, cold process", ours, theirs)]


def case_pdf_overhead(runs: int) -> list[str]:
    """Our PDF step against WeasyPrint alone on the very same print HTML, in one process. Both
    run with triptych's adjustments to WeasyPrint (``triptych.editions.weasy``), which change
    no byte of the PDF: the ratio is the cost of what the PDF step adds (the font check, the
    glossary's second layout, Chinese justification)."""
    from weasyprint import HTML

    from triptych.editions import BuildContext, pdf, view_of
    from triptych.editions.pagestyle import print_files
    from triptych.sources import read_document

    doc = read_document(ROOT / "content" / "hengyang-2021-work-report" / "document.md")
    view = view_of(doc, "sample")
    with tempfile.TemporaryDirectory() as tmp:
        ctx = BuildContext(
            project=ROOT, out=Path(tmp), epoch=1700000000, site_title="t", site_lang="zh-CN"
        )
        template, stylesheet = print_files(())
        refs = {e.id: tuple(r.anchor for r in e.backrefs) for e in view.entries}
        html = pdf._print_html(view, ctx, stylesheet, refs, "all", {})
        base = template.parent.as_uri() + "/"

        def ours() -> float:
            started = time.perf_counter()
            pdf.build_pdf(view, ctx)
            return time.perf_counter() - started

        def alone() -> float:
            started = time.perf_counter()
            HTML(string=html, base_url=base).write_pdf(pdf_variant="pdf/ua-1")
            return time.perf_counter() - started

        ours(), alone()  # warm both: fonts and templates load once per process
        timed = [(ours(), alone()) for _ in range(runs)]  # in turns, as interleaved() does
        a = statistics.median(t[0] for t in timed)
        b = statistics.median(t[1] for t in timed)
    return [
        "| PDF step for the sample (warm), against WeasyPrint alone on the same print HTML, "
        "both with the adjustments of `triptych.editions.weasy` "
        f"| {a:.2f} s | {b:.2f} s (WeasyPrint alone) | {a / b:.2f} |"
    ]


_NORMALISE_TIMED = """
import sys, time
from pathlib import Path
from triptych.normalise import ImportOptions, normalise
normalise(Path(sys.argv[2]).read_bytes(), ImportOptions(source="warm.txt"))  # dictionaries load
data = Path(sys.argv[1]).read_bytes()
started = time.perf_counter()
normalise(data, ImportOptions(source="big.txt"))
print(time.perf_counter() - started)
"""


def case_normaliser(sizes_mb: list[int], runs: int, work: Path) -> list[str]:
    """Throughput of the normaliser alone, each run in a process of its own (as an import
    runs), after a small warm-up import that loads the pinyin dictionaries (about 0.3 s,
    once per process; the sample case above includes it). Medians of ``runs`` runs for
    inputs up to 10 MB."""
    sample = SAMPLE.read_text(encoding="utf-8")
    rows = []
    base = None
    for mb in sizes_mb:
        chars = mb * 1_000_000 // 3
        data = raw_document(sample, chars, seed=mb).encode()
        # the generator's size is approximate: scale until it lands near the size asked for
        for _ in range(4):
            if abs(len(data) - mb * 1_000_000) < mb * 30_000:
                break
            chars = int(chars * mb * 1_000_000 / len(data))
            data = raw_document(sample, chars, seed=mb).encode()
        raw = work / f"normaliser-{mb}.raw.txt"
        raw.write_bytes(data)

        def once(path: Path = raw) -> float:
            run = subprocess.run(
                [sys.executable, "-c", _NORMALISE_TIMED, str(path), str(SAMPLE)],
                capture_output=True,
                text=True,
                check=True,
            )
            return float(run.stdout.split()[-1])

        # the median of several runs, but of one for the largest inputs (they take long)
        took = statistics.median(once() for _ in range(runs if mb <= 10 else 1))
        base = base or (took / len(data))
        rows.append(
            f"| normaliser, {len(data) / 1e6:.1f} MB raw text | {took:.2f} s "
            f"({len(data) / 1e6 / took:.2f} MB/s; time per byte "
            f"{took / (base * len(data)):.2f}x the smallest input's) | | |"
        )
    return rows


def case_corpus(count: int, chars: int, runs: int, work: Path) -> list[str]:
    import triptych

    sample = SAMPLE.read_text(encoding="utf-8")
    raws = corpus(sample, work / "raw", count, chars)
    project = work / "corpus"
    for raw in raws:
        triptych.import_text(raw, project / "content", force=True)
    (work / "md").mkdir()
    mds = [clean_md(raw, work / "md" / f"{raw.name.split('.')[0]}.md") for raw in raws]
    build = [sys.executable, "-m", "triptych", "build", "-q"]
    full = run_processes([build], project)
    (work / "pandoc").mkdir()
    theirs = run_processes([c for md in mds for c in pandoc_commands(md, work / "pandoc")], work)
    noop = median(runs, lambda: run_processes([build], project))
    one = project / "content" / "report-000" / "document.md"

    def change_one() -> Measure:
        text = one.read_text(encoding="utf-8").replace("---\n\n", "---\n\n增补一段。\n\n", 1)
        one.write_text(text, encoding="utf-8")
        return run_processes([build], project)

    changed = median(runs, change_one)
    theme = project / "theme" / "html" / "assets"
    theme.mkdir(parents=True)
    (project / "triptych.toml").write_text('[build]\ntemplates = "theme"\n', encoding="utf-8")
    (theme / "site.css").write_text("/* a changed stylesheet */\n", encoding="utf-8")
    template = run_processes([build], project)
    return [
        _row(f"{count}-document corpus, full build (pandoc: 3 runs per document)", full, theirs),
        _row(f"{count}-document corpus, rebuild with nothing changed", noop, None),
        _row(f"{count}-document corpus, one document changed", changed, None),
        _row(
            f"{count}-document corpus, a template changed (every edition rebuilt)", template, None
        ),
    ]


def case_large(work: Path, sizes: list[int]) -> list[str]:
    """Long documents of a few sizes, up to a few hundred A4 pages: time and peak memory, and
    how the peak grows with the size of the document."""
    sample = SAMPLE.read_text(encoding="utf-8")
    rows, measured = [], []
    for chars in sorted(sizes):
        raw = work / f"large-{chars}.raw.txt"
        raw.write_text(raw_document(sample, chars, seed=7), encoding="utf-8")
        project = work / f"large-{chars}"
        project.mkdir()
        ours = run_processes([triptych_command(raw, project)], work)
        md = clean_md(raw, work / f"large-{chars}.md")
        theirs = run_processes(pandoc_commands(md, work), work)
        pages = _pdf_pages(project / "build" / "pdf" / f"large-{chars}.pdf")
        measured.append((chars, ours))
        rows.append(
            _row(f"one long document ({pages} PDF pages), raw text to all editions", ours, theirs)
        )
    if len(measured) > 1:
        (small, low), (big, high) = measured[0], measured[-1]
        rows.append(
            f"| peak memory, {big / small:.1f}x the text of the long document | "
            f"{high.peak_mib / low.peak_mib:.2f}x ({low.peak_mib:.0f} to {high.peak_mib:.0f} "
            f"MiB); time {high.seconds / low.seconds:.2f}x | | |"
        )
    return rows


def _pdf_pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=False)
    for line in info.stdout.splitlines():
        if line.startswith("Pages:"):
            return int(line.split()[1])
    return 0


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
    parser.add_argument(
        "--large-chars",
        type=int,
        nargs="*",
        default=[60_000, 240_000],
        help="sizes of the long documents, in characters",
    )
    parser.add_argument("--only", choices=CASES, action="append")
    parser.add_argument(
        "--output", type=Path, default=ROOT / "benchmarks" / "RESULTS.md", help="the report"
    )
    args = parser.parse_args()
    only = set(args.only or CASES)
    rows: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        if "sample" in only:
            rows += case_sample(args.runs, work)
        if "pdf" in only:
            rows += case_pdf_overhead(args.runs)
        if "normaliser" in only:
            rows += case_normaliser(args.normaliser_mb, args.runs, work)
        if "corpus" in only:
            rows += case_corpus(args.corpus, args.corpus_chars, args.runs, work)
        if "large" in only:
            rows += case_large(work, args.large_chars)
    fidelity: list[str] = []
    if "fidelity" in only:
        fidelity = [
            "",
            "## Normaliser fidelity",
            "",
            "The share of the layout fixtures' expectations "
            "(`tests/fixtures/layouts/*/expect.json`, written by hand) that the import meets, "
            "per kind of expectation and class of layout "
            "(`python benchmarks/fidelity.py --failures` lists what fails).",
            "",
            *fidelity_table(layout_cases()),
            "",
            "The held-out layouts (`tests/fixtures/heldout/`, written without reading the "
            "normaliser and kept out of its tuning) measure documents it has never seen:",
            "",
            *fidelity_table(layout_cases(HELDOUT)),
        ]
    command = "nox -s bench -- " + " ".join(sys.argv[1:])
    report = "\n".join(
        [
            "# Benchmarks",
            "",
            f"Produced by `{command.strip()}` on {platform.machine()} with {os.cpu_count()} "
            f"cores, Python {platform.python_version()}. Medians of {args.runs} runs where "
            "repeated; peak memory is the largest resident set of any process in the case "
            "(GNU time). Ratio = triptych time / pandoc time: below 1.0, triptych is faster. "
            "pandoc converts the same documents, already cleaned into Markdown, to HTML, EPUB "
            "and PDF (`--pdf-engine=weasyprint`), one process per edition.",
            "",
            "| case | triptych | pandoc | ratio |",
            "| --- | --- | --- | --- |",
            *rows,
            *fidelity,
            "",
        ]
    )
    args.output.write_text(report, encoding="utf-8")
    print(report)


if __name__ == "__main__":
    main()

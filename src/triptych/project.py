"""The library API behind the CLI: import raw text, read and convert sources, build a project."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from . import atomic
from .collector import fewer_collections
from .config import load_config
from .diagnostics import Reporter
from .errors import FrontMatterError, InputError, OutputError, TriptychError
from .folders import CONTENT, mixes_with_sources
from .lock import build_lock, clean_leftovers
from .model import Document, Heading, Paragraph, TermRef, query, slugify
from .normalise import ImportOptions, ImportResult, normalise
from .readers import format_of
from .sources import MAX_INPUT_BYTES, SLUG, SOURCE_NAMES, find_sources, read_bytes, read_document
from .writers import writer

if TYPE_CHECKING:
    from .builder import BuildReport

__all__ = [
    "MAX_INPUT_BYTES",
    "ImportOutcome",
    "build",
    "check",
    "convert",
    "find_sources",
    "import_text",
    "read_document",
    "repair_counts",
    "summary",
]

RAW_COPY = "source.raw.txt"


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    """What ``import_text`` wrote and found."""

    result: ImportResult
    directory: Path
    source: Path
    ledger_json: Path
    ledger_text: Path


def _slug_for(raw: Path, doc: Document, slug: str | None) -> str:
    if slug is not None:
        if not SLUG.fullmatch(slug):
            raise InputError(
                f"slug {slug!r} must be lowercase ASCII letters, digits and hyphens, "
                "starting with a letter or digit"
            )
        return slug
    stem = raw.name.split(".", 1)[0]
    return slugify(stem, max_length=80) or slugify(doc.meta.title, max_length=80) or "document"


def import_text(
    raw: Path,
    out_dir: Path = Path("content"),
    *,
    options: ImportOptions | None = None,
    slug: str | None = None,
    fmt: str = "markdown",
    force: bool = False,
    reporter: Reporter | None = None,
    progress: Callable[[str], None] | None = None,
) -> ImportOutcome:
    """Normalise the raw text at ``raw`` and write ``out_dir/<slug>/``: the canonical source
    (``document.md`` or ``document.xml``), the ledger (``ledger.json``, ``ledger.txt``) and a
    copy of the raw input (``source.raw.txt``).

    An existing source that differs is left alone unless ``force`` is true, since it may hold
    an editor's work. ``progress`` is told of each step of the normaliser as it starts.
    """
    raw = Path(raw)
    options = options or ImportOptions(source=raw.name)
    write = writer(fmt)
    data = read_bytes(raw)
    result = normalise(data, options, reporter, progress)
    directory = Path(out_dir) / _slug_for(raw, result.document, slug)
    source = directory / SOURCE_NAMES[fmt]
    text = write(result.document)
    _guard_overwrite(source, text, raw, force)
    for other_fmt, other in SOURCE_NAMES.items():
        if other_fmt != fmt and (directory / other).exists() and not force:
            raise OutputError(
                f"{directory / other} exists; a document has one source. Remove it or use --force",
            )
    atomic.write_text(source, text)
    ledger_json, ledger_text = directory / "ledger.json", directory / "ledger.txt"
    atomic.write_text(ledger_json, result.ledger.to_json())
    atomic.write_text(ledger_text, result.ledger.to_text())
    copy = directory / RAW_COPY
    if not copy.exists() or copy.resolve() != raw.resolve():
        atomic.write_bytes(copy, data)
    for other_fmt, other in SOURCE_NAMES.items():
        if other_fmt != fmt and force:
            (directory / other).unlink(missing_ok=True)
    return ImportOutcome(result, directory, source, ledger_json, ledger_text)


def _guard_overwrite(target: Path, text: str, raw: Path, force: bool) -> None:
    if target.exists() and target.resolve() == raw.resolve():
        raise OutputError("the output would overwrite the input", source=str(target))
    if target.exists() and not force and target.read_text(encoding="utf-8") != text:
        raise OutputError(
            "this source exists and differs from the new import; it may hold an editor's "
            "changes. Use --force to replace it, or -o to import elsewhere",
            source=str(target),
        )


def convert(src: Path, dst: Path, reporter: Reporter | None = None) -> Path:
    """Convert a canonical source between Markdown and XML (formats by extension)."""
    src, dst = Path(src), Path(dst)
    if dst.exists() and dst.resolve() == src.resolve():
        raise OutputError("the output is the input; name another file", source=str(dst))
    doc = read_document(src, reporter)
    atomic.write_text(dst, writer(format_of(dst))(doc))
    return dst


@fewer_collections()
def build(
    project: Path = Path(),
    out: Path | None = None,
    reporter: Reporter | None = None,
    editions: tuple[str, ...] | None = None,
    progress: Callable[[str], None] | None = None,
    documents: tuple[str, ...] | None = None,
) -> BuildReport:
    """Build every document under ``project/content`` into ``out`` (default ``project/build``):
    ``xml/<slug>.xml``, ``pdf/<slug>.pdf``, ``epub/<slug>.epub``, ``ledger/<slug>.*`` and the
    site in ``site/``. A document that fails is reported and the others are still built.
    ``progress`` is told of each edition as it is written, with its time.

    ``documents`` (slugs, or document folders) limits the build to those documents; the site
    still lists every document, offering the editions its last build made of the others."""
    from .editions.context import BuildContext, source_date_epoch
    from .editions.pagestyle import print_overrides

    project = Path(project)
    config = load_config(project)
    chosen = editions or config.editions
    out = Path(out) if out is not None else project / config.out
    if mixes_with_sources(project, out):
        raise OutputError(
            "this output folder would mix the outputs with the sources in "
            f"{project / CONTENT}; name a folder of its own, such as {project / 'build'}",
            source=str(out),
        )
    reporter = reporter or Reporter()
    sources = find_sources(project / CONTENT)
    only = _chosen_documents(sources, documents, project / CONTENT) if documents else None
    ctx = BuildContext(
        project=project,
        out=out,
        epoch=source_date_epoch([p for _, p in sources]),
        site_title=config.site_title,
        site_lang=config.site_lang,
        templates=(config.templates,) if config.templates else (),
        base_url=config.base_url,
        link_terms=config.link_terms,
        print_css=print_overrides(
            config.paper, config.body_font, config.heading_font, config.code_font
        ),
        body_font=config.body_font,
        heading_font=config.heading_font,
        code_font=config.code_font,
        reporter=reporter,
    )
    from .builder import run_build

    with build_lock(out):
        clean_leftovers(out)
        return run_build(sources, ctx, chosen, tell=progress or (lambda _message: None), only=only)


def _chosen_documents(
    sources: list[tuple[str, Path]], names: tuple[str, ...], content: Path
) -> frozenset[str]:
    """The slugs ``names`` stand for: a slug, or a path to a document folder or its source."""
    known = {slug for slug, _ in sources}
    chosen = set()
    for name in names:
        path = Path(name)
        if path.name in SOURCE_NAMES.values():
            path = path.parent
        slug = path.name
        if slug not in known:
            listed = ", ".join(sorted(known)[:10]) or "none"
            raise InputError(
                f"no document {name!r} under {content}; the documents are: {listed}",
                source=str(content),
            )
        chosen.add(slug)
    return frozenset(chosen)


def check(project: Path = Path(), reporter: Reporter | None = None) -> int:
    """Read and lint every source under ``project/content``; diagnostics go to ``reporter``.
    Returns how many documents were checked. A source that cannot be read is reported as an
    error diagnostic, and the others are still checked."""
    from .diagnostics import Code, Diagnostic
    from .lint import lint

    reporter = reporter or Reporter()
    sources = find_sources(Path(project) / CONTENT)
    for _, path in sources:
        try:
            doc = read_document(path, reporter)
        except TriptychError as err:
            code = (
                Code.FRONT_MATTER
                if isinstance(err, FrontMatterError)
                else Code.XML_INVALID
                if path.suffix == ".xml"
                else Code.MARKDOWN_SYNTAX
            )
            source = err.source or str(path)
            reporter.report(Diagnostic(code, err.message, source, err.line, err.column))
            continue
        for diagnostic in lint(doc):
            reporter.report(diagnostic)
    return len(sources)


def summary(doc: Document) -> dict[str, int]:
    """Counts a user wants to see after an import."""
    return {
        "headings": sum(1 for b in doc.blocks if isinstance(b, Heading)),
        "paragraphs": sum(1 for b in doc.blocks if isinstance(b, Paragraph)),
        "glossary entries": len(doc.glossary.entries),
        "term links": len(query(doc, lambda n: n if isinstance(n, TermRef) else None)),
    }


def repair_counts(result: ImportResult) -> Counter[str]:
    """How many repairs each action made."""
    return Counter(e.action for e in result.ledger)

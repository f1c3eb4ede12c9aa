"""Build a project: documents in parallel across cores, only the editions whose inputs changed,
then the site; outputs are the same whatever the order the workers finish in."""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field, replace
from pathlib import Path

from jinja2 import TemplateError

from . import atomic
from .collector import fewer_collections
from .diagnostics import Diagnostic, Reporter
from .editions import DOCUMENT_EDITIONS, BuildContext, SiteDocument, view_of
from .editions.html import StagedSite, discard_site, offered, publish_site, stage_site
from .editions.pagestyle import print_files, print_stylesheet
from .editions.templating import theme_path
from .errors import TriptychError
from .incremental import Manifest, digest_files, edition_key, file_hash, site_key
from .sources import read_document

__all__ = ["BuildReport", "run_build"]


@dataclass(slots=True)
class BuildReport:
    """What a build wrote, what it could reuse, and which documents failed."""

    written: list[Path] = field(default_factory=list)
    reused: list[Path] = field(default_factory=list)
    failed: dict[str, TriptychError] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class _Job:
    slug: str
    source: Path
    editions: tuple[str, ...]
    ctx: BuildContext


@dataclass(slots=True)
class _Done:
    slug: str
    made: dict[str, Path] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    error: TriptychError | None = None


@fewer_collections()
def _run(job: _Job) -> _Done:
    """Build one document's editions (in a worker process, or in this one)."""
    reporter = Reporter()
    ctx = replace(job.ctx, reporter=reporter)
    done = _Done(job.slug)
    try:
        view = view_of(read_document(job.source, reporter), job.slug, ctx.link_terms)
        for name in job.editions:
            started = time.perf_counter()
            done.made[name] = DOCUMENT_EDITIONS[name](view, ctx)
            done.seconds[name] = time.perf_counter() - started
    except TriptychError as err:
        done.error = err
    done.diagnostics = reporter.diagnostics
    return done


def _workers(jobs: int) -> int:
    return max(1, min(jobs, os.cpu_count() or 1))


def _execute(jobs: list[_Job], tell: Callable[[str], None]) -> list[_Done]:
    results: list[_Done] = []

    def finished(done: _Done) -> None:
        results.append(done)
        times = ", ".join(f"{k} {v:.2f} s" for k, v in done.seconds.items())
        state = f"failed: {done.error}" if done.error else times
        tell(f"[{len(results)}/{len(jobs)}] {done.slug}: {state}")

    workers = _workers(len(jobs))
    if workers == 1:
        for job in jobs:
            finished(_run(job))
    else:
        # spawn, not fork: the preview server has threads, and a fresh interpreter per worker
        # loads WeasyPrint and the fonts once for all the documents it builds
        context = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(workers, mp_context=context) as pool:
            for future in as_completed([pool.submit(_run, job) for job in jobs]):
                finished(future.result())
    return sorted(results, key=lambda d: d.slug)


def _print_fonts(ctx: BuildContext) -> tuple[str, ...]:
    """Every family the print stylesheet in use names, with the project's font settings."""
    try:
        sheet = print_stylesheet(ctx, print_files(ctx.templates)[1])
    except (OSError, TemplateError):
        return ()  # the PDF edition itself reports what is wrong
    return tuple(dict.fromkeys(name for names in sheet.families for name in names))


def _config_digest(ctx: BuildContext) -> str:
    config = ctx.project / "triptych.toml"
    raw = config.read_bytes() if config.exists() else b""
    return hashlib.sha256(raw + ctx.site_title.encode() + ctx.site_lang.encode()).hexdigest()


def run_build(
    sources: list[tuple[str, Path]],
    ctx: BuildContext,
    chosen: tuple[str, ...],
    tell: Callable[[str], None],
    only: frozenset[str] | None = None,
) -> BuildReport:
    """Build ``sources`` into ``ctx.out``, reusing every edition whose key is unchanged. With
    ``only``, the other documents are not built, and editions not ``chosen`` are not made: the
    site offers what was last made of them."""
    report = BuildReport()
    manifest = Manifest.load(ctx.out)
    templates = digest_files([theme_path(), *ctx.templates])
    config = _config_digest(ctx)
    fonts = _print_fonts(ctx) if "pdf" in chosen else ()
    editions = [e for e in chosen if e in DOCUMENT_EDITIONS]
    made: dict[str, dict[str, Path]] = {slug: {} for slug, _ in sources}
    digests = {slug: file_hash(path) for slug, path in sources}
    keys: dict[str, str] = {}
    jobs = []
    others = [e for e in DOCUMENT_EDITIONS if e not in editions]
    for slug, path in sources:
        if only is not None and slug not in only:
            made[slug] = manifest.made(slug, DOCUMENT_EDITIONS)
            continue
        made[slug] = manifest.made(slug, others)
        needed = []
        for name in editions:
            entry = f"{slug}/{name}"
            keys[entry] = edition_key(name, digests[slug], templates, config, fonts)
            hit = manifest.fresh(entry, keys[entry])
            if hit is None:
                needed.append(name)
            else:
                made[slug][name] = hit
                report.reused.append(hit)
        if needed:
            jobs.append(_Job(slug, path, tuple(needed), ctx))
    # the site's pages depend on the documents, not on the bytes of their PDF and EPUB: they
    # are written and indexed while the editions are made, and the files copied in after
    staged = _stage_early(sources, made, jobs, ctx) if "html" in chosen and jobs else None
    try:
        for done in _execute(jobs, tell):
            for diagnostic in done.diagnostics:
                ctx.reporter.report(diagnostic)
            if done.error is not None:
                report.failed[done.slug] = done.error
                for name in DOCUMENT_EDITIONS:
                    manifest.forget(f"{done.slug}/{name}")
                continue
            for name, output in done.made.items():
                manifest.record(f"{done.slug}/{name}", keys[f"{done.slug}/{name}"], output)
                made[done.slug][name] = output
                report.written.append(output)
        good = [(slug, path) for slug, path in sources if slug not in report.failed]
        for slug, path in good:
            if only is None or slug in only:
                report.written.extend(_copy_ledger(path.parent, ctx.out / "ledger", slug))
        if "html" in chosen and good:
            _site(good, made, digests, ctx, manifest, [templates, config], report, tell, staged)
    finally:
        # whatever stopped the build, the staged site goes (its Pagefind stopped) and what
        # was made is remembered, so the next build does not make it again
        if staged is not None:
            discard_site(staged)
        manifest.save()
    return report


def _site_items(
    sources: list[tuple[str, Path]], made: dict[str, dict[str, Path]], ctx: BuildContext
) -> tuple[list[SiteDocument], dict[str, TriptychError]]:
    items, failed = [], {}
    for slug, path in sources:
        try:  # a document left out of this build may have been broken since its last one
            view = view_of(read_document(path, Reporter()), slug, ctx.link_terms)
        except TriptychError as err:
            failed[slug] = err
            continue
        items.append(SiteDocument.of(view, made[slug]))
    return items, failed


def _stage_early(
    sources: list[tuple[str, Path]],
    made: dict[str, dict[str, Path]],
    jobs: list[_Job],
    ctx: BuildContext,
) -> StagedSite | None:
    """The site staged before ``jobs`` run, offering the files they are to make; None when a
    document cannot be read (the build reports it, and the site is made after the jobs)."""
    planned = {slug: dict(found) for slug, found in made.items()}
    for job in jobs:
        planned[job.slug].update({name: ctx.edition_file(name, job.slug) for name in job.editions})
    items, failed = _site_items(sources, planned, ctx)
    if failed:
        return None
    try:
        return stage_site(items, ctx)
    except (TriptychError, TemplateError, OSError):
        return None  # made again after the jobs, which reports what is wrong


def _offers(items: list[SiteDocument]) -> list[tuple[str, tuple[Path, ...]]]:
    return [(i.view.slug, tuple(d.source for d in i.downloads)) for i in items]


def _site(
    good: list[tuple[str, Path]],
    made: dict[str, dict[str, Path]],
    digests: dict[str, str],
    ctx: BuildContext,
    manifest: Manifest,
    parts: list[str],
    report: BuildReport,
    tell: Callable[[str], None],
    staged: StagedSite | None,
) -> None:
    for slug, _ in good:
        parts.append(f"{slug}:{digests[slug]}")
        outputs = sorted(made[slug].items())
        parts.extend(
            f"{name}:{manifest.output_hash(f'{slug}/{name}', out)}" for name, out in outputs
        )
    key = site_key(parts)
    hit = manifest.fresh("site", key)
    if hit is not None:  # run_build discards the staged site
        report.reused.append(hit)
        return
    started = time.perf_counter()
    wanted = [(slug, tuple(made[slug][k] for k in offered(made[slug]))) for slug, _ in good]
    if staged is None or _offers(staged.items) != wanted:
        if staged is not None:
            discard_site(staged)
        items, failed = _site_items(good, made, ctx)
        report.failed.update(failed)
        staged = stage_site(items, ctx)
    site = publish_site(staged, ctx)
    manifest.record("site", key, site)
    report.written.append(site)
    tell(
        f"site: {len(staged.items)} document(s) in {time.perf_counter() - started:.2f} s -> {site}"
    )


def _copy_ledger(folder: Path, target: Path, slug: str) -> list[Path]:
    written = []
    for suffix in ("json", "txt"):
        ledger = folder / f"ledger.{suffix}"
        dest = target / f"{slug}.{suffix}"
        if not ledger.exists():
            continue
        data = ledger.read_bytes()
        if not dest.exists() or dest.read_bytes() != data:
            atomic.write_bytes(dest, data)
            written.append(dest)
    return written

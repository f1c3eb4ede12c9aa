"""The HTML site: an index page, a page per document, assets and a Pagefind search index."""

from __future__ import annotations

import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from .. import __version__, atomic
from ..errors import BuildError
from .context import BuildContext
from .labels import labels_for
from .links import broken_links
from .swap import replace_dir
from .templating import copy_confined, render, theme_path
from .view import DocumentView

__all__ = ["Download", "SiteDocument", "build_site"]


@dataclass(frozen=True, slots=True)
class Download:
    """A file the site offers for a document (its PDF or EPUB)."""

    source: Path
    href: str
    label: str


@dataclass(frozen=True, slots=True)
class SiteDocument:
    """A document on the site with its downloads."""

    view: DocumentView
    downloads: tuple[Download, ...]

    @classmethod
    def of(cls, view: DocumentView, made: dict[str, Path]) -> SiteDocument:
        """The site entry for ``view``, offering whichever of its PDF and EPUB were built."""
        labels = view.labels
        offers = [("pdf", labels.download_pdf), ("epub", labels.download_epub)]
        downloads = tuple(
            Download(made[kind], f"{view.slug}.{kind}", label)
            for kind, label in offers
            if kind in made
        )
        return cls(view, downloads)


def _page_href(anchor: str) -> str:
    return f"#{anchor}"


def build_site(items: list[SiteDocument], ctx: BuildContext) -> Path:
    """Write the whole site into a fresh folder, index it, check its links, then put it in
    place of ``ctx.out/site`` in one step."""
    target = ctx.out / "site"
    staging = ctx.out / ".site.tmp"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    try:
        pages = _write_pages(items, ctx, staging)
        _copy_assets(staging, ctx.templates)
        _index(staging, ctx)
        problems = broken_links(staging, pages)
        if problems:
            raise BuildError(
                "the site has broken links: "
                + "; ".join(problems[:10])
                + (f" (and {len(problems) - 10} more)" if len(problems) > 10 else "")
            )
        replace_dir(staging, target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return target


def _common(ctx: BuildContext, root: str) -> dict[str, object]:
    return {
        "site_title": ctx.site_title,
        "version": __version__,
        "root": root,
        "build_date": ctx.timestamp.strftime("%Y-%m-%d"),
    }


def _write_pages(items: list[SiteDocument], ctx: BuildContext, staging: Path) -> list[Path]:
    pages = []
    for item in items:
        folder = staging / item.view.slug
        folder.mkdir(parents=True, exist_ok=True)
        for d in item.downloads:
            shutil.copyfile(d.source, folder / d.href)
        html = render(
            "html/document.html.j2",
            ctx.templates,
            {
                **_common(ctx, "../"),
                "lang": item.view.meta.lang,
                "labels": item.view.labels,
                "view": item.view,
                "downloads": item.downloads,
            },
            _page_href,
        )
        page = folder / "index.html"
        atomic.write_text(page, html)
        pages.append(page)
    index = staging / "index.html"
    atomic.write_text(
        index,
        render(
            "html/index.html.j2",
            ctx.templates,
            {
                **_common(ctx, ""),
                "lang": ctx.site_lang,
                "labels": labels_for(ctx.site_lang),
                "documents": items,
            },
            _page_href,
        ),
    )
    return [index, *pages]


def _copy_assets(staging: Path, user: tuple[Path, ...]) -> None:
    """The theme's assets, then each user folder's ``html/assets`` over them (last wins). A
    link leading outside the theme and the template folders fails the build: what it points
    at is never published."""
    copy_confined(theme_path() / "html" / "assets", staging / "assets", user)
    for folder in reversed(user):
        assets = folder / "html" / "assets"
        if assets.is_dir():
            copy_confined(assets, staging / "assets", user)


def _index(staging: Path, ctx: BuildContext) -> None:
    """Pagefind's extended build segments Chinese, so search works for it."""
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "pagefind",
            "--site",
            str(staging),
            "--output-subdir",
            "pagefind",
            "--silent",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    if run.returncode != 0:
        raise BuildError(f"Pagefind could not index the site: {run.stderr.strip()[-500:]}")

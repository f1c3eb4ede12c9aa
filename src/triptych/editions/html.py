"""The HTML site: an index page, a page per document, assets and a Pagefind search index; with
a public address (``[site] base_url``), canonical links and a sitemap too."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import quote

from lxml import etree

from .. import __version__, atomic
from ..errors import BuildError
from .context import BuildContext
from .labels import labels_for
from .links import broken_links
from .swap import replace_dir
from .templating import copy_confined, render, theme_path
from .view import DocumentView, with_link_terms

__all__ = ["SITEMAP", "SITEMAP_NS", "Download", "SiteDocument", "build_site", "page_url"]

SITEMAP = "sitemap.xml"
SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"


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


def page_url(ctx: BuildContext, page: str) -> str:
    """The public address of the site's ``page`` (``"slug/index.html"``); empty without a
    ``base_url``. Pages are named by their files, as the site's own links name them, so the
    address works on any web server."""
    return ctx.base_url + quote(page) if ctx.base_url else ""


def build_site(items: list[SiteDocument], ctx: BuildContext) -> Path:
    """Write the whole site into a fresh folder, index it, check its links, then put it in
    place of ``ctx.out/site`` in one step. Term links follow ``ctx.link_terms``."""
    target = ctx.out / "site"
    ctx.out.mkdir(parents=True, exist_ok=True)
    # a folder of this build's own: a Pagefind left running by a killed build writes into
    # that build's folder, never into this one (the next build removes both)
    staging = Path(tempfile.mkdtemp(prefix=".site.", suffix=".tmp", dir=ctx.out))
    staging.chmod(0o755)  # mkdtemp's folder is private; the published site is not
    items = [replace(i, view=with_link_terms(i.view, ctx.link_terms)) for i in items]
    try:
        pages = _write_pages(items, ctx, staging)
        if ctx.base_url:
            names = [p.relative_to(staging).as_posix() for p in pages]
            atomic.write_bytes(staging / SITEMAP, _sitemap(ctx, names))
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


def _common(ctx: BuildContext, root: str, page: str) -> dict[str, object]:
    return {
        "site_title": ctx.site_title,
        "version": __version__,
        "root": root,
        "build_date": ctx.timestamp.strftime("%Y-%m-%d"),
        "canonical": page_url(ctx, page),
    }


def _sitemap(ctx: BuildContext, pages: list[str]) -> bytes:
    """A sitemap (sitemaps.org 0.9) of ``pages``, sorted by address, each last changed at the
    build's clock."""
    urlset = etree.fromstring(f'<urlset xmlns="{SITEMAP_NS}"/>')
    for loc in sorted(page_url(ctx, page) for page in pages):
        url = etree.SubElement(urlset, f"{{{SITEMAP_NS}}}url")
        etree.SubElement(url, f"{{{SITEMAP_NS}}}loc").text = loc
        etree.SubElement(url, f"{{{SITEMAP_NS}}}lastmod").text = ctx.iso_time
    body: bytes = etree.tostring(urlset, encoding="UTF-8", pretty_print=True)
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + body


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
                **_common(ctx, "../", f"{item.view.slug}/index.html"),
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
                **_common(ctx, "", "index.html"),
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


def _pagefind() -> Path:
    """The extended Pagefind binary (PyPI ``pagefind[extended]``)."""
    try:
        from pagefind_bin_extended import get_executable  # type: ignore[import-untyped]

        path: Path = get_executable()
    except (ImportError, OSError):
        raise BuildError(
            "the site's search needs Pagefind's extended build; install it with "
            "'pip install \"pagefind[extended]\"'"
        ) from None
    return path


def _index(staging: Path, ctx: BuildContext) -> None:
    """Pagefind's extended build segments Chinese, so search works for it. Its binary is run
    directly: ``python -m pagefind`` would start another interpreter only to find it."""
    run = subprocess.run(
        [
            str(_pagefind()),
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

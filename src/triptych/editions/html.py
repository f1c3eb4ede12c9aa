"""The HTML site: an index page, a page per document, assets and a Pagefind search index; with
a public address (``[site] base_url``), canonical links and a sitemap too."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO
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

__all__ = [
    "SITEMAP",
    "SITEMAP_NS",
    "Download",
    "SiteDocument",
    "StagedSite",
    "build_site",
    "discard_site",
    "offered",
    "page_url",
    "publish_site",
    "stage_site",
]

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
        labels = {"pdf": view.labels.download_pdf, "epub": view.labels.download_epub}
        downloads = tuple(
            Download(made[kind], f"{view.slug}.{kind}", labels[kind]) for kind in offered(made)
        )
        return cls(view, downloads)


def offered(made: dict[str, Path]) -> tuple[str, ...]:
    """Which of the editions in ``made`` the site offers for download, in the order it lists
    them."""
    return tuple(kind for kind in ("pdf", "epub") if kind in made)


def _page_href(anchor: str) -> str:
    return f"#{anchor}"


def page_url(ctx: BuildContext, page: str) -> str:
    """The public address of the site's ``page`` (``"slug/index.html"``); empty without a
    ``base_url``. Pages are named by their files, as the site's own links name them, so the
    address works on any web server."""
    return ctx.base_url + quote(page) if ctx.base_url else ""


@dataclass(slots=True)
class StagedSite:
    """A site being made in a folder of its own: pages and assets written, its search index
    under way in a Pagefind process; downloads are copied in when it is published."""

    items: list[SiteDocument]
    staging: Path
    pages: list[Path]
    search: subprocess.Popen[bytes]
    search_errors: IO[bytes]


def stage_site(items: list[SiteDocument], ctx: BuildContext) -> StagedSite:
    """Write the site's pages and assets into a fresh folder of ``ctx.out`` and start indexing
    them. The downloads the items offer need not exist yet. Term links follow
    ``ctx.link_terms``.

    Finish with ``publish_site`` or ``discard_site`` from the same thread: on Linux the
    indexing process is ended when the thread that started it ends."""
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
        errors = tempfile.TemporaryFile()  # noqa: SIM115  # closed by discard_site
        try:
            search = _start_index(staging, errors)
        except BaseException:
            errors.close()
            raise
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return StagedSite(items, staging, pages, search, errors)


def publish_site(site: StagedSite, ctx: BuildContext) -> Path:
    """Copy in the downloads, finish the search index, check every link, then put the site in
    place of ``ctx.out/site`` in one step."""
    target = ctx.out / "site"
    try:
        for item in site.items:
            for d in item.downloads:
                shutil.copyfile(d.source, site.staging / item.view.slug / d.href)
        _finish_index(site)
        problems = broken_links(site.staging, site.pages)
        if problems:
            raise BuildError(
                "the site has broken links: "
                + "; ".join(problems[:10])
                + (f" (and {len(problems) - 10} more)" if len(problems) > 10 else "")
            )
        replace_dir(site.staging, target)
    finally:
        discard_site(site)
    return target


def discard_site(site: StagedSite) -> None:
    """Stop the site's indexing and remove what is left of its folder."""
    if site.search.poll() is None:
        site.search.kill()
        site.search.wait()
    site.search_errors.close()
    shutil.rmtree(site.staging, ignore_errors=True)


def build_site(items: list[SiteDocument], ctx: BuildContext) -> Path:
    """Write the whole site into a fresh folder, index it, check its links, then put it in
    place of ``ctx.out/site`` in one step. Term links follow ``ctx.link_terms``."""
    return publish_site(stage_site(items, ctx), ctx)


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


# Run first on Linux, in place of Pagefind until it starts it: Pagefind then gets SIGKILL when
# the build that started it dies. A killed build's Pagefind would otherwise go on writing into
# that build's staging folder after the next build has removed it.
_DIES_WITH_BUILD = """
import ctypes, os, sys
ctypes.CDLL(None).prctl(1, 9)  # PR_SET_PDEATHSIG, SIGKILL
if os.getppid() != int(sys.argv[1]):
    sys.exit("the build that started Pagefind has ended")
try:
    os.execv(sys.argv[2], sys.argv[2:])
except OSError as err:
    sys.exit(f"{sys.argv[2]} cannot be run: {err.strerror}")
"""


def _start_index(staging: Path, errors: IO[bytes]) -> subprocess.Popen[bytes]:
    """Start indexing the site. Pagefind's extended build segments Chinese, so search works
    for it. Its binary is run directly: ``python -m pagefind`` would start another
    interpreter only to find it. On Linux it dies with the build that started it."""
    command = [str(_pagefind()), "--site", str(staging), "--output-subdir", "pagefind", "--silent"]
    if sys.platform.startswith("linux"):
        guard = [sys.executable, "-I", "-S", "-c", _DIES_WITH_BUILD, str(os.getpid())]
        command = guard + command
    return subprocess.Popen(
        command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=errors
    )


def _finish_index(site: StagedSite) -> None:
    status = site.search.wait()
    if status != 0:
        site.search_errors.seek(0)
        message = site.search_errors.read().decode("utf-8", "replace").strip()[-500:]
        if not message:
            message = f"it was ended by signal {-status}" if status < 0 else f"exit {status}"
        raise BuildError(f"Pagefind could not index the site: {message}")

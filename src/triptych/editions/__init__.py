"""The editions rendered from the one model: canonical XML, print PDF, EPUB 3 and the HTML site."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from .context import BuildContext
from .html import Download, SiteDocument, build_site
from .view import DocumentView, view_of, with_link_terms
from .xml import build_xml

__all__ = [
    "DOCUMENT_EDITIONS",
    "BuildContext",
    "Download",
    "SiteDocument",
    "build_site",
    "view_of",
    "with_link_terms",
]

DocumentEdition = Callable[[DocumentView, BuildContext], Path]


def _pdf(view: DocumentView, ctx: BuildContext) -> Path:
    from .pdf import build_pdf  # WeasyPrint loads slowly: only when a PDF is wanted

    return build_pdf(view, ctx)


def _epub(view: DocumentView, ctx: BuildContext) -> Path:
    from .epub import build_epub

    return build_epub(view, ctx)


# Per-document editions, in build order; the site comes last, so it can offer the files.
DOCUMENT_EDITIONS: Mapping[str, DocumentEdition] = {"xml": build_xml, "pdf": _pdf, "epub": _epub}

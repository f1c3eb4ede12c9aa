"""The canonical XML edition: ``build/xml/<slug>.xml``, schema-checked."""

from __future__ import annotations

from pathlib import Path

from .. import atomic
from ..writers import xml
from .context import BuildContext
from .view import DocumentView

__all__ = ["build_xml"]


def build_xml(view: DocumentView, ctx: BuildContext) -> Path:
    """Write the document's canonical XML."""
    target = ctx.edition_file("xml", view.slug)
    atomic.write_text(target, xml.write(view.doc))
    return target

"""Check that every internal link and anchor of a built site resolves."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urlsplit

from lxml import html as lxml_html

__all__ = ["broken_links"]


def _strings(found: object) -> list[str]:
    """An XPath result of attribute values as strings."""
    return [str(v) for v in found] if isinstance(found, list) else []


def broken_links(root: Path, pages: list[Path]) -> list[str]:
    """``"page: href"`` for each link in ``pages`` whose file or fragment is missing under
    ``root``. Links with a scheme (``https:``) are not checked: they are not ours to keep."""
    ids: dict[Path, set[str]] = {}

    def anchors(page: Path) -> set[str]:
        if page not in ids:
            tree = lxml_html.fromstring(page.read_bytes())
            ids[page] = set(_strings(tree.xpath("//@id")))
        return ids[page]

    problems = []
    root = root.resolve()
    for page in (p.resolve() for p in pages):
        tree = lxml_html.fromstring(page.read_bytes())
        for href in _strings(tree.xpath("//a/@href | //link/@href | //script/@src")):
            parts = urlsplit(href)
            if parts.scheme or parts.netloc:
                continue
            target = (page.parent / unquote(parts.path)).resolve() if parts.path else page
            if root not in target.parents:
                problems.append(f"{page.relative_to(root)}: {href} leaves the site")
                continue
            if not target.exists():
                problems.append(f"{page.relative_to(root)}: {href} (no such file)")
                continue
            missing = parts.fragment and unquote(parts.fragment) not in anchors(target)
            if target.suffix == ".html" and missing:
                problems.append(f"{page.relative_to(root)}: {href} (no such anchor)")
    return problems

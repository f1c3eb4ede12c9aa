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
from collections import Counter
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


KILLS = 8
SLUG = "hengyang-2021-work-report"


def _is_leftover(name: str) -> bool:
    """A temporary file or staging folder (or something inside one) of an unfinished build."""
    return any(p.startswith(".") and p.endswith((".tmp", ".old")) for p in Path(name).parts)


def _outputs(tree: dict[str, bytes]) -> dict[str, bytes]:
    """The finished outputs of a build folder's ``_tree``: no cache, lock or leftovers."""
    return {k: v for k, v in tree.items() if not any(p.startswith(".") for p in Path(k).parts)}


def _site(outputs: dict[str, bytes]) -> dict[str, bytes]:
    return {k: v for k, v in outputs.items() if k.startswith("site/")}


def _leftovers_now(out: Path) -> set[Path]:
    """The temporary files and staging folders under ``out`` at this moment. The build is
    running, so a folder may vanish between being listed and being read: ``os.walk`` skips
    it, where ``Path.rglob`` would raise."""
    found: set[Path] = set()
    for folder, dirs, files in os.walk(out):
        found |= {Path(folder, name) for name in (*dirs, *files) if _is_leftover(name)}
    return found


def _kill_when_writing(run: subprocess.Popen[bytes], out: Path, nth: int) -> None:
    """Kill the build as soon as the ``nth`` temporary file or staging folder it makes is
    seen (or when it ends)."""
    writing: set[Path] = set()
    deadline = time.monotonic() + 60
    while run.poll() is None and time.monotonic() < deadline:
        writing |= _leftovers_now(out)
        if len(writing) >= nth:
            break
        time.sleep(0.001)
    run.send_signal(signal.SIGKILL)


@pytest.mark.slow
def test_killed_builds_leave_every_output_old_or_new_never_partial(tmp_path: Path) -> None:
    """Each round changes the source, so the build really rewrites the XML, PDF, EPUB and the
    site, and kills it: every other round at a random moment of the build, the others while it
    is writing. Every output is then the previous build's file or the new build's, byte for
    byte; the site is one whole or the other; the next build succeeds and leaves no
    temporary file."""
    project = _project(tmp_path)
    out = project / "build"
    source = project / "content" / SLUG / "document.md"
    original = source.read_text("utf-8")
    started = time.monotonic()
    first = _triptych("build", cwd=project)
    assert first.wait(timeout=180) == 0
    duration = time.monotonic() - started
    editions = {
        f"xml/{SLUG}.xml",
        f"pdf/{SLUG}.pdf",
        f"epub/{SLUG}.epub",
        f"site/{SLUG}/index.html",
    }
    assert editions <= set(_tree(out))
    rng = random.Random(20261128)
    seen: Counter[str] = Counter()
    for round_ in range(1, KILLS + 1):
        before = _outputs(_tree(out))
        revision = f"本文第 {round_} 次修订。\n\n::: glossary"
        source.write_text(original.replace("::: glossary", revision, 1), "utf-8")
        run = _triptych("build", cwd=project)
        if round_ % 2:
            time.sleep(rng.uniform(0.0, duration))
            run.send_signal(signal.SIGKILL)
        else:
            _kill_when_writing(run, out, rng.randint(1, 4))
        status = run.wait(timeout=60)
        killed = _tree(out)
        after = _outputs(killed)
        leftovers = sorted(k for k in killed if _is_leftover(k))
        # the next build finishes the work; its outputs are "the new files"
        started = time.monotonic()
        rebuilt = _triptych("build", cwd=project)
        _, err = rebuilt.communicate(timeout=180)
        assert rebuilt.returncode == 0, err.decode()
        duration = time.monotonic() - started  # the next random kill falls within a build
        tree = _tree(out)
        assert not [k for k in tree if _is_leftover(k)], "the next build left temporary files"
        new = _outputs(tree)
        for edition in editions:  # the round really rewrote every edition
            assert new[edition] != before[edition], edition
        for name, data in after.items():
            assert data in (before.get(name), new.get(name)), f"{name} is partial after a kill"
        lost = set(before) - set(after)
        assert not {k for k in lost if not k.startswith("site/")}, f"lost {lost}"
        # the site is the old one or the new one whole, or (between two renames) not there
        assert _site(after) in (_site(before), _site(new), {}), "the site is a mixture"
        changed = {k for k in after if after[k] != before.get(k)}
        if status == 0:
            seen["the build finished before the kill"] += 1
        elif leftovers:
            seen["mid-write (temporary files left)"] += 1
        elif changed:
            seen["between two outputs (some new, some old)"] += 1
        else:
            seen["before any output was written"] += 1
    print(f"\n{KILLS} kills: " + ", ".join(f"{n} {what}" for what, n in sorted(seen.items())))
    assert seen["mid-write (temporary files left)"] >= 1, seen


def test_a_failing_document_does_not_stop_the_others(tmp_path: Path) -> None:
    project = _project(tmp_path)
    broken = project / "content" / "broken"
    broken.mkdir()
    (broken / "document.md").write_text('---\ntriptych: 1\ntitle: "x"\n', "utf-8")
    run = _triptych("build", *FAST, cwd=project)
    _, err = run.communicate(timeout=120)
    assert run.returncode == 1
    assert (
        "failed broken: content/broken/document.md:1: error: the front matter opened here is "
        "never closed; add a line `---`"
    ) in err.decode()
    assert (project / "build" / "xml" / "hengyang-2021-work-report.xml").exists()
    assert (project / "build" / "site" / "hengyang-2021-work-report" / "index.html").exists()


def test_the_site_folder_is_readable_by_the_web_server(tmp_path: Path) -> None:
    """The site is staged in a private temporary folder; the published one is not private."""
    out = tmp_path / "build"
    report = build(ROOT, out, editions=("html",))
    assert not report.failed
    assert (out / "site").stat().st_mode & 0o777 == 0o755
    assert not list(out.glob(".site*"))


_STARTS_INDEX = """
import sys, tempfile, time
from pathlib import Path
from triptych.editions import html
html._pagefind = lambda: Path(sys.argv[1])
search = html._start_index(Path(sys.argv[2]), tempfile.TemporaryFile())
print(search.pid, flush=True)
time.sleep(120)
"""


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return False
    return state not in {"Z", "X"}  # a zombie has ended, whoever is to reap it


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux's")
def test_the_search_index_run_dies_with_a_killed_build(tmp_path: Path) -> None:
    """A killed build's Pagefind must not go on writing into its staging folder after the
    next build has removed it; here a stand-in that would run for a minute."""
    stand_in = tmp_path / "pagefind"
    stand_in.write_text("#!/bin/sh\nexec sleep 60\n", "utf-8")
    stand_in.chmod(0o755)
    build_ = subprocess.Popen(
        [sys.executable, "-c", _STARTS_INDEX, str(stand_in), str(tmp_path)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert build_.stdout is not None
    search = int(build_.stdout.readline())
    deadline = time.monotonic() + 10
    while not Path(f"/proc/{search}/cmdline").read_bytes().startswith(b"sleep"):
        assert time.monotonic() < deadline, "the stand-in never started"
        time.sleep(0.05)
    assert _running(search)
    build_.send_signal(signal.SIGKILL)
    build_.wait(timeout=10)
    deadline = time.monotonic() + 10
    while _running(search):
        assert time.monotonic() < deadline, "the index run outlived the build"
        time.sleep(0.05)

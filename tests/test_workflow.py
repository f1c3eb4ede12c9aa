"""The editor's workflow through the real entry point: new, check, serve with live rebuild."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from runner import triptych
from triptych.serve import Preview


def test_new_project_checks_and_builds(tmp_path: Path) -> None:
    assert triptych("new", "proj", "--title", "测试文件", cwd=tmp_path).returncode == 0
    project = tmp_path / "proj"
    check = triptych("check", "--strict", cwd=project)
    assert check.returncode == 0, check.stderr
    run = triptych("build", "--edition", "xml", "--edition", "html", cwd=project)
    assert run.returncode == 0, run.stderr
    page = (project / "build" / "site" / "example" / "index.html").read_text("utf-8")
    assert "碳达峰" in page
    assert triptych("new", "proj", cwd=tmp_path).returncode == 5  # never over a project


def test_check_reports_with_the_offending_line(tmp_path: Path) -> None:
    triptych("new", "proj", cwd=tmp_path)
    doc = tmp_path / "proj" / "content" / "example" / "document.md"
    text = doc.read_text("utf-8").replace('term="tan-da-feng"', 'term="tan-zhong-he"')
    doc.write_text(text, "utf-8")
    run = triptych("check", "--project", "proj", cwd=tmp_path)
    assert run.returncode == 0
    assert re.search(r"document\.md:12(:\d+)?: warning\[T003\]", run.stderr), run.stderr
    assert "   12 | " in run.stderr
    assert triptych("check", "--strict", "--project", "proj", cwd=tmp_path).returncode == 1


def _get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=10) as response:
        return str(response.read().decode("utf-8"))


def test_serve_rebuilds_when_a_source_changes(tmp_path: Path) -> None:
    triptych("new", "proj", cwd=tmp_path)
    project = tmp_path / "proj"
    command = ["serve", "--port", "0", "--edition", "html", "--edition", "xml"]
    server = subprocess.Popen(
        [sys.executable, "-m", "triptych", *command],
        cwd=project,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        assert server.stdout is not None
        line = ""
        deadline = time.monotonic() + 120
        while "serving" not in line and time.monotonic() < deadline:
            line = server.stdout.readline()
        found = re.search(r"at (http://127\.0\.0\.1:\d+/)", line)
        assert found, line
        url = found.group(1)
        page = _get(url + "example/index.html")
        assert "这是一个示例文件" in page
        assert "/__triptych/build" in page
        doc = project / "content" / "example" / "document.md"
        doc.write_text(
            doc.read_text("utf-8").replace("这是一个示例文件", "这是改过的文件"), "utf-8"
        )
        deadline = time.monotonic() + 60
        while "这是改过的文件" not in _get(url + "example/index.html"):
            assert time.monotonic() < deadline, "the page did not change after the source did"
            time.sleep(0.3)
        # the new site is in place before the rebuild returns and counts itself, so on a busy
        # machine the count may follow the page by a moment
        while _get(url + "__triptych/build") == "0":
            assert time.monotonic() < deadline, "the build count did not change after a rebuild"
            time.sleep(0.1)
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
    assert server.returncode == 0


def test_a_request_during_the_site_swap_waits_for_the_new_site(tmp_path: Path) -> None:
    """A rebuild replaces the site by two renames; a page asked for between them is served
    from the new site, never answered 404."""
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("<html><body>旧</body></html>", "utf-8")
    preview = Preview(site, [], lambda: None, port=0, log=lambda _line: None)
    server = threading.Thread(target=preview.httpd.serve_forever, daemon=True)
    server.start()
    try:
        preview.rebuilding.set()  # as serve_forever does around each rebuild
        aside = tmp_path / ".site.old"
        site.replace(aside)  # the first rename of a swap
        staged = tmp_path / ".site.new.tmp"
        staged.mkdir()
        (staged / "index.html").write_text("<html><body>新</body></html>", "utf-8")
        later = threading.Timer(0.3, lambda: staged.replace(site))  # the second, a bit later
        later.start()
        page = _get(preview.url + "index.html")
        later.join()
        assert "新" in page
        preview.rebuilding.clear()
        staged.mkdir()
        site.replace(staged)  # no site and no rebuild: answered at once, without waiting
        started = time.monotonic()
        with pytest.raises(urllib.error.HTTPError, match="404"):
            _get(preview.url + "index.html")
        assert time.monotonic() - started < 1.5
    finally:
        preview.httpd.shutdown()
        preview.httpd.server_close()

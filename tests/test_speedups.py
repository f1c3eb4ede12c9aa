"""What the build does to be fast must change nothing: WeasyPrint as triptych adjusts it writes
the very bytes WeasyPrint alone writes, the fontconfig library answers as fontconfig's own
commands do, and the collector's settings come back after a build."""

from __future__ import annotations

import gc
import io
import subprocess
import sys

import pikepdf
import pytest

from triptych.collector import fewer_collections
from triptych.editions.pagestyle import fontconfig_pattern
from triptych.fontconfig import coverage, match

# four faces (two families, regular and bold), two pages, links and a heading: every
# adjusted path runs (faces subset side by side, a file identifier, deferred font files)
PAGE = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>试排</title>
<meta name="dcterms.created" content="2021-01-01T00:00:00Z">
<meta name="dcterms.modified" content="2021-01-01T00:00:00Z">
<style>
  body { font-family: "Noto Serif CJK SC"; font-size: 12pt }
  h1 { font-family: "Noto Sans CJK SC"; font-weight: bold }
  .hei { font-family: "Noto Sans CJK SC" }
  .break { break-before: page }
</style></head>
<body><h1 id="top">一、总体要求</h1>
<p>坚持稳中求进工作总基调，<b>推动高质量发展</b>，<span class="hei">三医联动</span>改革 2021 年。</p>
<p class="break"><a href="#top">回到开头</a>：全面推进乡村振兴。</p>
</body></html>
"""

RENDER = """
import sys
{adjust}
from weasyprint import HTML
options = {{"pdf_variant": "pdf/ua-1", "pdf_identifier": True}} if sys.argv[1] == "ua" else {{}}
pdf = HTML(string=sys.stdin.read()).write_pdf(**options)
sys.stdout.buffer.write(pdf)
"""


def _render(adjust: str, variant: str) -> bytes:
    run = subprocess.run(
        [sys.executable, "-c", RENDER.format(adjust=adjust), variant],
        input=PAGE.encode(),
        capture_output=True,
        check=True,
        timeout=120,
    )
    return run.stdout


@pytest.mark.parametrize("variant", ["ua", "plain"])  # with a file identifier, and without
def test_adjusted_weasyprint_writes_the_same_bytes_as_weasyprint_alone(variant: str) -> None:
    alone = _render("", variant)
    adjusted = _render("import triptych.editions.weasy", variant)
    assert alone.startswith(b"%PDF-")
    assert adjusted == alone
    with pikepdf.open(io.BytesIO(adjusted)) as pdf:
        assert len(pdf.pages) == 2
        fonts = {
            str(font.BaseFont).split("+", 1)[-1]
            for page in pdf.pages
            for font in page.Resources.Font.values()
        }
        assert len(fonts) == 4, fonts  # the faces were subset side by side
        assert ("/ID" in pdf.trailer) == (variant == "ua")


def _fc(*args: str) -> str:
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


@pytest.mark.parametrize("pattern", ["Noto Serif CJK SC", "Noto Sans CJK SC:weight=bold"])
def test_fontconfig_in_process_answers_as_its_commands_do(pattern: str) -> None:
    font, covered = match(pattern)
    assert font.path == _fc("fc-match", "--format=%{file}", pattern)
    assert str(font.index) == (_fc("fc-match", "--format=%{index}", pattern) or "0")
    assert font.families[0] == _fc("fc-match", "--format=%{family[0]}", pattern)
    listed = _fc("fc-list", "--format=%{file}\t%{index}\t%{charset}\n", pattern.split(":")[0])
    charset = next(
        line.split("\t")[2]
        for line in listed.splitlines()
        if line.split("\t")[:2] == [font.path, str(font.index)]
    )
    expected: set[int] = set()
    for part in charset.split():
        first, _, last = part.partition("-")
        expected.update(range(int(first, 16), int(last or first, 16) + 1))
    assert covered == expected
    assert ord("衡") in covered and 0x13000 not in covered
    assert coverage(pattern) is covered


def test_a_family_fontconfig_does_not_have_is_answered_with_another() -> None:
    font, _ = match(fontconfig_pattern("No Such Family-Name, Really"))
    assert "No Such Family-Name, Really" not in font.families


def test_collector_settings_come_back_after_nested_use_and_errors() -> None:
    before = gc.get_threshold()
    frozen = gc.get_freeze_count()
    with pytest.raises(RuntimeError), fewer_collections():
        assert gc.get_threshold()[0] >= 100_000
        with fewer_collections():
            pass
        assert gc.get_threshold()[0] >= 100_000  # the inner use ended, the outer not
        raise RuntimeError
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == frozen


def test_the_collector_leaves_a_host_that_froze_or_collects_by_hand_as_it_is() -> None:
    before = gc.get_threshold()
    gc.freeze()  # as a server does before it forks
    try:
        frozen = gc.get_freeze_count()
        alive = [[] for _ in range(10_000)]  # would be frozen for good if the block froze
        with fewer_collections():
            assert gc.get_freeze_count() < frozen + len(alive)
        assert gc.get_freeze_count() < frozen + len(alive)
        gc.set_threshold(0)
        with fewer_collections():
            assert gc.get_threshold()[0] == 0  # the host collects by hand
        with fewer_collections():
            gc.set_threshold(5000, 10, 10)  # changed by the host inside the block: kept
        assert gc.get_threshold() == (5000, 10, 10)
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)

"""The command line, run as users run it: through the installed entry point in a subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest


def triptych(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "triptych", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def raw(tmp_path: Path, sample_bytes: bytes) -> Path:
    path = tmp_path / "hengyang-2021-work-report.raw.txt"
    path.write_bytes(sample_bytes)
    return path


def test_import_writes_source_ledger_and_raw_copy(tmp_path: Path, raw: Path) -> None:
    run = triptych("import", str(raw), cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    folder = tmp_path / "content" / "hengyang-2021-work-report"
    assert sorted(p.name for p in folder.iterdir()) == [
        "document.md",
        "ledger.json",
        "ledger.txt",
        "source.raw.txt",
    ]
    assert "imported '政府工作报告' (zh-CN)" in run.stdout
    assert "8 glossary entries" in run.stdout
    assert "warning[T004]" in run.stderr  # the four unused glossary terms
    ledger = json.loads((folder / "ledger.json").read_text(encoding="utf-8"))
    assert ledger["version"] == 1
    assert {e["pass_name"] for e in ledger["entries"]} >= {"chrome", "duplicates", "glossary"}
    assert (folder / "source.raw.txt").read_bytes() == raw.read_bytes()


def test_import_is_deterministic_and_refuses_to_clobber_edits(tmp_path: Path, raw: Path) -> None:
    assert triptych("import", str(raw), cwd=tmp_path).returncode == 0
    source = tmp_path / "content" / "hengyang-2021-work-report" / "document.md"
    first = source.read_bytes()
    assert triptych("import", str(raw), cwd=tmp_path).returncode == 0  # same result: fine
    assert source.read_bytes() == first
    edited = first.replace("政府工作报告".encode(), "衡阳市政府工作报告".encode(), 1)
    source.write_bytes(edited)
    run = triptych("import", str(raw), cwd=tmp_path)
    assert run.returncode == 5
    assert "--force" in run.stderr
    assert source.read_bytes() == edited
    assert triptych("import", str(raw), "--force", cwd=tmp_path).returncode == 0
    assert source.read_bytes() == first


def test_strict_turns_warnings_into_failure(tmp_path: Path, raw: Path) -> None:
    run = triptych("import", str(raw), "--strict", "--json", cwd=tmp_path)
    assert run.returncode == 1
    codes = {json.loads(line)["code"] for line in run.stderr.splitlines() if line.startswith("{")}
    assert {"T004", "T010"} <= codes


def test_convert_markdown_to_xml_and_back(tmp_path: Path, raw: Path) -> None:
    assert triptych("import", str(raw), cwd=tmp_path).returncode == 0
    md = tmp_path / "content" / "hengyang-2021-work-report" / "document.md"
    assert triptych("convert", str(md), "report.xml", cwd=tmp_path).returncode == 0
    assert triptych("convert", "report.xml", "again.md", cwd=tmp_path).returncode == 0
    assert (tmp_path / "again.md").read_bytes() == md.read_bytes()
    run = triptych("convert", str(md), str(md), cwd=tmp_path)
    assert run.returncode == 5


def test_build_writes_canonical_xml(tmp_path: Path, raw: Path) -> None:
    assert triptych("import", str(raw), cwd=tmp_path).returncode == 0
    run = triptych("build", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    xml = (tmp_path / "build" / "xml" / "hengyang-2021-work-report.xml").read_text("utf-8")
    assert "<title>政府工作报告</title>" in xml


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (None, "no such file"),
        (b"", "no text"),
        (b" \n\t\n\xe3\x80\x80\n", "no text"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG image"),
        (b"PK\x03\x04\x14\x00\x00\x00", "ZIP archive"),
        ("短文本".encode("gbk"), "--encoding gbk"),
    ],
)
def test_unreadable_input_is_a_clear_error(
    tmp_path: Path, content: bytes | None, expected: str
) -> None:
    path = tmp_path / "input.txt"
    if content is not None:
        path.write_bytes(content)
    run = triptych("import", str(path), cwd=tmp_path)
    assert run.returncode == 3
    assert expected in run.stderr
    assert str(path) in run.stderr
    assert not (tmp_path / "content").exists()


def test_directory_is_refused(tmp_path: Path) -> None:
    run = triptych("import", str(tmp_path), cwd=tmp_path)
    assert run.returncode == 3
    assert "directory" in run.stderr


def test_gbk_with_explicit_encoding(tmp_path: Path) -> None:
    text = "政府工作报告\n\n（一）总体要求。\n\n打造一流营商环境,持续优化服务。\n"
    path = tmp_path / "gbk.txt"
    path.write_bytes(text.replace("\n", "\r\n").encode("gbk"))
    run = triptych("import", str(path), "--encoding", "gbk", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    md = (tmp_path / "content" / "gbk" / "document.md").read_text("utf-8")
    assert "打造一流营商环境，持续优化服务。" in md


def test_invalid_characters_reported_with_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "ctl.txt"
    path.write_bytes("标题\n\n正文第一段\x07有控制字符。\n".encode())
    run = triptych("import", str(path), cwd=tmp_path)
    assert run.returncode == 0
    assert f"{path}:3:6: warning[T002]" in run.stderr
    refused = triptych("import", str(path), "--invalid-chars", "error", "-o", "x", cwd=tmp_path)
    assert refused.returncode == 3
    assert f"{path}:3:6" in refused.stderr


def test_help_lists_commands_with_examples(tmp_path: Path) -> None:
    run = triptych("--help", cwd=tmp_path)
    assert run.returncode == 0
    for command in ("import", "convert", "build"):
        assert command in run.stdout
    assert "exit codes" in run.stdout
    assert "example:" in triptych("import", "--help", cwd=tmp_path).stdout
    assert triptych("frobnicate", cwd=tmp_path).returncode == 2


SMALL_DOC = '---\ntriptych: 1\ntitle: "Small"\nlang: "en"\n---\n\nOne paragraph.\n'


def _small_project(root: Path) -> Path:
    (root / "content" / "small").mkdir(parents=True)
    (root / "content" / "small" / "document.md").write_text(SMALL_DOC, encoding="utf-8")
    return root


def _snapshot(root: Path) -> dict[str, bytes | None]:
    return {
        str(p.relative_to(root)): p.read_bytes() if p.is_file() else None
        for p in sorted(root.rglob("*"))
    }


@pytest.mark.parametrize("out", ["content", "content/small", ".", ".."])
def test_build_refuses_an_output_folder_among_the_sources(tmp_path: Path, out: str) -> None:
    project = _small_project(tmp_path / "project")
    before = _snapshot(tmp_path)
    run = triptych("build", "--out", out, cwd=project)
    assert run.returncode == 5, run.stderr
    assert (
        f"{out}: error: this output folder would mix the outputs with the sources in content; "
        "name a folder of its own, such as build"
    ) in run.stderr
    assert _snapshot(tmp_path) == before  # no lock file, no output, nothing cleaned


def test_the_api_refuses_an_output_folder_among_the_sources(tmp_path: Path) -> None:
    from triptych.errors import OutputError
    from triptych.project import build

    project = _small_project(tmp_path)
    before = _snapshot(tmp_path)
    with pytest.raises(OutputError, match="would mix the outputs with the sources"):
        build(project, project / "content" / "small" / "out", editions=("xml",))
    assert _snapshot(tmp_path) == before
    report = build(project, tmp_path / "elsewhere", editions=("xml",))  # a folder of its own
    assert (tmp_path / "elsewhere" / "xml" / "small.xml").exists()
    assert not report.failed


DUPLICATE_TERM_XML = """<?xml version="1.0" encoding="UTF-8"?>
<document xmlns="urn:triptych:document:1" version="1" xml:lang="zh-CN">
  <meta>
    <title>标题</title>
  </meta>
  <body>
    <p>推进<term ref="a">三医联动</term>。</p>
  </body>
  <glossary>
    <entry id="a"><term>三医联动</term><definition>一。</definition></entry>
    <entry id="b"><term>三医联动</term><definition>二。</definition></entry>
  </glossary>
</document>
"""


def test_check_reports_a_term_defined_twice_in_xml(tmp_path: Path) -> None:
    (tmp_path / "content" / "dup").mkdir(parents=True)
    (tmp_path / "content" / "dup" / "document.xml").write_text(DUPLICATE_TERM_XML, "utf-8")
    run = triptych("check", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert (
        'content/dup/document.xml:11: warning[T005]: glossary term "三医联动" is defined '
        "twice, on line 10 and line 11"
    ) in run.stderr
    assert triptych("check", "--strict", cwd=tmp_path).returncode == 1


# --- guessing an encoding -----------------------------------------------------------------

# 89 bytes in GBK, 8 of them outside ASCII; charset-normalizer takes them for cp949 (Korean)
MOSTLY_ASCII = (
    "The annual report of the city government describes 报告 and 政府 in detail for our team.\n"
)


def test_short_mostly_ascii_gbk_is_refused_not_guessed(tmp_path: Path) -> None:
    data = MOSTLY_ASCII.encode("gbk")
    assert len(data) == 89 and sum(b >= 0x80 for b in data) == 8
    path = tmp_path / "report.txt"
    path.write_bytes(data)
    run = triptych("import", str(path), cwd=tmp_path)
    assert run.returncode == 3, run.stderr
    offset = data.index(0xB1)  # the first byte of 报告, the first that is not UTF-8
    assert (
        f"{path}:1:{offset + 1}: error: the input is not valid UTF-8 at byte offset {offset} "
        "(line 1); if it is GBK or GB2312 pass --encoding gbk"
    ) in run.stderr
    assert "only 8 bytes are outside ASCII, too few to tell GBK from Big5" in run.stderr
    assert "T001" not in run.stderr
    assert not (tmp_path / "content").exists()
    explicit = triptych("import", str(path), "--encoding", "gbk", cwd=tmp_path)
    assert explicit.returncode == 0, explicit.stderr
    md = (tmp_path / "content" / "report" / "document.md").read_text("utf-8")
    assert "describes 报告 and 政府 in detail" in md


def test_gbk_that_reads_as_another_cjk_encoding_too_is_refused(
    tmp_path: Path, sample_bytes: bytes
) -> None:
    # the sample's first 100 characters in GBK read cleanly as EUC-JP too
    data = sample_bytes.decode("utf-8")[:100].encode("gbk")
    path = tmp_path / "start.txt"
    path.write_bytes(data)
    run = triptych("import", str(path), cwd=tmp_path)
    assert run.returncode == 3, run.stderr
    assert "byte offset 2 (line 3); if it is GBK or GB2312 pass --encoding gbk" in run.stderr
    assert "the bytes read cleanly as GB18030 (GBK) and as EUC-JP" in run.stderr
    assert not (tmp_path / "content").exists()


def test_long_gbk_without_encoding_is_decoded_as_gb18030_with_a_warning(
    tmp_path: Path, sample_bytes: bytes
) -> None:
    text = sample_bytes.decode("utf-8")
    path = tmp_path / "report.txt"
    path.write_bytes(text.encode("gbk"))
    run = triptych("import", str(path), cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert "warning[T001]: not UTF-8 (first bad byte at offset 2); decoded as gb18030" in (
        run.stderr
    )
    assert "pass --encoding gb18030 to make this explicit" in run.stderr
    md = (tmp_path / "content" / "report" / "document.md").read_text("utf-8")
    assert "政府工作报告" in md


# --- canonical sources that fail through `triptych build` --------------------------------------

FRONT = '---\ntriptych: 1\ntitle: "{title}"\nlang: "en"\n---\n\n'
BROKEN_SOURCES = {
    "good/document.md": FRONT.format(title="Good") + "A good paragraph.\n",
    "unknown/document.md": FRONT.format(title="Unknown")
    + 'This uses [a term]{term="nowhere"} here.\n',
    "anchor/document.md": FRONT.format(title="Anchor")
    + "# One {#same}\n\nText.\n\n# Two {#same}\n\nMore.\n",
    "front/document.md": '---\ntriptych: 1\ntitle: "Front"\nlang: "en"\n\nNo closing fence.\n',
    "schema/document.xml": (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<document xmlns="urn:triptych:document:1" version="1" xml:lang="en">\n'
        "  <meta>\n    <title>Schema</title>\n  </meta>\n"
        "  <body>\n    <p>Fine.</p>\n    <table>not allowed</table>\n  </body>\n"
        "</document>\n"
    ),
    "malformed/document.xml": (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<document xmlns="urn:triptych:document:1" version="1" xml:lang="en">\n'
        "  <meta>\n    <title>Malformed</title>\n  </meta>\n"
        "  <body>\n    <p>Unclosed <term ref='x'>term</p>\n  </body>\n"
        "</document>\n"
    ),
}


def test_source_errors_through_build_name_the_document_and_the_reason(tmp_path: Path) -> None:
    for name, text in BROKEN_SOURCES.items():
        path = tmp_path / "content" / name
        path.parent.mkdir(parents=True)
        path.write_text(text, encoding="utf-8")
    run = triptych("build", "--edition", "xml", "--edition", "html", cwd=tmp_path)
    assert run.returncode == 1, run.stderr
    for expected in (
        'failed anchor: content/anchor/document.md:11: error: anchor "same" is used twice, on '
        "line 7 and line 11; give each heading and glossary entry an id of its own",
        "failed front: content/front/document.md:1: error: the front matter opened here is "
        "never closed; add a line `---`",
        "failed schema: content/schema/document.xml:8: error: the document breaks the "
        "triptych XML schema (version 1): Did not expect element table there;",
        "failed malformed: content/malformed/document.xml:7:39: error: not well-formed XML: "
        "Opening and ending tag mismatch: term line 7 and p",
        # an unknown term reference is a warning: the document is built, the text kept
        'content/unknown/document.md:7: warning[T003]: term "a term" has no glossary entry '
        '(term="nowhere"); it is kept as plain text',
    ):
        assert expected in run.stderr
    assert "3 output(s) written, 0 up to date, 4 document(s) failed" in run.stdout  # 2 + site
    built = tmp_path / "build"
    assert sorted(p.name for p in (built / "xml").iterdir()) == ["good.xml", "unknown.xml"]
    site = sorted(p.name for p in (built / "site").iterdir() if p.is_dir())
    assert site == ["assets", "good", "pagefind", "unknown"]
    page = (built / "site" / "unknown" / "index.html").read_text("utf-8")
    assert "This uses a term here." in page
    strict = triptych("build", "--edition", "xml", "--strict", cwd=tmp_path)
    assert strict.returncode == 1


def test_convert_names_the_line_of_an_anchor_markdown_cannot_hold(tmp_path: Path) -> None:
    source = tmp_path / "report.xml"
    source.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<document xmlns="urn:triptych:document:1" version="1" xml:lang="en">\n'
        "  <meta>\n    <title>T</title>\n  </meta>\n"
        '  <body>\n    <h level="1" id="part.one">One</h>\n  </body>\n</document>\n',
        encoding="utf-8",
    )
    run = triptych("convert", "report.xml", "report.md", cwd=tmp_path)
    assert run.returncode == 4, run.stderr
    assert (
        'report.xml:7: error: anchor "part.one" cannot be written in the Markdown dialect'
    ) in run.stderr
    assert 'such as "part-one"' in run.stderr
    assert "Traceback" not in run.stderr
    assert not (tmp_path / "report.md").exists()

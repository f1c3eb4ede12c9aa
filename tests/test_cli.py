"""The command line, run as users run it: through the installed entry point in a subprocess."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from runner import triptych


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
    records = [json.loads(line) for line in run.stdout.splitlines()]
    codes = {r["code"] for r in records if "code" in r}
    assert {"T004", "T010"} <= codes
    assert records[-1]["summary"] == "import"
    assert records[-1]["exit"] == 1


def test_json_output_is_json_only_with_one_summary_last(tmp_path: Path, raw: Path) -> None:
    """Regression (issue 11): `check --json` printed `checked 1 document(s)` as plain text."""
    assert triptych("import", str(raw), cwd=tmp_path).returncode == 0
    run = triptych("check", "--json", cwd=tmp_path)
    records = [json.loads(line) for line in run.stdout.splitlines()]  # every line parses
    assert records, "no output"
    *diagnostics, summary = records
    assert all({"code", "severity", "line"} <= d.keys() for d in diagnostics)
    assert summary["summary"] == "check"
    assert summary["exit"] == run.returncode == 0
    assert summary["warnings"] == sum(d["severity"] == "warning" for d in diagnostics)
    assert summary["output"] == ["checked 1 document(s)"]
    assert "checked" not in run.stderr


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
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "this looks like a PDF file, not a text file"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "this looks like a JPEG image"),
        (b"GIF89a\x01\x00\x01\x00\x80\x00\x00", "this looks like a GIF image"),
        (b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03", "this looks like a gzip archive"),
        (b"\x7fELF\x02\x01\x01\x00" + bytes(8), "this looks like an executable"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "this looks like an old Microsoft Office file"),
        (b"text\x00with\x00many\x00nul\x00bytes\x00", "NUL byte at byte offset 4"),
        ("短文本".encode("gbk"), "not valid UTF-8 at byte offset 0 (line 1); if it is GBK"),
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


def test_big5_without_encoding_is_refused_as_it_reads_as_gbk_too(
    tmp_path: Path, sample_bytes: bytes
) -> None:
    path = tmp_path / "big5.txt"
    path.write_bytes(sample_bytes.decode("utf-8").encode("big5", errors="replace"))
    run = triptych("import", str(path), cwd=tmp_path)
    assert run.returncode == 3, run.stderr
    assert "if it is GBK or GB2312 pass --encoding gbk, otherwise name its encoding" in run.stderr
    assert "the bytes read cleanly as GB18030 (GBK) and as Big5" in run.stderr
    assert not (tmp_path / "content").exists()
    assert triptych("import", str(path), "--encoding", "big5", cwd=tmp_path).returncode == 0


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


# --- invalid UTF-8, and GB18030's four-byte sequences ------------------------------------------


def test_invalid_utf8_without_encoding_names_the_byte_offset(tmp_path: Path) -> None:
    data = b"Title\n\nA paragraph about the caf\xe9 on the corner.\n"
    offset = data.index(b"\xe9")
    path = tmp_path / "latin.txt"
    path.write_bytes(data)
    run = triptych("import", str(path), cwd=tmp_path)
    assert run.returncode == 3, run.stderr
    assert (
        f"{path}:3:26: error: the input is not valid UTF-8 at byte offset {offset} (line 3); "
        "if it is GBK or GB2312 pass --encoding gbk, otherwise name its encoding with "
        "--encoding (too short to detect the encoding safely)"
    ) in run.stderr
    assert not (tmp_path / "content").exists()
    latin = triptych("import", str(path), "--encoding", "latin-1", cwd=tmp_path)
    assert latin.returncode == 0, latin.stderr
    md = (tmp_path / "content" / "latin" / "document.md").read_text("utf-8")
    assert "A paragraph about the café on the corner." in md


def test_gb18030_four_byte_sequences_through_the_cli(tmp_path: Path) -> None:
    # CJK extension B and A characters and an emoji are four bytes each in GB18030, outside GBK
    text = "扩展字符报告\n\n这里有𠀀、㐀和😀三个字符。\n"
    data = text.encode("gb18030")
    for char in "𠀀㐀😀":
        assert len(char.encode("gb18030")) == 4 and char.encode("gb18030") in data
    path = tmp_path / "four.txt"
    path.write_bytes(data)
    for encoding in ("gb18030", "GB18030", "gbk"):  # gbk is read as its superset, GB18030
        run = triptych("import", str(path), "--encoding", encoding, "--force", cwd=tmp_path)
        assert run.returncode == 0, run.stderr
        md = (tmp_path / "content" / "four" / "document.md").read_text("utf-8")
        assert 'title: "扩展字符报告"' in md
        assert "这里有𠀀、㐀和😀三个字符。" in md
    # a four-byte sequence cut short is a clear error at its offset
    cut = data[: data.index("😀".encode("gb18030")) + 2] + b"\n"
    path.write_bytes(cut)
    broken = triptych("import", str(path), "--encoding", "gb18030", "-o", "x", cwd=tmp_path)
    assert broken.returncode == 3
    assert f"is not valid gb18030 at byte offset {cut.index('😀'.encode('gb18030')[:2])}" in (
        broken.stderr
    )
    assert not (tmp_path / "x").exists()


# --- where outputs go --------------------------------------------------------------------------


def test_an_unsafe_slug_is_refused_and_nothing_is_written(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text("Title line\n\nSome paragraph text here.\n", encoding="utf-8")
    before = _snapshot(tmp_path)
    for slug in ("../x", "..", "/tmp/x", "a/b", "A", ".hidden", "-x"):
        run = triptych("import", str(path), f"--slug={slug}", cwd=tmp_path)
        assert run.returncode == 3, (slug, run.stderr)
        assert (
            f"error: slug {slug!r} must be lowercase ASCII letters, digits and hyphens, "
            "starting with a letter or digit"
        ) in run.stderr
    assert _snapshot(tmp_path) == before
    assert not (tmp_path.parent / "x").exists()


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("..report.txt", "title-line"),
        ("re port$(id).txt", "re-port-id"),
        ("-rf.txt", "rf"),
        ("报告 2021.txt", "bao-gao-2021"),
        ("new\nline.txt", "new-line"),
        ("UPPER Case.TXT", "upper-case"),
        ("....txt", "title-line"),
    ],
)
def test_odd_raw_file_names_give_safe_folders_inside_content(
    tmp_path: Path, name: str, slug: str
) -> None:
    path = tmp_path / "in" / name
    path.parent.mkdir()
    path.write_text("Title line\n\nSome paragraph text here.\n", encoding="utf-8")
    run = triptych("import", "--", str(path), cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    made = [p.relative_to(tmp_path).as_posix() for p in sorted(tmp_path.rglob("*"))]
    written = [p for p in made if not p.startswith("in")]
    assert written == [
        "content",
        f"content/{slug}",
        f"content/{slug}/document.md",
        f"content/{slug}/ledger.json",
        f"content/{slug}/ledger.txt",
        f"content/{slug}/source.raw.txt",
    ]


@pytest.mark.parametrize(
    ("folder", "suggested"), [("Bad Name", "bad-name"), ("..evil", "evil"), ("报告", "bao-gao")]
)
def test_a_content_folder_that_is_no_slug_is_refused_before_building(
    tmp_path: Path, folder: str, suggested: str
) -> None:
    _small_project(tmp_path)
    (tmp_path / "content" / folder).mkdir()
    (tmp_path / "content" / folder / "document.md").write_text(SMALL_DOC, encoding="utf-8")
    run = triptych("build", "--edition", "xml", cwd=tmp_path)
    assert run.returncode == 3, run.stderr
    assert (
        f"content/{folder}: error: a document folder's name is its slug, which names its "
        "outputs: lowercase ASCII letters, digits and hyphens, starting with a letter or digit; "
        f"rename the folder, for example to {suggested!r}"
    ) in run.stderr
    assert not (tmp_path / "build").exists()


def test_convert_refuses_to_write_over_its_input(tmp_path: Path) -> None:
    _small_project(tmp_path)
    source = tmp_path / "content" / "small" / "document.md"
    before = source.read_bytes()
    for target in ("content/small/document.md", "./content/small/../small/document.md"):
        run = triptych("convert", "content/small/document.md", target, cwd=tmp_path)
        assert run.returncode == 5, run.stderr
        shown = Path(target)  # as the command line reads it
        assert f"{shown}: error: the output is the input; name another file" in run.stderr
        assert source.read_bytes() == before
    (tmp_path / "alias.md").symlink_to(source)
    run = triptych("convert", "alias.md", "content/small/document.md", cwd=tmp_path)
    assert run.returncode == 5, run.stderr
    assert source.read_bytes() == before


def test_a_build_clock_that_is_not_a_number_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "content").mkdir()
    run = triptych("build", cwd=tmp_path, env={"SOURCE_DATE_EPOCH": "yesterday"})
    assert run.returncode == 3
    assert "SOURCE_DATE_EPOCH must be whole seconds since 1970, not 'yesterday'" in run.stderr
    assert "Traceback" not in run.stderr


def test_the_lines_of_a_gbk_input_are_shown_in_chinese(tmp_path: Path) -> None:
    raw = tmp_path / "notice.txt"
    raw.write_bytes("通知\n\n正文没有句号\n\n（一）第一部分\n\n第一部分的正文。\n".encode("gbk"))
    run = triptych("import", str(raw), "--encoding", "gbk", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert "notice.txt:3: warning[T011]" in run.stderr
    assert "    3 | 正文没有句号" in run.stderr
    assert "\ufffd" not in run.stderr


def test_a_date_that_is_not_iso_is_a_front_matter_error_naming_its_line(tmp_path: Path) -> None:
    folder = tmp_path / "content" / "report"
    folder.mkdir(parents=True)
    (folder / "document.md").write_text(
        '---\ntriptych: 1\ntitle: "Report"\nlang: "en"\ndate: January 2021\n---\n\nText.\n',
        encoding="utf-8",
    )
    check = triptych("check", cwd=tmp_path)
    assert check.returncode == 1
    assert "content/report/document.md:5: error[T022]: `date: January 2021` is not an ISO" in (
        check.stderr
    )
    build = triptych("build", "--edition", "xml", cwd=tmp_path)
    assert build.returncode == 1
    assert "failed report: content/report/document.md:5: error:" in build.stdout + build.stderr


def test_a_large_import_says_which_step_it_is_at(tmp_path: Path, sample_bytes: bytes) -> None:
    raw = tmp_path / "large.raw.txt"
    chapters = sample_bytes.decode("utf-8").split("\n", 1)[1]
    raw.write_text("大型报告\n" + chapters * (1_100_000 // len(chapters.encode()) + 1), "utf-8")
    run = triptych("import", str(raw), cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    steps = re.findall(r"^\[(\d+)/(\d+)\] (.+)$", run.stdout, re.MULTILINE)
    assert steps[0][2].startswith("reading ") and steps[0][2].endswith("large.raw.txt")
    assert [int(n) for n, _, _ in steps] == list(range(1, int(steps[0][1]) + 1))
    assert "duplicates" in [what for _, _, what in steps]
    assert run.stdout.index("imported") > run.stdout.index(steps[-1][2])


def test_a_small_import_prints_no_progress(tmp_path: Path, raw: Path) -> None:
    run = triptych("import", str(raw), cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert not re.search(r"^\[\d+/\d+\]", run.stdout, re.MULTILINE)

"""Raw input that cannot be read gets a clear error naming the file, line and byte."""

from __future__ import annotations

import codecs
import random
from pathlib import Path

import pytest

from triptych import sources
from triptych.errors import InputError
from triptych.normalise import ImportOptions, normalise
from triptych.project import import_text


def test_bad_byte_in_the_named_encoding_names_line_column_and_offset() -> None:
    data = "第一行\n第二行".encode("gbk") + b"\xff\xff"
    with pytest.raises(InputError) as caught:
        normalise(data, ImportOptions(source="r.txt", encoding="gbk"))
    err = caught.value
    assert (err.source, err.line) == ("r.txt", 2)
    assert "byte offset 13" in str(err) and "--encoding" in str(err)


def test_unknown_encoding_name() -> None:
    with pytest.raises(InputError, match="unknown encoding 'klingon'"):
        normalise(b"abc", ImportOptions(source="r.txt", encoding="klingon"))


def test_too_large_input_is_refused_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    raw = tmp_path / "big.txt"
    raw.write_bytes("报告\n".encode() * 1000)
    monkeypatch.setattr(sources, "MAX_INPUT_BYTES", 1024)
    monkeypatch.setattr(sources.read_bytes, "__defaults__", (1024,))
    with pytest.raises(InputError, match="Split it into documents first"):
        import_text(raw, tmp_path / "content")
    assert not (tmp_path / "content").exists()


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    raw = tmp_path / "locked.txt"
    raw.write_text("报告", encoding="utf-8")

    def denied(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", denied)
    with pytest.raises(InputError, match="permission denied") as caught:
        import_text(raw, tmp_path / "content")
    assert caught.value.source == str(raw)


def test_a_single_megabyte_line_imports(tmp_path: Path) -> None:
    line = "积极发展国际民间科技人文合作交流，进一步拓展国际友好城市。" * 12000
    result = normalise(f"报告\n\n{line}\n", ImportOptions(source="long.txt"))
    assert len(result.document.blocks) == 1
    assert result.decoded_chars > 300_000


def test_lone_surrogates_and_noncharacters_in_text_are_removed_and_reported() -> None:
    result = normalise("报告\n\n正文\ud800有\ufffe字。\n", ImportOptions(source="s.txt"))
    codes = [(d.code.value, d.line, d.column) for d in result.diagnostics]
    assert ("T002", 3, 3) in codes and ("T002", 3, 5) in codes
    assert "正文有字。" in result.document.blocks[0].content[0].text  # type: ignore[union-attr]


@pytest.mark.slow
def test_a_50_mb_input_imports_whole(tmp_path: Path, sample_bytes: bytes) -> None:
    """Made of the sample's lines, each made unique, so nothing is removed as a copy."""
    lines = [ln for ln in sample_bytes.decode("utf-8").splitlines() if ln.strip()]
    parts, size, n = [lines[0]], 0, 0
    while size < 50 * 1024 * 1024:
        for line in lines[1:]:
            n += 1
            unique = f"{line[:6]}{n}{line[6:]}"
            parts.append(unique)
            size += len(unique.encode()) + 2
    raw = tmp_path / "big.raw.txt"
    raw.write_text("\n\n".join(parts), encoding="utf-8")
    outcome = import_text(raw, tmp_path / "content")
    assert outcome.source.stat().st_size > 30 * 1024 * 1024
    assert not [d for d in outcome.result.diagnostics if d.code.value == "T030"]
    assert outcome.ledger_json.exists() and outcome.ledger_text.exists()


def _random_code_units() -> list[int]:
    """2,000 random 16-bit code units, as bytes that are not UTF-16 read as UTF-16 give."""
    rng = random.Random(11)
    units = (rng.randrange(0x10000) for _ in range(3000))
    return [u for u in units if not 0xD800 <= u <= 0xDFFF][:2000]


@pytest.mark.parametrize(
    "data",
    [
        b"\xff\xfe\xfa \xe6\x94\xbf\xe5\xba\x9c",  # printf '\xff\xfe\xfa 政府': a BOM, then not UTF-16
        codecs.BOM_UTF16_LE + "".join(map(chr, _random_code_units())).encode("utf-16-le"),
        "正文\ue000\ue001\ue002\ue003\ue004".encode(),  # valid UTF-8, mostly private-use
    ],
)
def test_text_that_decodes_into_characters_no_text_uses_is_refused(
    data: bytes, tmp_path: Path
) -> None:
    """Regression (issue 11): a fake UTF-16 byte-order mark imported mojibake with exit 0."""
    raw = tmp_path / "report.txt"
    raw.write_bytes(data)
    with pytest.raises(InputError) as caught:
        import_text(raw, tmp_path / "content")
    message = str(caught.value)
    assert "private-use, unassigned or control" in message
    assert "--encoding" in message
    assert not (tmp_path / "content").exists()


def test_a_real_utf16_text_with_its_bom_still_imports() -> None:
    data = "政府工作报告\n\n各位代表：现在，我代表市人民政府向大会报告工作。\n".encode("utf-16")
    result = normalise(data, ImportOptions(source="utf16.txt"))
    assert result.document.meta.title == "政府工作报告"

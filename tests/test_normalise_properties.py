"""Laws of the normaliser over generated input: it never raises, conserves text, is idempotent."""

from __future__ import annotations

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from paths import SAMPLE_PATH
from triptych.diagnostics import Code
from triptych.errors import InputError
from triptych.normalise import ImportOptions, ImportResult, normalise
from triptych.writers.text import write as write_text

SAMPLE_LINES = [ln for ln in SAMPLE_PATH.read_text(encoding="utf-8").splitlines() if ln.strip()]

# Pieces of real documents plus noise: sample lines (whole, cut, repeated), headings, glossary
# shapes, chrome, punctuation of both widths, controls and odd characters.
PIECES = st.one_of(
    st.sampled_from(SAMPLE_LINES),
    st.sampled_from(SAMPLE_LINES).map(lambda s: s[: len(s) // 2]),
    st.sampled_from(SAMPLE_LINES).map(lambda s: s[len(s) // 3 :]),
    st.sampled_from(
        [
            "",
            "名词解释",
            "Glossary",
            "1. Introduction",
            "一、总体要求",
            "第一章 总则",
            "（下转第3版）",
            "【打印本页】【关闭窗口】",
            "责任编辑：张三",
            "- 3 -",
            "［1］碳达峰：",
            "1.“三医联动”：医保改革联动。",
            "Term: a definition.",
            "相关链接",
            "http://example.org/a?b=1,c",
        ]
    ),
    st.text(
        alphabet="中文报告，。,.;:()（）“”［］[]1aZ \t\r\n\x00\x07\u200b\ufeff\u3000", max_size=30
    ),
)
RAW = st.lists(PIECES, max_size=25).map("\n".join)


@st.composite
def reports(draw: st.DrawFn) -> str:
    """A report shaped like the real ones: the sample's lines in order, some dropped, some
    repeated, some split at a random point (a column break), blank lines or not."""
    out: list[str] = []
    for line in SAMPLE_LINES:
        action = draw(st.sampled_from(["keep"] * 6 + ["drop", "repeat", "split"]))
        if action == "drop":
            continue
        if action == "split" and len(line) > 4:
            cut = draw(st.integers(1, len(line) - 1))
            out.extend([line[:cut], line[cut:]])
        else:
            out.append(line)
        if action == "repeat":
            out.append(draw(st.sampled_from(out)))
    separator = draw(st.sampled_from(["\n", "\n\n", "\r\n\r\n"]))
    return separator.join(out)


def _ok(raw: str | bytes) -> ImportResult | None:
    try:
        return normalise(raw, ImportOptions(source="generated.txt"))
    except InputError:
        return None  # empty or whitespace-only input is refused with a clear error


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(RAW)
def test_never_raises_and_conserves_every_character(raw: str) -> None:
    result = _ok(raw)
    if result is None:
        assert not raw.replace("\x00", "").replace("\x07", "").strip(" \t\r\n\u200b\ufeff\u3000")
        return
    assert not [d for d in result.diagnostics if d.code is Code.CONSERVATION], raw


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_any_text_at_all_is_normalised_and_conserved(raw: str) -> None:
    """Arbitrary Unicode (controls, private use, unassigned code points, every script), not
    only report-shaped text: read, or refused only for having no text, and never a character
    lost."""
    try:
        result = normalise(raw, ImportOptions(source="any.txt"))
    except InputError as err:
        assert err.source == "any.txt"
        assert "the input has no text" in err.message, err.message
        event("refused: no text")
        return
    event("read")
    assert not [d for d in result.diagnostics if d.code is Code.CONSERVATION], raw


@settings()
@given(st.binary(max_size=200))
def test_arbitrary_bytes_are_read_or_refused_clearly(data: bytes) -> None:
    try:
        result = normalise(data, ImportOptions(source="bytes.bin"))
    except InputError as err:
        assert err.source == "bytes.bin"
        assert str(err)
        return
    assert not [d for d in result.diagnostics if d.code is Code.CONSERVATION]


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(reports())
def test_normalising_the_output_again_changes_nothing(raw: str) -> None:
    first = _ok(raw)
    if first is None:
        return
    # plain text cannot carry the language, so it is passed on as the canonical source would
    again = ImportOptions(source="generated.txt", lang=first.document.meta.lang)
    second = normalise(write_text(first.document), again)
    assert second.document == first.document


def test_sample_is_idempotent(sample_bytes: bytes) -> None:
    first = normalise(sample_bytes, ImportOptions(source="s.txt"))
    second = normalise(write_text(first.document), ImportOptions(source="s.txt"))
    assert second.document == first.document

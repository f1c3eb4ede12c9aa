"""triptych.toml: validated, with clear errors, and honoured."""

from __future__ import annotations

from pathlib import Path

import pytest

from triptych.config import load_config
from triptych.errors import InputError


def write(tmp_path: Path, text: str) -> Path:
    (tmp_path / "triptych.toml").write_text(text, encoding="utf-8")
    return tmp_path


def test_defaults_without_a_file(tmp_path: Path) -> None:
    config = load_config(tmp_path)
    assert config.editions == ("xml", "pdf", "epub", "html")
    assert config.out == Path("build")


def test_values_are_read(tmp_path: Path) -> None:
    config = load_config(
        write(
            tmp_path,
            '[site]\ntitle = "报告"\n[build]\nout = "public"\n'
            'editions = ["html"]\ntemplates = "theme"\n',
        )
    )
    assert (config.site_title, config.out, config.editions) == ("报告", Path("public"), ("html",))
    assert config.templates == tmp_path / "theme"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[site]\ntitel = "x"\n', "unknown key 'titel' in \\[site\\]; known: lang, title"),
        ("[sight]\n", "unknown section \\[sight\\]"),
        ('[build]\neditions = ["pdf", "docx"]\n', "unknown edition"),
        ('[build]\nout = "content"\n', "mix the outputs with the sources"),
        ('[build]\nout = "."\n', "mix the outputs with the sources"),
        ("[site\n", "not valid TOML"),
    ],
)
def test_mistakes_are_clear_errors(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(InputError, match=message) as caught:
        load_config(write(tmp_path, text))
    assert caught.value.source.endswith("triptych.toml")

"""Templates: the user's folder comes first, a misspelt variable is an error, and every
template kind we use is escaped."""

from __future__ import annotations

from pathlib import Path

import jinja2
import pytest

from triptych.editions.templating import AUTOESCAPE, environment, render
from triptych.errors import BuildError


def test_user_folder_overrides_the_theme(tmp_path: Path) -> None:
    (tmp_path / "partials").mkdir()
    (tmp_path / "partials" / "toc.html.j2").write_text(
        "{% macro toc(view, label) %}<nav>custom {{ label }}</nav>{% endmacro %}", "utf-8"
    )
    template = environment((tmp_path,)).get_template("partials/toc.html.j2")
    assert "custom" in template.module.toc(None, "X")  # type: ignore[attr-defined]
    assert "custom" not in environment(()).get_template("partials/toc.html.j2").render(href=str)


def test_a_user_template_can_extend_the_default(tmp_path: Path) -> None:
    (tmp_path / "partials").mkdir()
    (tmp_path / "partials" / "toc.html.j2").write_text(
        '{% extends "theme/partials/toc.html.j2" %}', "utf-8"
    )
    template = environment((tmp_path,)).get_template("partials/toc.html.j2")
    assert "toc" in template.module.__dict__  # type: ignore[attr-defined]


def test_misspelt_variable_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "oops.html.j2").write_text("{{ titel }}", "utf-8")
    with pytest.raises(BuildError, match=r"oops\.html\.j2.*'titel' is undefined") as caught:
        render("oops.html.j2", (tmp_path,), {"title": "x"}, href=str)
    assert isinstance(caught.value.__cause__, jinja2.UndefinedError)


@pytest.mark.parametrize("name", ["a.html.j2", "a.xhtml.j2", "a.xhtml", "a.xml", "a.html"])
def test_every_template_kind_is_escaped(tmp_path: Path, name: str) -> None:
    (tmp_path / name).write_text("{{ text }}", "utf-8")
    out = render(name, (tmp_path,), {"text": "<script>x</script>"}, href=str)
    assert "<script>" not in out
    assert {"html", "xhtml", "xml", "j2"} <= set(AUTOESCAPE)

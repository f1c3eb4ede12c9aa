"""The Jinja environment every edition renders with: the user's folders first, then the theme."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import cache
from importlib.resources import as_file, files
from pathlib import Path
from typing import Any

from jinja2 import (
    BaseLoader,
    ChoiceLoader,
    Environment,
    FileSystemLoader,
    PrefixLoader,
    StrictUndefined,
    select_autoescape,
)

__all__ = ["THEME", "environment", "render", "theme_path"]

# Every extension a template or partial of ours uses; .xhtml and .j2 are not escaped by
# Jinja's default list, so they are named here.
AUTOESCAPE = ("html", "htm", "xhtml", "xml", "j2", "svg")


@cache
def theme_path() -> Path:
    """The folder of the default theme (``templates/`` in the source tree)."""
    with as_file(files("triptych.theme")) as path:
        return Path(path)


THEME = "triptych.theme"


@cache
def _environment(user: tuple[Path, ...]) -> Environment:
    theme = FileSystemLoader(str(theme_path()))
    loaders: list[BaseLoader] = [FileSystemLoader(str(p)) for p in user]
    # "theme/…" always names the default, so an override can extend what it replaces
    loaders += [theme, PrefixLoader({"theme": theme})]
    return Environment(
        loader=ChoiceLoader(loaders),
        autoescape=select_autoescape(
            enabled_extensions=AUTOESCAPE, default_for_string=True, default=True
        ),
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def environment(user: tuple[Path, ...] = ()) -> Environment:
    """The environment for these user template folders (cached: templates compile once)."""
    return _environment(tuple(Path(p).resolve() for p in user))


def render(
    template: str,
    user: tuple[Path, ...],
    context: Mapping[str, Any],
    href: Callable[[str], str],
) -> str:
    """Render ``template`` with ``context``; ``href(anchor)`` turns an anchor into the link the
    edition needs (``#id`` on one page, ``file.xhtml#id`` across EPUB chapters)."""
    return environment(user).get_template(template).render(**context, href=href)

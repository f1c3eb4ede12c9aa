"""The Jinja environment every edition renders with: the user's folders first, then the theme."""

from __future__ import annotations

import posixpath
import shutil
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
    TemplateError,
    select_autoescape,
)
from jinja2.loaders import split_template_path

from ..errors import BuildError

__all__ = [
    "THEME",
    "confined",
    "copy_confined",
    "environment",
    "render",
    "source",
    "template_roots",
    "theme_path",
]

# Every extension a template or partial of ours uses; .xhtml and .j2 are not escaped by
# Jinja's default list, so they are named here.
AUTOESCAPE = ("html", "htm", "xhtml", "xml", "j2", "svg")


@cache
def theme_path() -> Path:
    """The folder of the default theme (``templates/`` in the source tree)."""
    with as_file(files("triptych.theme")) as path:
        return Path(path)


THEME = "triptych.theme"


def template_roots(user: tuple[Path, ...] = ()) -> tuple[Path, ...]:
    """The folders every template and asset must really live in: the theme and the user's
    template folders, as real paths."""
    return (theme_path().resolve(), *(Path(p).resolve() for p in user))


def confined(path: Path, user: tuple[Path, ...] = ()) -> Path:
    """The real path of ``path``, a file found in the theme or a user template folder; a
    ``BuildError`` when it is a link (or lies behind one) that leads outside those folders,
    since its content would end up in a published edition."""
    real = Path(path).resolve()
    if not any(real.is_relative_to(root) for root in template_roots(user)):
        raise BuildError(
            f"this leads through a link to {real}, outside the theme and the template "
            "folders; editions use only files inside them. Put a copy of the file in the "
            "template folder instead of the link",
            source=str(path),
        )
    return real


def copy_confined(src: Path, dst: Path, user: tuple[Path, ...] = ()) -> None:
    """Copy the folder ``src`` of the theme or a user template folder into ``dst`` (merging
    with what is there, ``src`` winning). Links are followed only while they stay inside those
    folders; any other link, a folder linking back to itself, or a file that is not a regular
    file (a pipe, a device) fails the build with a ``BuildError`` naming it."""
    _copy_confined(src, dst, user, ())


def _copy_confined(src: Path, dst: Path, user: tuple[Path, ...], above: tuple[Path, ...]) -> None:
    here = confined(src, user)
    if here in above:
        raise BuildError(
            "this folder links back to a folder that contains it; replace the link with the "
            "files it should hold",
            source=str(src),
        )
    if dst.exists() and not dst.is_dir():
        raise BuildError(
            f"this folder would replace the file {dst.name} of the theme's assets; rename one "
            "of them",
            source=str(src),
        )
    dst.mkdir(parents=True, exist_ok=True)
    for entry in sorted(src.iterdir()):
        real = confined(entry, user)
        if real.is_dir():
            _copy_confined(entry, dst / entry.name, user, (*above, here))
        elif real.is_file():
            target = dst / entry.name
            if target.is_dir():
                raise BuildError(
                    f"this file would replace the folder {target.name}/ of the theme's "
                    "assets; rename one of them",
                    source=str(entry),
                )
            shutil.copyfile(real, target)
        else:
            raise BuildError(
                "this is not a regular file (a pipe, a socket or a device); template folders "
                "hold files and folders only",
                source=str(entry),
            )


class _ConfinedLoader(FileSystemLoader):
    """A ``FileSystemLoader`` that refuses, before reading it, a template whose real path is
    outside the theme and the user template folders (a symlink to ``/etc/passwd``, say)."""

    def __init__(self, folder: Path, user: tuple[Path, ...]) -> None:
        super().__init__(str(folder))
        self.user = user

    def get_source(
        self, environment: Environment, template: str
    ) -> tuple[str, str, Callable[[], bool]]:
        pieces = split_template_path(template)
        for folder in self.searchpath:
            filename = Path(posixpath.join(folder, *pieces))
            if filename.is_file():
                confined(filename, self.user)
                break
        return super().get_source(environment, template)


@cache
def _environment(user: tuple[Path, ...]) -> Environment:
    theme = _ConfinedLoader(theme_path(), user)
    loaders: list[BaseLoader] = [_ConfinedLoader(p, user) for p in user]
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


def source(name: str, user: tuple[Path, ...] = ()) -> tuple[str, Path]:
    """The text and real path of the theme file ``name`` as it stands, from the user's template
    folders first; the loader's ``TemplateNotFound`` when there is none."""
    env = environment(user)
    assert env.loader is not None
    text, filename, _ = env.loader.get_source(env, name)
    assert filename is not None
    return text, Path(filename).resolve()


def render(
    template: str,
    user: tuple[Path, ...],
    context: Mapping[str, Any],
    href: Callable[[str], str],
) -> str:
    """Render ``template`` with ``context``; ``href(anchor)`` turns an anchor into the link the
    edition needs (``#id`` on one page, ``file.xhtml#id`` across EPUB chapters). A template
    that cannot be read or rendered is a ``BuildError`` naming its file and line."""
    try:
        return environment(user).get_template(template).render(**context, href=href)
    except TemplateError as err:
        where = getattr(err, "filename", None) or template
        line = getattr(err, "lineno", None)
        raise BuildError(f"template {where}{f':{line}' if line else ''}: {err.message}") from err

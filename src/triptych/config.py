"""The project's configuration, ``triptych.toml``: validated, with clear errors for unknown keys."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError
from .folders import mixes_with_sources

__all__ = ["EDITIONS", "Config", "load_config"]

EDITIONS = ("xml", "pdf", "epub", "html")
CONFIG_FILE = "triptych.toml"


@dataclass(frozen=True, slots=True)
class Config:
    """Project settings; every field has a default, so a project needs no config file."""

    site_title: str = "Documents"
    """Title of the HTML site's index page."""
    site_lang: str = "en"
    """Language of the site's own pages."""
    editions: tuple[str, ...] = EDITIONS
    """Which editions ``triptych build`` makes."""
    templates: Path | None = None
    """A folder of template overrides, searched before the default theme."""
    out: Path = Path("build")
    """The output folder, relative to the project."""


DEFAULT = Config()
_KEYS = {"site": {"title", "lang"}, "build": {"editions", "templates", "out"}}


def load_config(project: Path) -> Config:
    """Read ``project/triptych.toml`` if there is one."""
    path = project / CONFIG_FILE
    if not path.exists():
        return DEFAULT
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as err:
        raise InputError(f"not valid TOML: {err}", source=str(path)) from None
    for table, value in data.items():
        if table not in _KEYS or not isinstance(value, dict):
            raise InputError(
                f"unknown section [{table}]; known: " + ", ".join(f"[{k}]" for k in _KEYS),
                source=str(path),
            )
        for key in value:
            if key not in _KEYS[table]:
                raise InputError(
                    f"unknown key {key!r} in [{table}]; known: " + ", ".join(sorted(_KEYS[table])),
                    source=str(path),
                )
    site, build = data.get("site", {}), data.get("build", {})
    editions = tuple(build.get("editions", EDITIONS))
    unknown = [e for e in editions if e not in EDITIONS]
    if unknown:
        raise InputError(
            f"unknown edition(s) {unknown}; known: {', '.join(EDITIONS)}", source=str(path)
        )
    templates = build.get("templates")
    if mixes_with_sources(project, project / str(build.get("out", DEFAULT.out))):
        raise InputError(
            f"[build] out = {build.get('out')!r} would mix the outputs with the sources; name a "
            'folder of its own such as "build"',
            source=str(path),
        )
    return Config(
        site_title=str(site.get("title", DEFAULT.site_title)),
        site_lang=str(site.get("lang", DEFAULT.site_lang)),
        editions=editions,
        templates=(project / templates) if templates else None,
        out=Path(str(build.get("out", DEFAULT.out))),
    )

"""What every edition is built with: the project, the output folder, the clock and the reporter."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from ..config import DEFAULT_BODY_FONT, DEFAULT_CODE_FONT, DEFAULT_HEADING_FONT, LinkTerms
from ..diagnostics import Reporter
from ..errors import InputError

__all__ = ["BuildContext", "source_date_epoch"]


def source_date_epoch(sources: list[Path]) -> int:
    """``SOURCE_DATE_EPOCH`` when set (reproducible builds), else the newest source's mtime."""
    value = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if value:
        try:
            seconds = int(value)
        except ValueError:
            seconds = -1
        if seconds < 0:
            raise InputError(
                f"SOURCE_DATE_EPOCH must be whole seconds since 1970, not {value!r}; set it to "
                "a number such as 1611100800, or unset it to use the newest source's time"
            )
        return seconds
    return max((int(p.stat().st_mtime) for p in sources if p.exists()), default=0)


@dataclass(frozen=True, slots=True)
class BuildContext:
    """Everything an edition needs besides the document."""

    project: Path
    """The project folder (holds ``content/``)."""
    out: Path
    """The output folder (``build/``)."""
    epoch: int
    """The build's clock in seconds since 1970, from ``SOURCE_DATE_EPOCH``."""
    site_title: str
    """Title of the HTML site's index page."""
    site_lang: str
    """Language of the site's own pages."""
    templates: tuple[Path, ...] = ()
    """User template folders, searched before the default theme."""
    base_url: str = ""
    """The site's public address, ending in ``/`` (``[site] base_url``); empty for a site
    without one, which then has no canonical links and no sitemap."""
    link_terms: LinkTerms = "all"
    """Which uses of a glossary term are links in every edition (``[build] link_terms``)."""
    print_css: str = ""
    """CSS for the print edition to apply after ``print.css``: the ``[pdf]`` paper and fonts
    (``pagestyle.print_overrides``); empty when they are the defaults."""
    body_font: str = DEFAULT_BODY_FONT
    """The print edition's font for body text (``[pdf] body_font``)."""
    heading_font: str = DEFAULT_HEADING_FONT
    """The print edition's font for headings and running heads (``[pdf] heading_font``)."""
    code_font: str = DEFAULT_CODE_FONT
    """The print edition's font for code (``[pdf] code_font``)."""
    reporter: Reporter = field(default_factory=Reporter)

    @property
    def timestamp(self) -> datetime:
        """The build's clock as an aware UTC datetime."""
        return datetime.fromtimestamp(self.epoch, tz=UTC)

    @property
    def iso_time(self) -> str:
        """The build's clock as ``YYYY-MM-DDTHH:MM:SSZ``."""
        return self.timestamp.strftime("%Y-%m-%dT%H:%M:%SZ")

    def edition_file(self, edition: str, slug: str) -> Path:
        """Where a document's ``edition`` (``"xml"``, ``"pdf"``, ``"epub"``) is written:
        ``build/<edition>/<slug>.<edition>``."""
        return self.out / edition / f"{slug}.{edition}"

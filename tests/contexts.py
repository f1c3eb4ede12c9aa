"""What the tests hand the editions: a build context made by hand, and the words of a view as
the editions print them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from paths import ROOT
from triptych.editions import BuildContext
from triptych.editions.view import InlineView

EPOCH = 1611100800
"""2021-01-20T00:00:00Z, the sample report's day."""


def context(
    out: Path,
    *,
    project: Path = ROOT,
    epoch: int = EPOCH,
    site_title: str = "t",
    site_lang: str = "zh-CN",
    **settings: Any,
) -> BuildContext:
    """A build context writing under ``out``, as ``triptych build`` would make one from the
    project's settings; ``settings`` are the rest of ``BuildContext``'s fields
    (``templates``, ``link_terms``, ``body_font`` …)."""
    return BuildContext(
        project=project,
        out=out,
        epoch=epoch,
        site_title=site_title,
        site_lang=site_lang,
        **settings,
    )


def printed(seq: tuple[InlineView, ...]) -> str:
    """The words of ``seq`` as the shared partial prints them (note labels in brackets)."""
    return "".join(f"［{i.text}］" if i.kind == "note" else i.text for i in seq)

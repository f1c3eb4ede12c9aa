"""The project's folders: where the sources are, and which folders outputs may go into."""

from __future__ import annotations

from pathlib import Path

__all__ = ["CONTENT", "mixes_with_sources"]

CONTENT = "content"
"""The folder of a project that holds its sources, one folder per document."""


def mixes_with_sources(project: Path, out: Path) -> bool:
    """Whether an output folder ``out`` would mix the outputs with ``project``'s sources: it is
    the project folder itself, its content folder, a folder inside that, or a folder holding
    it. A build owns its output folder (it locks it and removes what a killed build left
    there), so it must be a folder of its own. Links are resolved first."""
    out = Path(out).resolve()
    content = (Path(project) / CONTENT).resolve()
    return (
        out == Path(project).resolve()
        or out == content
        or content in out.parents
        or out in content.parents
    )

"""triptych: a structured-document compiler for publishers.

Raw text is normalised into one document model, kept as canonical Markdown or XML, and
rendered into editions. The public API:

- ``import_text(raw, out_dir, ...)``: normalise a raw text and write its canonical source.
- ``normalise(data, options)``: the same in memory, returning the document and the ledger.
- ``read_document(path)`` / ``convert(src, dst)``: canonical sources.
- ``check(project)``: lint every source under ``content/``.
- ``validate_editions(out, reporter, tell)``: run the validators on the built editions.
- ``build(project, out)``: build every document under ``content/`` (or those named).
- ``new_project(folder, title)``: a project skeleton.
- ``serve.Preview``: the preview server that rebuilds on change.
"""

from __future__ import annotations

import importlib
import logging
from typing import TYPE_CHECKING

__version__ = "0.1.0"

logging.getLogger("triptych").addHandler(logging.NullHandler())

from .normalise import ImportOptions, ImportResult, normalise  # noqa: E402
from .project import build, check, convert, import_text, read_document  # noqa: E402

if TYPE_CHECKING:
    from .scaffold import new_project
    from .validate import validate_editions

_LAZY = {"new_project": ".scaffold", "validate_editions": ".validate"}
"""Names whose modules only some commands need: imported on first use (PEP 562)."""

if not TYPE_CHECKING:  # hidden from mypy, which would then take any name as an attribute

    def __getattr__(name: str) -> object:
        module = _LAZY.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value  # later look-ups skip this function
        return value

    def __dir__() -> list[str]:
        return sorted({*globals(), *_LAZY})


__all__ = [
    "ImportOptions",
    "ImportResult",
    "__version__",
    "build",
    "check",
    "convert",
    "import_text",
    "new_project",
    "normalise",
    "read_document",
    "validate_editions",
]

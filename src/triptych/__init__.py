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

import logging

__version__ = "0.1.0"

logging.getLogger("triptych").addHandler(logging.NullHandler())

from .normalise import ImportOptions, ImportResult, normalise  # noqa: E402
from .project import build, check, convert, import_text, read_document  # noqa: E402
from .scaffold import new_project  # noqa: E402
from .validate import validate_editions  # noqa: E402

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

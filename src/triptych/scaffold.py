"""``triptych new``: a project skeleton with a config, a sample document and a README."""

from __future__ import annotations

from pathlib import Path

from . import atomic
from .errors import OutputError

__all__ = ["new_project"]

CONFIG = """\
# triptych project settings; every key is optional.
# The commented keys show what can be set; docs/config.md gives every default.
[site]
title = "{title}"
lang = "{lang}"
# base_url = "https://example.org/reports/"  # the site's public address: canonical links
#                                            # and a sitemap (default: none)

[build]
# editions = ["xml", "pdf", "epub", "html"]
# templates = "theme"   # a folder of template overrides (see docs/templates.md)
# out = "build"
# link_terms = "all"    # or "first-in-section": link a term's first use in each section

[pdf]
# paper = "A4"          # A3, A4, A5, B4, B5, letter, legal or "<width>mm <height>mm"
# body_font = "Noto Serif CJK SC"
# heading_font = "Noto Sans CJK SC"
# code_font = "Noto Sans Mono CJK SC"
"""

SAMPLE = """\
---
triptych: 1
title: "示例报告"
lang: "zh-CN"
issuer: "示例市人民政府"
---

这是一个示例文件。用 triptych import 导入原始文本，或直接编辑本文件。

# 总体要求 {{#zong-ti-yao-qiu number="一、"}}

[推进[碳达峰]{{term="tan-da-feng"}}行动。]{{.lead}}本段说明引导句与名词解释的写法。

::: glossary 名词解释

[碳达峰]{{#tan-da-feng page="P1"}}
: 二氧化碳排放量达到峰值后不再增长。

:::
"""

README = """\
# {title}

- `triptych import raw.txt` turns a raw text into `content/<slug>/document.md`.
- `triptych check` lints the sources; `triptych build` writes every edition into `build/`.
- `triptych serve` previews the site and rebuilds it when a source changes.
"""


def new_project(folder: Path, title: str = "Documents", lang: str = "zh-CN") -> list[Path]:
    """Create a project in ``folder`` (which must be empty or absent)."""
    folder = Path(folder)
    if folder.exists() and any(folder.iterdir()):
        raise OutputError("the folder is not empty; name a new folder", source=str(folder))
    files = {
        folder / "triptych.toml": CONFIG.format(title=title, lang=lang),
        folder / "content" / "example" / "document.md": SAMPLE.format(),
        folder / "README.md": README.format(title=title),
        folder / ".gitignore": "build/\n",
    }
    for path, text in files.items():
        atomic.write_text(path, text)
    return list(files)

"""The words the editions print around the document, in the document's language."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Labels", "is_chinese", "labels_for"]


@dataclass(frozen=True, slots=True)
class Labels:
    """Printed words, one set per language."""

    contents: str
    glossary: str
    used_at: str
    source_page: str
    pages: str
    back_to_text: str
    documents: str
    download_pdf: str
    download_epub: str
    search: str
    skip_to_content: str
    issued_by: str
    not_used: str
    note: str
    gap: str
    """What separates a heading's number or a paragraph's lead from the text after it: nothing
    in Chinese, whose numbers and leads end in their own punctuation; a space in English."""
    list_separator: str
    """What separates the items of a short list, such as a glossary entry's pages."""


ZH = Labels(
    contents="目录",
    glossary="名词解释",
    used_at="正文出处",
    source_page="原文页码",
    pages="本版页码",
    back_to_text="返回正文",
    documents="文件",
    download_pdf="下载 PDF",
    download_epub="下载 EPUB",
    search="搜索",
    skip_to_content="跳到正文",
    issued_by="发布单位",
    not_used="正文未出现",
    note="注",
    gap="",
    list_separator="、",
)
EN = Labels(
    contents="Contents",
    glossary="Glossary",
    used_at="Used in",
    source_page="Source page",
    pages="Pages",
    back_to_text="Back to the text",
    documents="Documents",
    download_pdf="Download PDF",
    download_epub="Download EPUB",
    search="Search",
    skip_to_content="Skip to content",
    issued_by="Issued by",
    not_used="Not used in the text",
    note="Note",
    gap=" ",
    list_separator=", ",
)


def is_chinese(lang: str) -> bool:
    """Whether ``lang`` (a BCP 47 tag) is Chinese, which the editions print in Chinese."""
    return lang.lower().startswith("zh")


def labels_for(lang: str) -> Labels:
    """Chinese labels for Chinese documents, English otherwise."""
    return ZH if is_chinese(lang) else EN

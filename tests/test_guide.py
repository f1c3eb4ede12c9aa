"""The user guide (docs/guide) is a reference that keeps up with the code: every diagnostic code,
setting, command, option, exit code, normaliser pass, ledger field, XML name and template of this
triptych is explained in it, and it reads and builds cleanly. The checks read the guide's built
site page, the words a reader sees."""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

import pytest
from lxml import html as lxml_html
from lxml.html import HtmlElement

from paths import ROOT
from triptych import cli, config
from triptych.diagnostics import Code, Reporter, Severity
from triptych.editions.templating import theme_path
from triptych.ledger import LedgerEntry
from triptych.model import Meta
from triptych.normalise import DOCUMENT_PASSES, TEXT_PASSES
from triptych.normalise.decode import NAME as DECODE
from triptych.normalise.segment import NAME as SEGMENT
from triptych.project import build
from triptych.schema import ATTRIBUTES, ELEMENTS

GUIDE = ROOT / "docs" / "guide"
SOURCE = GUIDE / "content" / "user-guide" / "document.md"
HEADINGS = ("h2", "h3", "h4", "h5", "h6")


def words(element: HtmlElement) -> str:
    """The text of ``element`` as a reader sees it, white space folded."""
    return " ".join(element.text_content().split())


def heading_words(element: HtmlElement) -> str:
    """A heading's words without its number."""
    number = element.find('span[@class="number"]')
    text = words(element)
    return text.removeprefix(words(number)).strip() if number is not None else text


def lead_of(paragraph: HtmlElement) -> str | None:
    """The words of a paragraph's run-in lead, without the dash that ends it, or None."""
    lead = paragraph.find('strong[@class="lead"]')
    return None if lead is None else words(lead).rstrip(" —–:.")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Reporter]:
    out = tmp_path_factory.mktemp("guide")
    reporter = Reporter()
    report = build(GUIDE, out, reporter, editions=("xml", "html"))
    assert report.failed == {}
    return out, reporter


@pytest.fixture(scope="module")
def article(built: tuple[Path, Reporter]) -> HtmlElement:
    out, _ = built
    page = lxml_html.parse(str(out / "site" / "user-guide" / "index.html")).getroot()
    [found] = page.xpath("//main//article")
    return found


def section(article: HtmlElement, title: str) -> list[HtmlElement]:
    """The blocks under the heading whose words are ``title``, up to the next heading of its
    level or a higher one."""
    blocks = [el for el in article.iterchildren() if el.tag in (*HEADINGS, "p", "pre")]
    starts = [i for i, el in enumerate(blocks) if el.tag in HEADINGS and heading_words(el) == title]
    assert len(starts) == 1, f"the guide has no one heading {title!r}"
    level = blocks[starts[0]].tag
    under = []
    for block in blocks[starts[0] + 1 :]:
        if block.tag in HEADINGS and block.tag <= level:
            break
        under.append(block)
    return under


def entries(blocks: list[HtmlElement]) -> dict[str, str]:
    """Each paragraph with a lead, by the lead's words: the whole paragraph's words."""
    found: dict[str, str] = {}
    for block in blocks:
        lead = lead_of(block) if block.tag == "p" else None
        if lead is not None:
            assert lead not in found, f"two entries for {lead!r}"
            found[lead] = words(block)
    return found


def text_of(blocks: list[HtmlElement]) -> str:
    return " ".join(words(b) for b in blocks)


# --- it reads and builds -----------------------------------------------------------------


def test_the_guide_builds_its_xml_and_html_editions(
    built: tuple[Path, Reporter], article: HtmlElement
) -> None:
    out, reporter = built
    assert reporter.count(Severity.WARNING) == 0, reporter.diagnostics
    assert (out / "xml" / "user-guide.xml").is_file()
    assert (out / "site" / "index.html").is_file()
    # the model's features reach the page: code blocks, code spans, leads and glossary links
    assert len(article.xpath('.//pre[@class="code"]/code')) >= 10
    assert article.xpath('.//pre/code[@class="language-toml"]')
    assert len(article.xpath(".//p/code")) >= 100
    assert len(article.xpath('.//p/strong[@class="lead"]')) >= 100
    links = article.xpath('.//a[@class="term"]/@href')
    assert links
    ids = set(article.xpath(".//@id"))
    assert {href.removeprefix("#") for href in links} <= ids


# --- the reference is complete --------------------------------------------------------------


@pytest.mark.parametrize("code", list(Code), ids=[c.value for c in Code])
def test_every_diagnostic_code_is_explained_with_its_severity(
    article: HtmlElement, code: Code
) -> None:
    explained = entries(section(article, "Diagnostics"))
    lead = f"{code.value} {code.severity.name.lower()}"
    assert lead in explained, f"no entry {lead!r} under Diagnostics"
    assert len(explained[lead]) > len(lead) + 20  # and it says what the code means


def test_the_guide_explains_no_diagnostic_code_that_does_not_exist(article: HtmlElement) -> None:
    known = {c.value for c in Code}
    explained = entries(section(article, "Diagnostics"))
    assert {lead.split()[0] for lead in explained} <= known


def _default(table: str, key: str) -> str:
    """How the guide writes the default of ``[table] key``: as TOML, or "none"."""
    field = {("site", "title"): "site_title", ("site", "lang"): "site_lang"}.get((table, key), key)
    value = getattr(config.DEFAULT, field)
    if isinstance(value, config.Paper):
        value = value.name
    if isinstance(value, tuple):
        return json.dumps(list(value))
    return f'"{value}"' if value else "none"


SETTINGS = [(table, key) for table, keys in config._KEYS.items() for key in sorted(keys)]


@pytest.mark.parametrize(("table", "key"), SETTINGS, ids=[f"{t}.{k}" for t, k in SETTINGS])
def test_every_setting_is_explained_with_its_default(
    article: HtmlElement, table: str, key: str
) -> None:
    explained = entries(section(article, f"The [{table}] table"))
    assert key in explained, f"no entry for [{table}] {key}"
    assert "Default:" in explained[key]
    default = explained[key].split("Default:", 1)[1]
    assert _default(table, key) in default
    allowed = {
        "editions": config.EDITIONS,
        "link_terms": config.LINK_TERMS,
        "paper": [p.name for p in config.PAPERS.values()],
    }.get(key, ())
    for value in allowed:
        assert f'"{value}"' in explained[key]


def test_the_guide_explains_no_setting_that_does_not_exist(article: HtmlElement) -> None:
    for table, keys in config._KEYS.items():
        assert set(entries(section(article, f"The [{table}] table"))) <= keys


def test_the_settings_example_is_every_default(article: HtmlElement, tmp_path: Path) -> None:
    [example, *_] = [
        b for b in section(article, "Settings") if b.xpath('code[@class="language-toml"]')
    ]
    (tmp_path / "triptych.toml").write_text(example.text_content(), encoding="utf-8")
    assert config.load_config(tmp_path) == config.DEFAULT


def _commands() -> dict[str, argparse.ArgumentParser]:
    [sub] = [a for a in cli._parser()._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(sub.choices)


COMMANDS = _commands()


@pytest.mark.parametrize("name", list(COMMANDS))
def test_every_command_is_explained_with_an_example(article: HtmlElement, name: str) -> None:
    blocks = section(article, f"triptych {name}")
    examples = [words(b) for b in blocks if b.tag == "pre"]
    assert any(f"triptych {name}" in example for example in examples), examples


def _options(parser: argparse.ArgumentParser) -> list[argparse.Action]:
    return [a for a in parser._actions if a.option_strings and "--help" not in a.option_strings]


COMMON = set.intersection(
    *({tuple(a.option_strings) for a in _options(p)} for p in COMMANDS.values())
)
"""The options every command takes."""


def test_the_options_of_every_command_are_explained(article: HtmlElement) -> None:
    assert COMMON, "every command takes --strict, --json, --quiet and --verbose"
    explained = entries(section(article, "Options of every command"))
    for options in COMMON:
        assert any(all(o in lead for o in options) for lead in explained), options


@pytest.mark.parametrize("name", list(COMMANDS))
def test_every_option_of_a_command_is_explained(article: HtmlElement, name: str) -> None:
    explained = entries(section(article, f"triptych {name}"))
    for action in _options(COMMANDS[name]):
        if tuple(action.option_strings) in COMMON:
            continue
        found = [
            text
            for lead, text in explained.items()
            if all(
                re.search(rf"(?<![\w-]){re.escape(o)}(?![\w-])", lead)
                for o in action.option_strings
            )
        ]
        assert found, f"triptych {name} {'/'.join(action.option_strings)} has no entry"
        for choice in action.choices or ():
            assert choice in found[0], (action.option_strings, choice)


def test_version_and_help_are_mentioned(article: HtmlElement) -> None:
    text = text_of(section(article, "The command line"))
    assert "triptych --version" in text
    assert "triptych --help" in text


def test_every_exit_code_is_explained(article: HtmlElement) -> None:
    explained = entries(section(article, "Exit codes"))
    assert set(explained) == {str(code) for code in cli.EXIT_CODES}
    for code, meaning in cli.EXIT_CODES.items():
        assert meaning.split(" (")[0] in explained[str(code)]


def test_every_pass_of_the_normaliser_is_explained_in_order(article: HtmlElement) -> None:
    blocks = section(article, "The passes, in order")
    order = [c.text_content() for c in blocks[0].iter("code")]
    assert order == [p.name for p in DOCUMENT_PASSES]
    passes = [DECODE, *(p.name for p in TEXT_PASSES), SEGMENT, *(p.name for p in DOCUMENT_PASSES)]
    assert list(entries(blocks)) == list(dict.fromkeys(passes))


def test_every_field_of_a_ledger_entry_is_explained(article: HtmlElement) -> None:
    explained = " | ".join(entries(section(article, "The ledger")))
    for field in LedgerEntry.__dataclass_fields__:
        assert re.search(rf"\b{field}\b", explained), field


def test_every_front_matter_key_is_explained(article: HtmlElement) -> None:
    explained = entries(section(article, "Front matter"))
    assert set(explained) == {"triptych", *Meta.__dataclass_fields__}


def test_every_element_and_attribute_of_the_xml_vocabulary_is_explained(
    article: HtmlElement,
) -> None:
    blocks = section(article, "Elements and attributes")
    meta_children = {"title", "subtitle", "byline", "issuer", "date", "source"}
    assert set(entries(blocks)) == set(ELEMENTS) - meta_children
    named = {c.text_content() for b in blocks for c in b.iter("code")}
    assert named >= ELEMENTS
    assert named >= ATTRIBUTES


def test_every_file_of_the_theme_is_listed(article: HtmlElement) -> None:
    named = {
        c.text_content() for b in section(article, "Templates and themes") for c in b.iter("code")
    }
    theme = theme_path()
    files = {
        p.relative_to(theme).as_posix()
        for p in theme.rglob("*")
        if p.is_file() and p.suffix != ".py" and "__pycache__" not in p.parts
    }
    assert files
    assert files <= named, sorted(files - named)

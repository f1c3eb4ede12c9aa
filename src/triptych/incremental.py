"""The build cache: an edition is rebuilt only when something it depends on has changed.

An edition's key is a hash of everything that goes into it: triptych's version, the edition,
the source's bytes, every template and asset (theme and user folders), the configuration,
and for the PDF the fonts and WeasyPrint's version. The manifest also records the hash of each
output, so an output that was deleted or edited by hand is rebuilt too.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib import metadata
from pathlib import Path

from . import __version__, atomic
from .editions.pagestyle import fontconfig_pattern
from .errors import BuildError
from .fontconfig import match

__all__ = ["Manifest", "digest_files", "edition_key", "file_hash", "site_key"]

MANIFEST = Path(".cache") / "manifest.json"


def file_hash(path: Path) -> str:
    """SHA-256 of a file's bytes."""
    h = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def digest_files(roots: Iterable[Path]) -> str:
    """One hash over every file under ``roots``: relative paths and contents, in sorted order."""
    h = hashlib.sha256()
    for root in roots:
        if not root.exists():
            continue
        files = [root] if root.is_file() else sorted(p for p in root.rglob("*") if p.is_file())
        for path in files:
            if "__pycache__" in path.parts:
                continue
            h.update(str(path.relative_to(root) if root.is_dir() else path.name).encode())
            h.update(file_hash(path).encode())
    return h.hexdigest()


@cache
def _pdf_environment(fonts: tuple[str, ...]) -> str:
    """WeasyPrint's version and the files fontconfig picks for ``fonts``, without importing
    WeasyPrint."""
    parts = []
    try:
        parts.append(metadata.version("weasyprint"))
    except metadata.PackageNotFoundError:
        parts.append("no-weasyprint")
    for family in fonts:
        try:
            found = match(fontconfig_pattern(family))[0].path
        except BuildError:  # the PDF edition itself reports a missing fontconfig
            found = ""
        path = Path(found)
        stamp = f"{path.stat().st_size}:{int(path.stat().st_mtime)}" if path.is_file() else ""
        parts.append(f"{family}={found}:{stamp}")
    return "|".join(parts)


def edition_key(
    edition: str, source: str, templates: str, config: str, fonts: tuple[str, ...] = ()
) -> str:
    """The cache key of one edition of a source whose ``file_hash`` is ``source``; the PDF's
    also holds the files of ``fonts``, the families its stylesheet names."""
    h = hashlib.sha256()
    for part in (__version__, edition, source, templates, config):
        h.update(part.encode())
        h.update(b"\0")
    if edition == "pdf":
        h.update(_pdf_environment(fonts).encode())
    return h.hexdigest()


def site_key(parts: Iterable[str]) -> str:
    """The cache key of the site: triptych's version and everything it is made from."""
    h = hashlib.sha256(__version__.encode())
    for part in parts:
        h.update(b"\0" + part.encode())
    return h.hexdigest()


@dataclass
class Manifest:
    """What the last build made, with the keys it made it from."""

    out: Path
    entries: dict[str, dict[str, str]] = field(default_factory=dict)
    _checked: set[str] = field(default_factory=set, init=False, repr=False, compare=False)
    """The entries whose recorded hash this build has seen its output match (``fresh``) or
    has just taken from it (``record``)."""

    @classmethod
    def load(cls, out: Path) -> Manifest:
        """The manifest in ``out``, or an empty one (a missing or damaged cache means rebuild)."""
        try:
            data = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
            entries = data["entries"] if data.get("version") == 1 else {}
        except (OSError, ValueError, KeyError, TypeError):
            entries = {}
        return cls(out, dict(entries))

    def fresh(self, name: str, key: str) -> Path | None:
        """The output recorded under ``name`` if it was made from ``key`` and is untouched."""
        entry = self.entries.get(name)
        if not entry or entry.get("key") != key:
            return None
        output = self.out / entry["output"]
        if not output.exists():
            return None
        if output.is_file():
            if file_hash(output) != entry.get("sha256"):
                return None
            self._checked.add(name)
        return output

    def made(self, slug: str, editions: Iterable[str]) -> dict[str, Path]:
        """The outputs the last builds made of ``slug``'s ``editions`` that are still there,
        whatever their keys (a build of other documents offers them as they are)."""
        found = {}
        for edition in editions:
            entry = self.entries.get(f"{slug}/{edition}")
            if entry and (self.out / entry["output"]).exists():
                found[edition] = self.out / entry["output"]
        return found

    def record(self, name: str, key: str, output: Path) -> None:
        """Remember that ``output`` was made from ``key``."""
        self.entries[name] = {
            "key": key,
            "output": str(output.relative_to(self.out)),
            "sha256": file_hash(output) if output.is_file() else "",
        }
        self._checked.add(name)

    def output_hash(self, name: str, output: Path) -> str:
        """The ``file_hash`` of ``output``, the file recorded under ``name``: the recorded one
        when this build has checked or recorded it, else read from the file (``made`` offers
        outputs as they are, perhaps changed since they were recorded)."""
        entry = self.entries.get(name)
        if (
            name in self._checked
            and entry
            and entry.get("sha256")
            and self.out / entry["output"] == output
        ):
            return entry["sha256"]
        return file_hash(output)

    def forget(self, name: str) -> None:
        """Drop an entry (its output is to be rebuilt)."""
        self.entries.pop(name, None)
        self._checked.discard(name)

    def save(self) -> None:
        """Write the manifest atomically."""
        payload = {"version": 1, "entries": dict(sorted(self.entries.items()))}
        atomic.write_text(self.out / MANIFEST, json.dumps(payload, indent=1) + "\n")

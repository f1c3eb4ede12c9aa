"""The exception tree; each class carries the process exit code the CLI maps it to."""

from __future__ import annotations

__all__ = [
    "BuildError",
    "FrontMatterError",
    "InputError",
    "OutputError",
    "SourceError",
    "TriptychError",
    "UnknownFormatError",
    "UnwritableError",
]


class TriptychError(Exception):
    """Base of every error triptych raises on purpose. ``str(err)`` is the message for users."""

    exit_code = 1

    def __init__(self, message: str, *, source: str = "", line: int = 0, column: int = 0) -> None:
        super().__init__(message)
        self.message = message
        self.source = source
        self.line = line
        self.column = column

    def __reduce__(self) -> tuple[object, ...]:
        # errors cross process boundaries in parallel builds: keep where they happened
        return (_restore, (type(self), self.message, self.source, self.line, self.column))

    def __str__(self) -> str:
        where = self.source
        if where and self.line:
            where += f":{self.line}"
            if self.column:
                where += f":{self.column}"
        return f"{where}: error: {self.message}" if where else f"error: {self.message}"


class InputError(TriptychError):
    """A raw input that cannot be read: missing, unreadable, binary, undecodable, refused."""

    exit_code = 3


class SourceError(TriptychError):
    """A canonical source (Markdown or XML) that is malformed or breaks the schema."""

    exit_code = 4


class FrontMatterError(SourceError):
    """A Markdown source whose front matter is missing, unclosed or wrong."""


class UnwritableError(SourceError, ValueError):
    """A document the target format cannot hold, such as an anchor with a ``.`` converted to
    Markdown. The fix is in the source, so it is a ``SourceError``; it is a ``ValueError`` too,
    as the writers have always raised for what they cannot write."""


class UnknownFormatError(TriptychError):
    """A reader or writer name that is not registered."""

    exit_code = 2


class OutputError(TriptychError):
    """An output that would overwrite something it must not (an edited source, the input)."""

    exit_code = 5


class BuildError(TriptychError):
    """An edition could not be built (a missing font or library, a broken link, a validator)."""

    exit_code = 6


def _restore(
    kind: type[TriptychError], message: str, source: str, line: int, column: int
) -> TriptychError:
    return kind(message, source=source, line=line, column=column)

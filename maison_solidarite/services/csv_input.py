"""Reading a CSV file a person brings: its encoding, its separator, its lines, its text cells.

Accepted: UTF-8, with or without a byte-order mark, and Windows-1252 (what a spreadsheet
on Windows saves as "CSV"). The rule, in this order: a UTF-16 or UTF-32 byte-order mark,
or any NUL byte, means another encoding and the file is refused; bytes that are valid
UTF-8 are read as UTF-8; otherwise bytes that Windows-1252 defines are read as
Windows-1252 (it leaves 0x81, 0x8D, 0x8F, 0x90 and 0x9D undefined); anything else is
refused. The file is read in chunks: its size does not decide the memory used.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import BinaryIO, TextIO

from ..domain.errors import QT_TRANSLATE_NOOP, RowError, ValidationError
from ..reports.cells import restore_text

MAX_FILE_BYTES = 200 * 1024 * 1024
CHUNK_BYTES = 1024 * 1024
FOREIGN_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
CP1252_UNDEFINED = tuple(bytes([b]) for b in (0x81, 0x8D, 0x8F, 0x90, 0x9D))
SEPARATORS = (";", ",", "\t")

# Opens the text once more from its first line; each pass of an import calls it.
TextOpener = Callable[[], AbstractContextManager[TextIO]]


def _unreadable(path: Path, reason: str | None) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("Errors", "The file {path} cannot be read: {reason}"), path=str(path), reason=reason or "?"
    )


def wrong_encoding(path: Path | None) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The file {path} is not in an encoding the import reads. Save it as CSV in UTF-8 or Windows-1252, then import it again.",
        ),
        path=str(path) if path else "",
    )


def detect_encoding(stream: BinaryIO, path: Path | None = None) -> str:
    """``utf-8-sig`` or ``cp1252`` for the bytes of ``stream``; else ValidationError."""
    head = stream.read(4)
    if any(head.startswith(bom) for bom in FOREIGN_BOMS):
        raise wrong_encoding(path)
    utf8, utf8_ok, cp1252_ok = codecs.getincrementaldecoder("utf-8")(), True, True
    chunk = head + stream.read(CHUNK_BYTES)
    while chunk:
        if b"\0" in chunk:
            raise wrong_encoding(path)
        if utf8_ok:
            try:
                utf8.decode(chunk)
            except UnicodeDecodeError:
                utf8_ok = False
        cp1252_ok = cp1252_ok and not any(byte in chunk for byte in CP1252_UNDEFINED)
        chunk = stream.read(CHUNK_BYTES)
    if utf8_ok:
        try:
            utf8.decode(b"", final=True)  # a sequence cut at the end of the file
        except UnicodeDecodeError:
            utf8_ok = False
    if utf8_ok:
        return "utf-8-sig"
    if cp1252_ok:
        return "cp1252"
    raise wrong_encoding(path)


@contextmanager
def open_csv_file(path: Path) -> Iterator[TextOpener]:
    """Check the file's size and encoding; yield what opens its text for each pass.

    The file is held open from the check to the last pass: a copy saved over it by
    another program in the meantime is not read half-way.
    """
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The file {path} is larger than {max} MB."),
                path=str(path),
                max=MAX_FILE_BYTES // (1024 * 1024),
            )
        raw = path.open("rb")
    except OSError as exc:
        raise _unreadable(path, exc.strerror) from exc
    with raw:
        try:
            encoding = detect_encoding(raw, path)
        except OSError as exc:
            raise _unreadable(path, exc.strerror) from exc

        @contextmanager
        def opener() -> Iterator[TextIO]:
            raw.seek(0)
            text = io.TextIOWrapper(raw, encoding=encoding, errors="strict", newline="")
            try:
                yield text
            finally:
                text.detach()  # the file stays open for the next pass

        yield opener


def text_opener(text: str) -> TextOpener:
    """The same, for text already in memory."""

    @contextmanager
    def opener() -> Iterator[TextIO]:
        yield io.StringIO(text.lstrip("\ufeff"), newline="")

    return opener


def sniff_separator(stream: TextIO) -> str | None:
    """The separator of the first line (``;``, ``,`` or a tab), or None if the text is blank.

    Leaves ``stream`` at its start.
    """
    first = stream.readline(65536)
    blank = not first.strip() and not any(line.strip() for line in stream)
    stream.seek(0)
    if blank:
        return None
    return max(SEPARATORS, key=first.count)


def malformed(line: int, exc: Exception) -> RowError:
    return RowError(line, ValidationError(QT_TRANSLATE_NOOP("Errors", "malformed line ({reason})"), reason=str(exc)))


def csv_rows(stream: TextIO, separator: str) -> Iterator[tuple[int, list[str]]]:
    """(line number, fields) for each line, each field stripped and its export quote undone.

    A line that the csv module cannot read ends the file with a RowError.
    """
    reader = csv.reader(stream, delimiter=separator, strict=True)
    while True:
        try:
            fields = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise malformed(reader.line_num, exc) from None
        yield reader.line_num, [restore_text(field).strip() for field in fields]

"""Writing documents: the whole file, or nothing, with a clear message if the place is wrong."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from ..domain.errors import QT_TRANSLATE_NOOP, StorageError
from ..private import open_private, sync_file


def _cannot_write(path: Path, exc: OSError) -> StorageError:
    return StorageError(
        QT_TRANSLATE_NOOP("Errors", "The file {path} cannot be written: {reason}"),
        path=str(path),
        reason=exc.strerror or str(exc),
    )


@contextmanager
def atomic_open(path: Path, mode: str = "wb", **kwargs: Any) -> Iterator[IO[Any]]:
    """Open ``path.part`` for writing; it replaces ``path`` only once complete.

    A failure (a full disk, a missing folder) leaves no partial file behind. The file is
    created readable by its owner only (it may hold notes or a partner's appointments)
    and synced to disk before it takes the place of the old one.
    """
    partial = path.with_name(path.name + ".part")
    try:
        with open_private(partial, mode, **kwargs) as stream:
            yield stream
        sync_file(partial)
        partial.replace(path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise _cannot_write(path, exc) from exc
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def write_bytes(path: Path, data: bytes) -> None:
    with atomic_open(path) as stream:
        stream.write(data)

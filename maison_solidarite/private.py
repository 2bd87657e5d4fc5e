"""Files and folders that may hold personal data are readable by their owner only.

The process starts with a umask of 077 (``__main__``), and every writer also asks for
owner-only modes itself, so a library function called from elsewhere keeps the rule.
A file put in place is synced to disk, with its folder, before anyone relies on it.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import IO, Any

FILE_MODE = 0o600
FOLDER_MODE = 0o700
PRIVATE_UMASK = 0o077


def private_umask() -> int:
    """Make every file and folder this process creates owner-only; return the old mask."""
    return os.umask(PRIVATE_UMASK)


def private_folder(folder: Path) -> Path:
    """Create ``folder`` (and its missing parents) readable by its owner only.

    A folder that already exists keeps its mode: it may be a USB key or a share that an
    administrator chose, whose rights are theirs to set.
    """
    missing = []
    current = folder
    while not current.exists() and current != current.parent:
        missing.append(current)
        current = current.parent
    for path in reversed(missing):
        try:
            path.mkdir(mode=FOLDER_MODE)
        except FileExistsError:
            continue
        os.chmod(path, FOLDER_MODE)  # the mode given to mkdir goes through the umask
    return folder


def open_private(path: Path, mode: str = "wb", **kwargs: Any) -> IO[Any]:
    """Open ``path`` for writing, created (or truncated) with mode 0600."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_CLOEXEC", 0)
    fd = os.open(path, flags, FILE_MODE)
    try:
        if hasattr(os, "fchmod"):  # an existing file keeps its mode through O_TRUNC
            os.fchmod(fd, FILE_MODE)
        return os.fdopen(fd, mode, **kwargs)
    except BaseException:
        os.close(fd)
        raise


def make_private(path: Path) -> None:
    """Give an existing file owner-only rights (a file written by a library, say)."""
    os.chmod(path, FILE_MODE)


def sync_file(path: Path) -> None:
    """Flush ``path`` to the disk, then the folder that names it."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    sync_folder(path.parent)


def sync_folder(folder: Path) -> None:
    if os.name != "posix":
        return  # Windows cannot open a folder to sync it; NTFS journals the rename
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)

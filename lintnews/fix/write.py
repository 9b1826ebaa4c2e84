"""Write a fixed file without ever losing data: temp file in the same folder, then an atomic rename.

The bytes keep the file's encoding, BOM and newlines (the fixed text was never normalised), and the
new file gets the old one's mode. Refused, with a one-line reason: read-only files, links that lead
outside the tree being checked, files with several hard links (a rename would split them), and files
that changed on disk after they were read (someone else's edit would be overwritten).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import stat
import tempfile

from ..document.encoding import encode
from ..document.model import Encoding
from ..errors import LintnewsError


class WriteRefused(LintnewsError):
    """A fixed file that was deliberately not written."""


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _inside(path: str, root: str) -> bool:
    root = os.path.realpath(root)
    return os.path.commonpath([path, root]) == root


def writable_target(path: str, root: str) -> str:
    """The real file to replace for ``path``; raises ``WriteRefused`` when it must not be written."""
    target = os.path.realpath(path)
    if os.path.islink(path) and not _inside(target, root):
        raise WriteRefused(f"is a link to {target}, outside {root}; not fixed", path)
    try:
        st = os.stat(target)
    except OSError as exc:
        raise WriteRefused(f"cannot be read back: {exc.strerror}; not fixed", path) from None
    if not stat.S_ISREG(st.st_mode):
        raise WriteRefused("is not a regular file; not fixed", path)
    if not st.st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH) or not os.access(target, os.W_OK):
        raise WriteRefused("is read-only; not fixed", path)
    if st.st_nlink > 1:
        raise WriteRefused(f"has {st.st_nlink} hard links, which rewriting would split; not fixed", path)
    return target


def write_fixed(path: str, text: str, encoding: Encoding, expected_digest: str | None,
                root: str = ".") -> None:
    """Atomically replace ``path`` with ``text`` stored like the original."""
    target = writable_target(path, root)
    data = encode(text, encoding)
    with open(target, "rb") as f:
        current = f.read()
    if expected_digest is not None and digest(current) != expected_digest:
        raise WriteRefused("changed on disk since it was read; not fixed (run again)", path)
    st = os.stat(target)
    folder, name = os.path.split(target)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".lintnews-tmp", dir=folder or ".")
    except OSError as exc:
        reason = f"cannot create a temporary file next to it: {exc.strerror}; not fixed"
        raise WriteRefused(reason, path) from None
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, stat.S_IMODE(st.st_mode))
        if hasattr(os, "chown") and (st.st_uid, st.st_gid) != (os.getuid(), os.getgid()):
            with contextlib.suppress(OSError):
                os.chown(tmp, st.st_uid, st.st_gid)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise

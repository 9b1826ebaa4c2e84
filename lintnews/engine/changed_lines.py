"""``--diff-base REF``: keep only findings on lines added or changed since REF, as git sees them.

The working tree is compared with the merge base of REF and HEAD (what a pull request changed, even
when REF has moved on), renames are followed, and files git does not track yet count as all new.
The real ``git`` runs in a subprocess; user settings that change diff output are overridden.
"""

from __future__ import annotations

import codecs
import os
import re
import subprocess

from ..errors import ConfigError
from .results import RunResult

_HUNK = re.compile(r"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@")
#: ``None`` means every line of the file is new (an untracked file, or one git shows as binary).
Changed = dict[str, "set[int] | None"]


def _git(args: list[str], cwd: str) -> str:
    cmd = ["git", "-c", "core.quotepath=off", "-c", "diff.noprefix=false", "-c", "diff.mnemonicprefix=false",
           *args]
    try:
        proc = subprocess.run(cmd, cwd=cwd, capture_output=True, check=False)
    except FileNotFoundError:
        raise ConfigError("--diff-base needs git, which was not found on PATH") from None
    if proc.returncode != 0:
        message = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        raise ConfigError(f"--diff-base: git {args[0]} failed: {message[-1] if message else proc.returncode}")
    return proc.stdout.decode("utf-8", "surrogateescape")


def _unquote(path: str) -> str:
    """Undo git's C-style quoting of unusual file names."""
    if len(path) >= 2 and path[0] == path[-1] == '"':
        raw = codecs.escape_decode(path[1:-1].encode("utf-8", "surrogateescape"))[0]
        return raw.decode("utf-8", "surrogateescape")
    return path


def parse_diff(diff: str) -> Changed:
    """Lines added or changed in each new-side file of a ``git diff --unified=0``."""
    changed: Changed = {}
    current: str | None = None
    in_header = False
    for line in diff.split("\n"):
        if line.startswith("diff --git "):
            current, in_header = None, True
        elif in_header and line.startswith("+++ "):
            target = _unquote(line[4:].rstrip("\t"))
            current = None if target == "/dev/null" else target[2:]
            if current is not None:
                changed.setdefault(current, set())
        elif in_header and line.startswith("Binary files ") and line.endswith(" differ"):
            target = _unquote(line[len("Binary files "):-len(" differ")].rsplit(" and ", 1)[-1])
            if target != "/dev/null":
                changed[target[2:]] = None
        elif line.startswith("@@ "):
            in_header = False
            m = _HUNK.match(line)
            lines = changed.get(current) if current is not None else None
            if m and lines is not None:
                start, count = int(m.group(1)), int(m.group(2) or 1)
                lines.update(range(start, start + count))
    return changed


def changed_lines(ref: str, cwd: str = ".") -> tuple[str, Changed]:
    """The repository's top folder and, per file relative to it, the lines changed since ``ref``."""
    top = _git(["rev-parse", "--show-toplevel"], cwd).strip()
    try:
        _git(["rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"], top)
    except ConfigError:
        raise ConfigError(f"--diff-base: unknown revision '{ref}'") from None
    try:
        base = _git(["merge-base", ref, "HEAD"], top).strip() or ref
    except ConfigError:
        base = ref
    diff = _git(["diff", "--no-color", "--no-ext-diff", "--no-textconv", "--unified=0", "-M",
                 "--no-relative", "--src-prefix=a/", "--dst-prefix=b/", base, "--"], top)
    changed = parse_diff(diff)
    untracked = _git(["ls-files", "--others", "--exclude-standard", "-z"], top)
    for name in untracked.split("\0"):
        if name:
            changed[name] = None
    return top, changed


def _last_line(line: int, end_line: int, end_column: int) -> int:
    """A span ending at column 1 ends with the previous line's line break."""
    return end_line - 1 if end_column == 1 and end_line > line else end_line


def filter_changed(result: RunResult, ref: str, cwd: str = ".") -> int:
    """Remove findings on lines unchanged since ``ref``; returns how many were removed. Files outside
    the repository (and standard input) are kept whole, since git cannot say what changed there."""
    top, changed = changed_lines(ref, cwd)
    top = os.path.realpath(top)
    removed = 0
    for file in result.files:
        if file.path.startswith("<") or not file.findings:
            continue
        real = os.path.realpath(file.path)
        if os.path.commonpath([real, top]) != top:
            continue
        lines = changed.get(os.path.relpath(real, top).replace(os.sep, "/"), set())
        if lines is None:
            continue
        keep = [f for f in file.findings
                if any(n in lines for n in range(f.line, _last_line(f.line, f.end_line, f.end_column) + 1))]
        removed += len(file.findings) - len(keep)
        file.findings = keep
    return removed

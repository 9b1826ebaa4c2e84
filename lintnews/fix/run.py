"""Fix a whole run: every file's fix loop (in parallel with ``jobs``), then the corpus phase, then writing.

Corpus checks (names across a site) only speak after every file was seen, so their fixes are applied
in a later round on the main process, followed by more passes of the files they touched.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field

from ..config.settings import Settings
from ..document import format_for, read_bytes, read_text
from ..engine.parallel import group_paths, map_files
from ..engine.results import FileResult, RunResult
from ..engine.runner import Linter
from ..errors import LintnewsError
from .loop import FixedFile, FixPass, copy_result, fix_document, fix_loop, run_pass
from .write import digest, write_fixed

LEVELS = {"safe": ("safe",), "unsafe": ("safe", "unsafe")}
CORPUS_ROUNDS = 3


@dataclass
class FixRun:
    """What fixing did: the remaining findings (``result``) and every file's ``FixedFile``."""

    result: RunResult
    files: list[FixedFile] = field(default_factory=list)

    @property
    def changed(self) -> list[FixedFile]:
        return [f for f in self.files if f.changed]

    @property
    def applied(self) -> int:
        return sum(len(f.applied) for f in self.changed)


def _fix_path(linter: Linter, item: tuple[str, str, tuple[str, ...]]) -> FixedFile | FileResult:
    path, root, allowed = item
    try:
        with open(path, "rb") as f:
            data = f.read()
        document = read_bytes(data, path)
    except IsADirectoryError:
        return FileResult(path=path, error=f"{path}: is a directory")
    except OSError as exc:
        return FileResult(path=path, error=str(LintnewsError(exc.strerror or str(exc), path)))
    except LintnewsError as exc:
        return FileResult(path=path, error=str(exc))
    return fix_document(linter, document, allowed, digest(data), root)


def _root_of(arg: str) -> str:
    return arg if os.path.isdir(arg) else (os.path.dirname(arg) or ".")


def fix_paths(paths: list[str], settings: Settings, unsafe: bool = False, stdin_filename: str | None = None,
              jobs: int | None = 1, progress: Callable[[int], Callable[[int], None]] | None = None) -> FixRun:
    """Fix files in memory (nothing is written here); ``-`` reads standard input."""
    allowed = LEVELS["unsafe" if unsafe else "safe"]
    linter = Linter(settings)
    groups = group_paths(paths, settings)
    items = [(f, _root_of(p), allowed) for p, group in groups for f in group]
    done = iter(map_files(linter, _fix_path, items, jobs, progress(len(items)) if progress else None))
    outcomes: list[FixedFile | FileResult] = []
    for path, group in groups:
        if path == "-":
            name = stdin_filename or "<stdin>"
            try:
                document = read_bytes(sys.stdin.buffer.read(), name, format_for(name))
                outcomes.append(fix_document(linter, document, allowed))
            except LintnewsError as exc:
                outcomes.append(FileResult(path=name, error=str(exc)))
        outcomes.extend(next(done) for _ in group)
    return _corpus_rounds(linter, outcomes, allowed)


def _finish(linter: Linter, outcomes: list[FixedFile | FileResult]) -> RunResult:
    files = [copy_result(o.result) if isinstance(o, FixedFile) and o.result else o for o in outcomes]
    return linter.finish(RunResult(files=[f for f in files if isinstance(f, FileResult)]))


def _corpus_rounds(linter: Linter, outcomes: list[FixedFile | FileResult],
                   allowed: tuple[str, ...]) -> FixRun:
    fixed = [o for o in outcomes if isinstance(o, FixedFile)]
    result = _finish(linter, outcomes)
    if not linter.corpus_checks:
        return FixRun(result, fixed)
    for _ in range(CORPUS_ROUNDS):
        by_path = {r.path: r for r in result.files}
        again = False
        for f in fixed:
            findings = by_path[f.path].findings
            newline = f.document.encoding.newline
            text, applied, edits = run_pass(f.document.source, f.original, findings, allowed, newline)
            if text == f.document.source:
                continue
            again = True
            f.applied.extend(applied)
            f.passes.append(FixPass(findings, edits))
            f.document = read_text(text, f.path, f.document.format, f.document.encoding)
            f.result = linter.lint_loaded(f.document)
            fix_loop(linter, f, allowed)
        if not again:
            break
        result = _finish(linter, outcomes)
    return FixRun(result, fixed)


def write_all(run: FixRun) -> int:
    """Write every changed file; a refused write becomes that file's error (reported with the findings
    of the text as read, which is what stays on disk). Returns the number of files written."""
    pending = {f.path: f for f in run.files if f.changed and f.digest is not None}
    written = 0
    for i, file_result in enumerate(run.result.files):
        fixed = pending.pop(file_result.path, None)
        if fixed is None:
            continue
        try:
            write_fixed(fixed.path, fixed.document.source, fixed.document.encoding, fixed.digest, fixed.root)
            written += 1
        except (LintnewsError, OSError) as exc:
            error = exc if isinstance(exc, LintnewsError) else LintnewsError(str(exc.strerror), fixed.path)
            first = fixed.first or file_result
            run.result.files[i] = FileResult(path=fixed.path, findings=list(first.findings), error=str(error),
                                             words=first.words, meta=first.meta)
            doc = fixed.document
            fixed.document = read_text(fixed.original, fixed.path, doc.format, doc.encoding)
            fixed.applied, fixed.passes = [], []
    return written

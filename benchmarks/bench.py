#!/usr/bin/env python3
"""Throughput, peak memory and start-up time of ``lintnews check``, as a user runs it.

The corpus (by default ../shared/data/mt-news-dev/, machine-translated news) is replicated into a
temporary folder until it reaches ``--size`` megabytes, then ``lintnews check`` runs over it in a child
process pinned to one CPU with ``--jobs 1`` (``--jobs N``: N CPUs) and every built-in pack
(``--isolated``: no config file).
Start-up is the wall time of checking one small file, the median of several runs.

Throughput is given against CPU time (user + system of the child) as well as wall time: on a shared
machine the wall clock also counts time spent waiting for the CPU.

    python benchmarks/bench.py                       # 20 MB of the dev corpus
    python benchmarks/bench.py --corpus DIR --size 50 --runs 10 --json
    python benchmarks/bench.py --size 5 --per-pack       # CPU time of each built-in pack alone
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO.parent / "shared" / "data" / "mt-news-dev"
SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm"}
SMALL_ARTICLE = ("MINSK, Dec. 20 -- The presidents of Russia and Belarus met in Minsk on Friday for talks "
                 "on defence and energy, officials said.\n\nNo comments yet.\n")


@dataclass
class Run:
    seconds: float
    cpu_seconds: float
    peak_rss_mb: float
    exit_code: int


@dataclass
class Report:
    corpus: str
    files: int
    megabytes: float
    words: int
    findings: int
    seconds: float
    cpu_seconds: float
    mb_per_second: float
    words_per_second: float
    mb_per_cpu_second: float
    words_per_cpu_second: float
    peak_rss_mb: float
    startup_median_s: float
    startup_min_s: float
    python_startup_s: float


def replicate(corpus: Path, target: Path, size_mb: float) -> tuple[int, int]:
    """Copy the corpus's articles into ``target`` (copy-1/, copy-2/, ...) until ``size_mb`` is reached."""
    sources = sorted(p for p in corpus.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
    if not sources:
        raise SystemExit(f"bench: no articles ({', '.join(sorted(SUFFIXES))}) in {corpus}")
    total = files = copy = 0
    while total < size_mb * 1024 * 1024:
        copy += 1
        folder = target / f"copy-{copy}"
        for source in sources:
            dest = folder / source.relative_to(corpus)
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, dest)
            total += dest.stat().st_size
            files += 1
    return files, total


def _pin(cpus: int) -> Callable[[], None] | None:
    """A pre-exec hook that limits the child to ``cpus`` CPUs (where the platform allows it)."""
    if not hasattr(os, "sched_setaffinity"):
        return None
    return lambda: os.sched_setaffinity(0, set(sorted(os.sched_getaffinity(0))[:cpus]))


def timed(command: list[str], cwd: Path, cpus: int = 1) -> Run:
    """Wall time, CPU time and peak resident memory of one child process, pinned to ``cpus`` CPUs."""
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               preexec_fn=_pin(cpus))  # noqa: PLW1509
    assert process.stderr is not None
    stderr = process.stderr.read()
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode not in (0, 1):
        tail = stderr.decode()[-2000:]
        raise SystemExit(f"bench: {' '.join(command)} exited {process.returncode}:\n{tail}")
    # ru_maxrss is in kilobytes on Linux, bytes on macOS
    rss = usage.ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)
    return Run(seconds, usage.ru_utime + usage.ru_stime, rss, process.returncode)


def per_pack(command: list[str], corpus: Path, megabytes: float) -> None:
    """CPU seconds and MB per CPU second of each built-in pack alone (start-up included in each)."""
    listed = subprocess.run([*command, "rules", "list", "--isolated"], capture_output=True, text=True,
                            cwd=REPO, check=True)
    packs = sorted({line.split("/", 1)[0] for line in listed.stdout.splitlines() if "/" in line})
    print(f"{'pack':<24}  {'cpu s':>7}  {'MB/cpu s':>8}")
    for pack in packs:
        run = timed([*command, "check", "--isolated", "--jobs", "1", "--select", pack, "--format", "json",
                     "-o", os.devnull, str(corpus)], REPO)
        print(f"{pack:<24}  {run.cpu_seconds:7.2f}  {megabytes / run.cpu_seconds:8.2f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder of articles to replicate")
    parser.add_argument("--size", type=float, default=20.0, help="megabytes to check (default 20)")
    parser.add_argument("--runs", type=int, default=7, help="start-up runs (default 7)")
    parser.add_argument("--lintnews", default=None,
                        help="command to run (default: this Python with -m lintnews, from the checkout)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON too")
    parser.add_argument("--per-pack", action="store_true", help="also time each built-in pack alone")
    parser.add_argument("--jobs", type=int, default=1,
                        help="lintnews --jobs N, pinned to N CPUs: the parallel speed-up (default 1)")
    args = parser.parse_args(argv)
    cpus = max(1, args.jobs)

    command = args.lintnews.split() if args.lintnews else [sys.executable, "-m", "lintnews"]
    with tempfile.TemporaryDirectory(prefix="lintnews-bench-") as tmp:
        work = Path(tmp)
        corpus = work / "corpus"
        files, size = replicate(args.corpus, corpus, args.size)
        report_file = work / "findings.json"
        check = [*command, "check", "--isolated", "--jobs", str(cpus), "--format", "json", "-o",
                 str(report_file), str(corpus)]
        run = timed(check, REPO, cpus)
        data = json.loads(report_file.read_text(encoding="utf-8"))
        words = sum(f.get("words", 0) for f in data["files"])

        small = work / "small.txt"
        small.write_text(SMALL_ARTICLE, encoding="utf-8")
        startup = [timed([*command, "check", "--isolated", str(small)], REPO).seconds
                   for _ in range(args.runs)]
        python = min(timed([sys.executable, "-c", "pass"], REPO).seconds for _ in range(3))
        if args.per_pack:
            per_pack(command, corpus, size / (1024 * 1024))
            print()

    megabytes = size / (1024 * 1024)
    report = Report(
        corpus=str(args.corpus), files=files, megabytes=round(megabytes, 2), words=words,
        findings=len(data["findings"]), seconds=round(run.seconds, 2), cpu_seconds=round(run.cpu_seconds, 2),
        mb_per_second=round(megabytes / run.seconds, 2), words_per_second=round(words / run.seconds),
        mb_per_cpu_second=round(megabytes / run.cpu_seconds, 2),
        words_per_cpu_second=round(words / run.cpu_seconds),
        peak_rss_mb=round(run.peak_rss_mb, 1), startup_median_s=round(statistics.median(startup), 3),
        startup_min_s=round(min(startup), 3), python_startup_s=round(python, 3),
    )
    rows = [
        ("corpus", f"{report.files} files, {report.megabytes} MB, {report.words:,} words "
                   f"({args.corpus.name})"),
        ("findings", f"{report.findings:,}"),
        (f"time ({cpus} core{'s' * (cpus > 1)})", f"{report.cpu_seconds} s CPU, {report.seconds} s wall"),
        ("throughput per CPU second", f"{report.mb_per_cpu_second} MB/s, "
                                      f"{report.words_per_cpu_second:,} words/s"),
        ("throughput per wall second", f"{report.mb_per_second} MB/s, {report.words_per_second:,} words/s"),
        ("peak memory (RSS)", f"{report.peak_rss_mb} MB"),
        ("start-up, one small file", f"{report.startup_median_s} s median, {report.startup_min_s} s best "
                                     f"of {args.runs}"),
        ("python -c pass", f"{report.python_startup_s} s"),
    ]
    width = max(len(name) for name, _ in rows)
    print(f"{'measure':<{width}}  value")
    print(f"{'-' * width}  {'-' * 50}")
    for name, value in rows:
        print(f"{name:<{width}}  {value}")
    if args.json:
        print(json.dumps(asdict(report), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

#!/usr/bin/env python3
"""Grammar-check throughput in checked words per second, with a cold and with a warm cache.

The corpus is every article recorded from a real LanguageTool 6.3 server (tests/data/languagetool/:
the seed article and six machine-translated dev articles), served by the test suite's replay server
(tests/languagetool_replay.py) on loopback — or by a real server with ``--url``. Only the grammar pack
runs, so the figures measure the LanguageTool path: prose extraction, batching, HTTP, offset mapping
and the cache. A cold run starts from an empty cache folder; a warm run repeats it with the cache
filled, which is what a CI re-run of unchanged articles costs.

    python benchmarks/bench_languagetool.py                 # replay server, 5 runs each
    python benchmarks/bench_languagetool.py --url http://127.0.0.1:8081 --runs 3 --json
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))
sys.path.insert(0, str(REPO))


def corpus() -> list[str]:
    texts = []
    for path in sorted((REPO / "tests" / "data" / "languagetool").glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        form = record["request"].get("form") or {}
        if record["status"] == 200 and len(form) == 2 and len(form.get("text", "")) > 1000:
            texts.append(form["text"])  # whole articles checked with the default settings
    return texts


def one_run(url: str, texts: list[str], cache_dir: Path) -> float:
    """Seconds to check every text with a fresh Linter (a new run, as a CI job starts one), not counting
    the packs' loading, which every run pays with or without LanguageTool."""
    from lintnews.api import _settings
    from lintnews.engine.runner import Linter

    settings = _settings({"select": ["grammar"], "languagetool": {"url": url, "cache_dir": str(cache_dir)}})
    linter = Linter(settings)
    start = time.perf_counter()
    for text in texts:
        linter.lint_text(text)
    notices = [n for check in linter.checks if hasattr(check, "run_status") for n in check.run_status([])[0]]
    elapsed = time.perf_counter() - start
    if notices:
        raise SystemExit(f"bench_languagetool: {notices[0]}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="a real LanguageTool server (default: the replay server)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    texts = corpus()
    words = sum(len(t.split()) for t in texts)
    with ExitStack() as stack:
        url = args.url
        if not url:
            from languagetool_replay import ReplayServer

            url = stack.enter_context(ReplayServer()).url
        cold, warm = [], []
        for _ in range(args.runs):
            with tempfile.TemporaryDirectory() as cache_dir:
                cold.append(one_run(url, texts, Path(cache_dir)))
                warm.append(one_run(url, texts, Path(cache_dir)))
    report = {
        "server": args.url or "replay of LanguageTool 6.3 recordings",
        "articles": len(texts),
        "words": words,
        "runs": args.runs,
        "cold_seconds": round(statistics.median(cold), 4),
        "warm_seconds": round(statistics.median(warm), 4),
        "cold_words_per_second": round(words / statistics.median(cold)),
        "warm_words_per_second": round(words / statistics.median(warm)),
    }
    if args.json:
        print(json.dumps(report, indent=2))
        return
    print(f"{report['articles']} articles, {words} words, median of {args.runs} runs ({report['server']})")
    print(f"  cold cache: {report['cold_seconds']:.3f} s  {report['cold_words_per_second']:>9,} words/s")
    print(f"  warm cache: {report['warm_seconds']:.3f} s  {report['warm_words_per_second']:>9,} words/s")


if __name__ == "__main__":
    main()

"""Load test for ``lintnews serve``: a bounded number of concurrent ``POST /api/check`` requests with
the seed article, sent from this process to a server in another process on the loopback interface.

    python benchmarks/load_serve.py                       # starts its own server, 400 requests, 16 at once
    python benchmarks/load_serve.py --requests 2000 --concurrency 32 --workers 2
    python benchmarks/load_serve.py --url http://127.0.0.1:8080   # a server already running (loopback only)

Prints requests per second, latency percentiles and the error count; exits 1 if any request failed.
"""

from __future__ import annotations

import argparse
import asyncio
import ipaddress
import json
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

import httpx

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "tests" / "data" / "seed-article.txt"


def percentile(values: list[float], fraction: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, round(fraction * len(ordered) + 0.5) - 1))]


def loopback_only(url: str) -> None:
    host = urlsplit(url).hostname or ""
    if host == "localhost":
        return
    try:
        if ipaddress.ip_address(host).is_loopback:
            return
    except ValueError:
        pass
    sys.exit(f"load_serve: refusing to load {host}: only loopback addresses are allowed")


def start_server(workers: int) -> tuple[subprocess.Popen[bytes], str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    process = subprocess.Popen([sys.executable, "-m", "lintnews", "serve", "--isolated", "--port", str(port),
                                "--workers", str(workers), "--log-level", "warning"], cwd=REPO)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{base}/healthz", timeout=2).status_code == 200:
                return process, base
        except httpx.TransportError:
            time.sleep(0.1)
    process.kill()
    sys.exit("load_serve: the server did not start")


async def load(base: str, body: dict, requests: int, concurrency: int
               ) -> tuple[list[float], list[str], float]:
    latencies: list[float] = []
    errors: list[str] = []
    queue: asyncio.Queue[int] = asyncio.Queue()
    for i in range(requests):
        queue.put_nowait(i)
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=base, timeout=60, limits=limits) as client:
        for _ in range(min(concurrency, 8)):  # warm up: the first requests build caches
            await client.post("/api/check", json=body)

        async def worker() -> None:
            while not queue.empty():
                queue.get_nowait()
                started = time.perf_counter()
                try:
                    response = await client.post("/api/check", json=body)
                    if response.status_code != 200:
                        errors.append(f"HTTP {response.status_code}: {response.text[:200]}")
                except httpx.HTTPError as exc:
                    errors.append(f"{type(exc).__name__}: {exc}")
                latencies.append(time.perf_counter() - started)

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        elapsed = time.perf_counter() - started
    return latencies, errors, elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="a running server (loopback only); default: start one")
    parser.add_argument("--requests", type=int, default=400)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--workers", type=int, default=1, help="server processes when starting one")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    if not 1 <= args.concurrency <= 256 or not 1 <= args.requests <= 100_000:
        parser.error("--concurrency must be 1..256 and --requests 1..100000")
    process = None
    if args.url:
        loopback_only(args.url)
        base = args.url.rstrip("/")
    else:
        process, base = start_server(args.workers)
    try:
        body = {"text": SEED.read_text(encoding="utf-8")}
        latencies, errors, elapsed = asyncio.run(load(base, body, args.requests, args.concurrency))
    finally:
        if process is not None:
            process.terminate()
            process.wait(timeout=10)
    figures = {
        "requests": len(latencies), "concurrency": args.concurrency, "workers": args.workers,
        "errors": len(errors), "seconds": round(elapsed, 2),
        "requests_per_second": round(len(latencies) / elapsed, 1),
        "latency_ms": {"p50": round(1000 * statistics.median(latencies), 1),
                       "p95": round(1000 * percentile(latencies, 0.95), 1),
                       "p99": round(1000 * percentile(latencies, 0.99), 1),
                       "max": round(1000 * max(latencies), 1)},
    }
    if args.json:
        print(json.dumps(figures))
    else:
        lat = figures["latency_ms"]
        print(f"{figures['requests']} requests, {args.concurrency} concurrent, {args.workers} server "
              f"process(es): {figures['requests_per_second']} requests/s; latency p50 {lat['p50']} ms, "
              f"p95 {lat['p95']} ms, p99 {lat['p99']} ms, max {lat['max']} ms; {len(errors)} errors")
    for error in errors[:5]:
        print(f"  {error}", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

"""Per-paragraph answers on disk, so a re-run only pays for the paragraphs that changed.

A key hashes everything the answer depends on: the server's version and build, the request settings
(language, rules, categories, level) and the paragraph's text. SQLite gives atomic writes that several
processes can share; the file is kept under ``max_bytes`` by dropping the least recently used entries.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

DEFAULT_MAX_BYTES = 64 * 1024 * 1024


def default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "lintnews" / "languagetool"


def cache_key(server: str, fields: dict[str, str], paragraph: str) -> str:
    """A stable hash of the server identity, request settings (without the text) and paragraph."""
    settings = json.dumps(sorted((k, v) for k, v in fields.items() if k != "text"))
    digest = hashlib.sha256()
    for part in (server, settings, paragraph):
        digest.update(part.encode("utf-8"))
        digest.update(b"\0")
    return digest.hexdigest()


@contextmanager
def _transaction(db: sqlite3.Connection) -> Iterator[None]:
    """One transaction (one disk sync) for a batch of statements, rolled back on error."""
    db.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


class Cache:
    """``get_many``/``put_many`` of JSON-able values by key; any disk problem just means a miss."""

    def __init__(self, directory: str | os.PathLike[str] | None = None,
                 max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        self.path = Path(directory) if directory else default_cache_dir()
        self.max_bytes = max_bytes
        self.hits = 0
        self.misses = 0
        self._db: sqlite3.Connection | None = None
        self._broken = False

    def _connect(self) -> sqlite3.Connection | None:
        if self._db is None and not self._broken:
            try:
                self.path.mkdir(parents=True, exist_ok=True)
                db = sqlite3.connect(self.path / "cache.sqlite3", timeout=10, isolation_level=None)
                db.execute("PRAGMA journal_mode=WAL")
                db.execute("PRAGMA synchronous=NORMAL")  # a lost entry after a crash is only a miss
                db.execute("CREATE TABLE IF NOT EXISTS answers (key TEXT PRIMARY KEY, value TEXT NOT NULL, "
                           "size INTEGER NOT NULL, used REAL NOT NULL)")
                self._db = db
            except (OSError, sqlite3.Error):
                self._broken = True
        return self._db

    def get_many(self, keys: Iterable[str]) -> dict[str, Any]:
        keys = list(dict.fromkeys(keys))
        db = self._connect()
        found: dict[str, Any] = {}
        if db is not None and keys:
            try:
                for start in range(0, len(keys), 500):
                    chunk = keys[start:start + 500]
                    marks = ",".join("?" * len(chunk))
                    query = f"SELECT key, value FROM answers WHERE key IN ({marks})"
                    for key, value in db.execute(query, chunk):
                        found[key] = json.loads(value)
                if found:
                    now = time.time()
                    with _transaction(db):
                        db.executemany("UPDATE answers SET used=? WHERE key=?", [(now, k) for k in found])
            except (sqlite3.Error, ValueError):
                found = {}
        self.hits += len(found)
        self.misses += len(keys) - len(found)
        return found

    def put_many(self, items: dict[str, Any]) -> None:
        db = self._connect()
        if db is None or not items:
            return
        now = time.time()
        rows = []
        for key, value in items.items():
            text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
            rows.append((key, text, len(text.encode("utf-8")) + len(key), now))
        try:
            with _transaction(db):
                db.executemany("INSERT OR REPLACE INTO answers VALUES (?, ?, ?, ?)", rows)
                self._evict(db)
        except sqlite3.Error:
            pass

    def _evict(self, db: sqlite3.Connection) -> None:
        """Drop the least recently used entries until the cache is back under 80% of its bound."""
        total = db.execute("SELECT COALESCE(SUM(size), 0) FROM answers").fetchone()[0]
        if total <= self.max_bytes:
            return
        target = total - int(self.max_bytes * 0.8)
        freed = 0
        victims = []
        for key, size in db.execute("SELECT key, size FROM answers ORDER BY used ASC"):
            victims.append((key,))
            freed += size
            if freed >= target:
                break
        db.executemany("DELETE FROM answers WHERE key=?", victims)

    def size(self) -> int:
        db = self._connect()
        return 0 if db is None else db.execute("SELECT COALESCE(SUM(size), 0) FROM answers").fetchone()[0]

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

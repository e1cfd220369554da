"""A cache of work that depends only on a file's text, kept between runs (like Python's `.pyc`).

Parsing the rule packs' YAML (120 KB) was a tenth of every `audit check` beyond importing
Pandera; the same text gives the same data, so the data is kept as JSON under the text's
digest and read back in a millisecond. An entry is found only for the exact text (and this
format), so an edited pack is parsed again and never meets a stale entry. JSON, not pickle:
an entry is data, never code, whoever wrote the folder. What is read from the cache is
validated as if it had been parsed.

The folder is `$LKJIP_AUDIT_CACHE_DIR`, else the platform's user cache folder
(`$XDG_CACHE_HOME/lkjip-audit`, `~/.cache/lkjip-audit`, `%LOCALAPPDATA%/lkjip-audit`);
`LKJIP_AUDIT_CACHE_DIR=off` (or empty) turns it off. A folder that cannot be written, a
broken or foreign entry: the work is done as without a cache, and nothing is said.
Inputs are never written to: the cache holds only what the tool ships or the user's packs.
"""
from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path

#: bumped when what an entry holds changes: older entries are then never found
FORMAT = 1
#: entries kept per folder; the oldest are removed past it (each edit of a pack leaves one behind)
KEEP = 64


def folder() -> Path | None:
    """Where entries live, or None when the cache is off."""
    said = os.environ.get("LKJIP_AUDIT_CACHE_DIR")
    if said is not None:
        return None if said.strip().lower() in ("", "off", "0", "no", "false") else Path(said)
    if sys.platform == "win32" and os.environ.get("LOCALAPPDATA"):
        return Path(os.environ["LOCALAPPDATA"]) / "lkjip-audit"
    base = os.environ.get("XDG_CACHE_HOME") or ""
    return (Path(base) if base.strip() else Path.home() / ".cache") / "lkjip-audit"


def _entry(kind: str, text: str, salt: str) -> Path | None:
    where = folder()
    if where is None:
        return None
    digest = hashlib.sha256(f"{kind}\0{FORMAT}\0{salt}\0".encode() + text.encode("utf-8")).hexdigest()
    return where / f"{kind}-{digest[:40]}.json"


def load(kind: str, text: str, salt: str = "") -> dict | None:
    """What `store` kept for this exact `text` (and `salt`), or None."""
    path = _entry(kind, text, salt)
    if path is None:
        return None
    try:
        with open(path, "rb") as fh:
            got = json.loads(fh.read())
    except (OSError, ValueError):
        return None
    return got if isinstance(got, dict) else None


def store(kind: str, text: str, value: dict, salt: str = "") -> bool:
    """Keep `value` for `text`: only when JSON gives it back equal (a YAML date, a number as a key or a
    NaN would not come back the same, and is then not kept). Written whole or not at all."""
    path = _entry(kind, text, salt)
    if path is None:
        return False
    try:
        written = json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
        if json.loads(written) != value:
            return False
    except (TypeError, ValueError):
        return False
    import tempfile

    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".part-", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(written)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        _prune(path.parent)
    except OSError:
        return False
    return True


def _prune(where: Path) -> None:
    entries = [p for p in where.glob("*.json") if p.is_file()]
    if len(entries) <= KEEP:
        return
    entries.sort(key=lambda p: p.stat().st_mtime)
    for old in entries[: len(entries) - KEEP]:
        old.unlink(missing_ok=True)

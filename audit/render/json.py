"""`--format json`: one JSON object, stable across runs (sorted findings, fixed keys)."""
from __future__ import annotations

import json
from typing import IO


def render(result, stream: IO[str], lang: str | None = None, **_options) -> None:
    json.dump(result.to_records(lang), stream, ensure_ascii=False, indent=2)
    stream.write("\n")

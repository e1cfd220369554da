"""Formatters: `render(result, stream, options)` per format, chosen by name.

The registry maps a name to a module path, so a format's dependencies (Rich for
the terminal) are imported only when that format is used.
"""
from __future__ import annotations

import importlib
from typing import IO

FORMATS: dict[str, str] = {
    "rich": "audit.render.terminal",
    "json": "audit.render.json",
    "sarif": "audit.render.sarif",
    "junit": "audit.render.junit",
    "github": "audit.render.github",
    "markdown": "audit.render.markdown",
}


def render(name: str, result, stream: IO[str], **options) -> None:
    module = importlib.import_module(FORMATS[name])
    module.render(result, stream, **options)

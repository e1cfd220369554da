"""Formatters: `render(result, stream, options)` per format, chosen by name.

The registry maps a name to a module path, so a format's dependencies (Rich for
the terminal) are imported only when that format is used. Formats in
`BINARY_FORMATS` write bytes and need a binary stream (`io.BytesIO`, a file opened "wb",
`sys.stdout.buffer`); every other format writes text.
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
    "html": "audit.render.html",
    "xlsx": "audit.render.workpaper",
}

#: formats written as bytes (their `render` takes a binary stream)
BINARY_FORMATS = {"xlsx"}


def render(name: str, result, stream: IO[str] | IO[bytes], **options) -> None:
    module = importlib.import_module(FORMATS[name])
    module.render(result, stream, **options)

"""Grid tables (`+----+----+` borders, `|` between cells, `+====+` under the header), as pandoc writes them.

A cell may run over several text lines (joined by a space) and over several grid
columns or rows: a cell spans to the right where no `|` separates it from the
next column, and down where no border line closes it. Spans are laid out as the
DOCX reader lays out Word merges: the text on the range's first cell, the cells
it covers empty, the range listed in `DocTable.merged`.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from audit.document.model import DocCell, DocTable
from audit.ingest.limits import Budget

GRID_BORDER = re.compile(r"^\s*\+(?:[-=:]+\+)+\s*$")
_RULE = re.compile(r"\+[-=:]+\+")  # a border, or the part of one under cells that end there


def read_grid_table(lines: list[str], start: int, budget: Budget, path: str,
                    clean: Callable[[str], tuple[str, bool]]) -> tuple[int, DocTable]:
    """The grid table whose top border is line `start` (0-based): the line after it, and the table."""
    end = start
    while end < len(lines) and lines[end].strip()[:1] in ("+", "|"):
        end += 1
    block = [line.rstrip() for line in lines[start:end]]
    rules = [k for k, line in enumerate(block) if _RULE.search(line)]
    xs = sorted({m.start() for k in rules for m in re.finditer(r"\+", block[k])})
    if rules[-1] != len(block) - 1:  # no closing border: the block ends the last band
        rules.append(len(block))
    bands = [(a, b) for a, b in zip(rules, rules[1:]) if b > a + 1]
    budget.cells_read(len(bands) * max(len(xs) - 1, 0), path, str(start + 1))
    return end, _Grid(block, xs, bands, start).table(clean)


class _Grid:
    """The block's characters, its column edges `xs` and its row bands (border line above, below)."""

    def __init__(self, block: list[str], xs: list[int], bands: list[tuple[int, int]], start: int):
        self.block, self.xs, self.bands, self.start = block, xs, bands, start
        self.width = max(len(xs) - 1, 0)

    def _char(self, k: int, x: int) -> str:
        line = self.block[k] if k < len(self.block) else ""
        return line[x] if x < len(line) else ""

    def _separated(self, band: int, c: int) -> bool:
        """Is there a `|` between column c and c + 1 all along the band?"""
        top, bottom = self.bands[band]
        return all(self._char(k, self.xs[c + 1]) in ("|", "+") for k in range(top + 1, bottom))

    def _closed(self, band: int, c: int) -> bool:
        """Is column c closed by a border under the band?"""
        k = self.bands[band][1]
        if k >= len(self.block):
            return True
        segment = self.block[k][self.xs[c] + 1:self.xs[c + 1]]
        return bool(segment) and not segment.strip("-=:")

    def _text(self, b1: int, b2: int, c1: int, c2: int) -> str:
        """The text in the box of bands b1..b2 and columns c1..c2 (border lines crossed by the cell included)."""
        left, right = self.xs[c1] + 1, self.xs[c2 + 1]
        parts = []
        for k in range(self.bands[b1][0] + 1, self.bands[b2][1]):
            part = self.block[k][left:right].strip()
            if part and not (_RULE.search(self.block[k]) and not part.strip("-=:+")):  # a border the cell crosses
                parts.append(part)
        return " ".join(parts)

    def table(self, clean: Callable[[str], tuple[str, bool]]) -> DocTable:
        owner: dict[tuple[int, int], bool] = {}
        rows = [[DocCell("", line=self.start + top + 2) for _ in range(self.width)] for top, _ in self.bands]
        merged = []
        for b in range(len(self.bands)):
            for c in range(self.width):
                if (b, c) in owner:
                    continue
                c2 = c
                while c2 + 1 < self.width and not self._separated(b, c2):
                    c2 += 1
                b2 = b
                while b2 + 1 < len(self.bands) and not self._closed(b2, c):
                    b2 += 1
                for bb in range(b, b2 + 1):
                    for cc in range(c, c2 + 1):
                        owner[(bb, cc)] = True
                text, bold = clean(self._text(b, b2, c, c2))
                rows[b][c] = DocCell(text, bold, rows[b][c].line)
                if b2 > b or c2 > c:
                    merged.append((b, c, b2, c2))
        return DocTable(0, rows, self.start + 1, None, merged=merged)  # cells where the borders put them

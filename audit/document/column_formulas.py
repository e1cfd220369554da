"""The formulas a table prints in its numbering row: `6 = (3 x 5)`, `(5)=(4)/(3)x100%`, `6=5/3`, `(7) = (5) - (6)`.

Many tables number their columns under the header and write there how a column is computed from the others, by
those numbers. Such a formula is the table's own statement of its arithmetic: read here into an expression over
column positions, evaluated on each row by the `generic` kind (GEN006). Only `+ - × /`, parentheses, column
numbers and constants (`100`) are read; anything else leaves the column without a formula.
"""
from __future__ import annotations

import ast
import itertools
import re
from dataclasses import dataclass

#: `6 = ...`, `(5)=...`: the column a formula is for, and its right-hand side
_FORMULA = re.compile(r"^\(?\s*(\d{1,2})\s*\)?\s*=\s*(.+)$")
_NUMBER = re.compile(r"^\(?\s*(\d{1,2})\s*\)?")
_TIMES = re.compile(r"(?<=[\d)\s])[x×X*](?=[\s(\d])")
_ALLOWED = (ast.Expression, ast.BinOp, ast.UnaryOp, ast.Add, ast.Sub, ast.Mult, ast.Div, ast.USub, ast.Name,
            ast.Constant, ast.Load)


@dataclass(frozen=True)
class Formula:
    """A column's formula: as printed, and as an expression over the positions it reads (`c3 / c2 * 100`)."""

    printed: str
    expression: ast.Expression
    reads: tuple[int, ...]  # the column positions it reads
    percent: bool  # it says `× 100` (or `%`): its result is a percentage of what it divides
    #: the numbering row numbers its columns one by one (`1 2 3 ... 7`, each under its own column): the column
    #: numbers stand for the columns beneath them, whatever the rows print
    aligned: bool = False

    def evaluate(self, values: dict[int, float]) -> float | None:
        """The formula on one row's figures (None where a division is by zero)."""
        try:
            return float(_eval(self.expression.body, values))
        except ZeroDivisionError:
            return None

    def bounds(self, values: dict[int, float], halves: dict[int, float]) -> tuple[float, float] | None:
        """The least and greatest value the formula takes over the printed figures' rounding (every corner of the
        inputs' intervals: exact for sums, differences, products and quotients of positive figures)."""
        out = []
        for signs in itertools.product((-1, 1), repeat=len(self.reads)):
            corner = {p: values[p] + s * halves.get(p, 0.0) for p, s in zip(self.reads, signs)}
            value = self.evaluate(corner)
            if value is None:
                return None
            out.append(value)
        return min(out), max(out)


def formulas(numbering: list[str]) -> dict[int, Formula]:
    """The formulas of a numbering row (its cells' texts, by position), by the position of the column each is for.
    A column number refers to the cell of the row that prints it; a number no cell prints is a constant (`100`)."""
    numbers: dict[int, int] = {}
    for pos, text in enumerate(numbering):
        m = _NUMBER.match(text.strip())
        if m:
            numbers.setdefault(int(m.group(1)), pos)
    steps = sorted((n, pos) for n, pos in numbers.items())
    aligned = len(steps) >= 3 and all(b == (n1, p1) for b, (n1, p1) in
                                      zip(steps[1:], ((n + 1, pos + 1) for n, pos in steps)))
    out = {}
    for pos, text in enumerate(numbering):
        m = _FORMULA.match(text.strip())
        if not m or numbers.get(int(m.group(1))) != pos:
            continue
        formula = _parse(text.strip(), m.group(2), numbers, pos, aligned)
        if formula is not None:
            out[pos] = formula
    return out


def _parse(printed: str, right: str, numbers: dict[int, int], own: int, aligned: bool) -> Formula | None:
    said = right.replace("%", " ").replace(":", "/").replace(",", ".")
    said = _TIMES.sub("*", f" {said} ").strip()
    reads: list[int] = []

    def ref(m: re.Match) -> str:
        n = int(m.group(0))
        if n in numbers and numbers[n] != own and n != 100:
            reads.append(numbers[n])
            return f"c{numbers[n]}"
        return m.group(0)

    source = re.sub(r"\b\d+(?:\.\d+)?\b", ref, said)
    try:
        tree = ast.parse(source, mode="eval")
    except SyntaxError:
        return None
    if not reads or not all(isinstance(node, _ALLOWED) for node in ast.walk(tree)):
        return None
    if any(isinstance(node, ast.Constant) and not isinstance(node.value, (int, float)) for node in ast.walk(tree)):
        return None
    if any(isinstance(node, ast.Name) and not re.fullmatch(r"c\d+", node.id) for node in ast.walk(tree)):
        return None
    percent = "%" in right or bool(re.search(r"\*\s*100\b", source))
    return Formula(printed, tree, tuple(dict.fromkeys(reads)), percent, aligned)


def _eval(node, values: dict[int, float]) -> float:
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return float(node.value)
    if isinstance(node, ast.Name):
        return values[int(node.id[1:])]
    if isinstance(node, ast.UnaryOp):
        return -_eval(node.operand, values)
    assert isinstance(node, ast.BinOp), "`_parse` lets through nothing else"
    a, b = _eval(node.left, values), _eval(node.right, values)
    if isinstance(node.op, ast.Add):
        return a + b
    if isinstance(node.op, ast.Sub):
        return a - b
    if isinstance(node.op, ast.Mult):
        return a * b
    return a / b

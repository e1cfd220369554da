"""Numbers and tables printed the way converted LKjIPs print them (corpus builder helpers).

A `Sheet` collects markdown lines and remembers, for every table cell it prints,
the line and the column index in the printed row, so that the builder can name
cells by meaning (table, row key, column key) and the manifest can name lines.
"""
from __future__ import annotations

from dataclasses import dataclass, field


def money(x: float, style: str) -> str:
    """An amount in the document's style: id `1.234.567`, id00 `1.234.567,00`, en `1,234,567`, en00."""
    whole = f"{round(x):,}"
    if style.startswith("id"):
        whole = whole.replace(",", ".")
        return whole + (",00" if style == "id00" else "")
    return whole + (".00" if style == "en00" else "")


def pct(x: float, style: str, sign: bool = False, dec: int = 2) -> str:
    """A percentage with `dec` decimals, decimal comma for id styles, `%` appended when `sign`."""
    text = f"{x:.{dec}f}"
    if style.startswith("id"):
        text = text.replace(".", ",")
    return text + ("%" if sign else "")


def num(x: float, style: str, dec: int = 2) -> str:
    """An indicator value: integers plain, else `dec` decimals in the style's separator."""
    if float(x).is_integer():
        return str(int(x))
    return pct(x, style, dec=dec)


def transpose(text: str) -> str:
    """Swap the first pair of adjacent different digits from the right half of the number."""
    chars = list(text)
    digits = [i for i, c in enumerate(chars) if c.isdigit()]
    start = len(digits) // 2
    for a, b in zip(digits[start:], digits[start + 1:]):
        if b == a + 1 and chars[a] != chars[b]:
            chars[a], chars[b] = chars[b], chars[a]
            return "".join(chars)
    for a, b in zip(digits, digits[1:]):
        if b == a + 1 and chars[a] != chars[b]:
            chars[a], chars[b] = chars[b], chars[a]
            return "".join(chars)
    raise ValueError(f"no digits to transpose in {text!r}")


@dataclass
class Cell:
    text: str
    key: str | None = None  # column key for lookups (None: not addressable)
    rowspan: int = 1
    colspan: int = 1


@dataclass
class Sheet:
    """Markdown lines of one document, with the position of every addressable cell and mark."""

    lines: list[str] = field(default_factory=list)
    cells: dict[tuple[str, str, str], tuple[int, int]] = field(default_factory=dict)
    marks: dict[str, int] = field(default_factory=dict)
    tables: list[dict] = field(default_factory=list)
    logical: dict[tuple[str, str, str], int] = field(default_factory=dict)  # the column under a two-row header

    def add(self, *texts: str) -> None:
        for t in texts:
            self.lines.extend(t.split("\n"))
            self.lines.append("")

    def mark(self, name: str, text: str) -> None:
        """A paragraph whose line a mistake may name."""
        self.marks[name] = len(self.lines) + 1
        self.add(text)

    def table(self, name: str, form: str, caption: str, header: list[list[Cell]], body: list[tuple[str, list[Cell]]],
              numeric: bool = True) -> None:
        """Print a table in `form` (tab | pipe | html) after its caption; body rows are (row key, cells)."""
        self.add(caption)
        first = len(self.lines) + 1
        printer = {"tab": _tab, "pipe": _pipe, "html": _html, "grid": _grid}[form]
        covered: dict[int, int] = {}  # logical column -> body rows a rowspan above still covers
        for offset, row_key, cells in printer(header, body):
            logical = 0
            for col, cell in enumerate(cells):
                while covered.get(logical, 0) > 0:
                    logical += 1
                if cell.key and row_key:
                    self.cells[(name, row_key, cell.key)] = (first + offset, col)
                    self.logical[(name, row_key, cell.key)] = logical
                if cell.rowspan > 1:
                    covered[logical] = cell.rowspan
                logical += cell.colspan
            covered = {c: n - 1 for c, n in covered.items() if n > 1}
        self.lines.extend(_render(form, header, body))
        self.tables.append({"name": name, "caption": caption.replace("**", ""), "form": form, "first_line": first,
                            "last_line": len(self.lines), "numeric": numeric, "columns": header_names(header)})
        self.lines.append("")

    def where(self, name: str, row: str, col: str) -> tuple[int, int]:
        return self.cells[(name, row, col)]


def header_names(header: list[list[Cell]]) -> list[str]:
    """Each column's header as a reader would combine it: upper / lower for two-row headers."""
    grid: dict[tuple[int, int], str] = {}
    for r, row in enumerate(header):
        c = 0
        for cell in row:
            while (r, c) in grid:
                c += 1
            for dr in range(cell.rowspan):
                for dc in range(cell.colspan):
                    grid[(r + dr, c + dc)] = cell.text
            c += cell.colspan
    width = max(c for _, c in grid) + 1
    names = []
    for c in range(width):
        parts = [grid.get((r, c), "") for r in range(len(header))]
        parts = [p for i, p in enumerate(parts) if p and p not in parts[:i]]
        names.append(" / ".join(parts))
    return names


def _tab_cells(cells: list[Cell]) -> list[str]:
    out = []
    for c in cells:
        out.append(c.text)
        out.extend([""] * (c.colspan - 1))
    return out


def _tab(header, body):
    n = len(header)
    return [(n + i, key, cells) for i, (key, cells) in enumerate(body)]


def _pipe(header, body):
    n = len(header) + 1  # the |---| line
    return [(n + i, key, cells) for i, (key, cells) in enumerate(body)]


def _grid(header, body):
    n = 1 + len(header) + 1  # the top rule, header rows, the `+===+` rule; each body row has a rule below
    return [(n + 2 * i, key, cells) for i, (key, cells) in enumerate(body)]


def _html(header, body):
    n = 2 + len(header) + 1  # <table>, <thead>, header rows, </thead><tbody> on one line
    return [(n + i, key, cells) for i, (key, cells) in enumerate(body)]


def _render_grid(header: list[list[Cell]], body) -> list[str]:
    """A pandoc grid table, one line per row, every column three characters wider than its text."""
    rows = [_tab_cells(r) for r in header] + [_tab_cells(c) for _, c in body]
    widths = [max(len(r[c]) for r in rows if c < len(r)) + 3 for c in range(max(map(len, rows)))]
    rule = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    line = lambda r: "| " + " | ".join(t.ljust(w) for t, w in zip(r, widths)) + " |"  # noqa: E731
    out = [rule] + [line(r) for r in rows[:len(header)]] + [rule.replace("-", "=")]
    for r in rows[len(header):]:
        out += [line(r), rule]
    return out


def _render(form: str, header: list[list[Cell]], body) -> list[str]:
    if form == "grid":
        return _render_grid(header, body)
    if form == "tab":
        return ["\t".join(_tab_cells(r)) for r in header] + ["\t".join(_tab_cells(c)) for _, c in body]
    if form == "pipe":
        rows = [_tab_cells(r) for r in header]
        width = max(len(r) for r in rows + [_tab_cells(c) for _, c in body])
        out = ["| " + " | ".join(rows[0] + [""] * (width - len(rows[0]))) + " |",
               "|" + "---|" * width]
        out += ["| " + " | ".join(r + [""] * (width - len(r))) + " |" for r in rows[1:]]
        out += ["| " + " | ".join(_tab_cells(c)) + " |" for _, c in body]
        return out
    out = ["<table>", "<thead>"]
    for r in header:
        out.append("<tr>" + "".join(_th(c) for c in r) + "</tr>")
    out.append("</thead><tbody>")
    out += ["<tr>" + "".join(_th(c).replace("<th", "<td").replace("</th>", "</td>") for c in cells) + "</tr>"
            for _, cells in body]
    out.append("</tbody></table>")
    return out


def _th(c: Cell) -> str:
    span = (f' rowspan="{c.rowspan}"' if c.rowspan > 1 else "") + (f' colspan="{c.colspan}"' if c.colspan > 1 else "")
    return f"<th{span}>{c.text}</th>"


def split_row(line: str, form: str) -> list[str]:
    """The printed cells of one table line, as the manifest counts columns (0-based)."""
    if form == "tab":
        return line.split("\t")
    if form in ("pipe", "grid"):
        return [c.strip() for c in line.strip().strip("|").split("|")]
    import re

    return re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", line)


def replace_cell(line: str, form: str, col: int, old: str, new: str) -> str:
    """`line` with cell `col` changed from `old` to `new` (the old text must be there)."""
    cells = split_row(line, form)
    if cells[col] != old:
        raise ValueError(f"cell {col} is {cells[col]!r}, not {old!r}: {line!r}")
    if form == "tab":
        cells[col] = new
        return "\t".join(cells)
    if form == "pipe":
        cells[col] = new
        return "| " + " | ".join(cells) + " |"
    if form == "grid":  # keep the column width, so the rules still line up
        parts = line.split("|")
        room = len(parts[col + 1]) - 2
        if len(new) > room:
            raise ValueError(f"{new!r} is wider than its grid column")
        parts[col + 1] = " " + new.ljust(room) + " "
        return "|".join(parts)
    import re

    parts = re.split(r"(<td[^>]*>.*?</td>)", line)
    tds = [i for i, p in enumerate(parts) if p.startswith("<td")]
    parts[tds[col]] = parts[tds[col]].replace(f">{old}<", f">{new}<", 1)
    return "".join(parts)

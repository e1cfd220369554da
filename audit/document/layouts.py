"""What a printed table says by position and markup, made explicit per table kind.

A layout hook takes the rows of one recognised table part (canonical column ->
printed text) and fills the columns the page shows without a header: `level`
(a total line, a bold group row), hierarchical `id`s, the PK `versi` from the
caption. Hooks register by layout name, like rule kinds, and a table kind's model
names the one it is printed in (`layout=` in `schemas.base.table`; `totals` serves
any table of items and total lines); a kind without one is taken column for column.
Which columns label a row (and so hold `Jumlah` on a total line) is the model's
`labels` and `headings`; whether its first label is printed with the list number or
across the No column, its `numbered` and `label_in_no`; the group rows known by name,
its `group_rows`; the table a layout settles a row against, its `lookup`. Hooks never
change a printed figure.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from audit.document.model import DocTable
from audit.errors import ConfigError
from audit.model.spec import TableSpec

HOOKS: dict[str, Callable] = {}
#: second readings by layout name, once every table is read: `fn(part, others)`, `others` the parts of the
#: table kind its model names as `lookup`
SETTLE: dict[str, Callable] = {}
#: a row with text only in these columns is a note printed under the header ("Bukti Dukung: ..."), not a row
NOTE_COLUMNS = {"keterangan", "alasan", "formulasi"}
_LIST_NO = re.compile(r"^((?:\d{1,2}|[IVX]{1,4})\.)\s+(?=\S)")
_ITEMS = re.compile(r"(?:^|\s)(\d{1,2})\.\s+")


@dataclass
class Row:
    """One body row of a printed table, by canonical column."""

    text: dict[str, str]
    source: int  # row index in the printed table
    table: DocTable
    bold: bool = False
    columns: dict[str, int] = field(default_factory=dict)  # canonical column -> printed column position
    #: cells taken from another printed row (`extract`: an indicator's realisation printed in a table after the one
    #: of its targets): canonical column -> that Row, which says where the cell is printed
    elsewhere: dict[str, Row] = field(default_factory=dict)

    def get(self, name: str) -> str:
        return self.text.get(name, "") or ""


@dataclass
class Part:
    """One recognised printed table (or a segment of one): its rows and what is printed around it."""

    name: str
    rows: list[Row]
    context: str  # caption and section headings, lowercase
    headers: dict[str, str] = field(default_factory=dict)  # canonical column -> printed header label
    columns: set[str] = field(default_factory=set)  # the canonical table's columns
    layout: str | None = None  # the hook its model names
    labels: tuple[str, ...] = ()  # the columns whose text says what a row is (`TableSpec.printed_labels`)
    spec: TableSpec | None = None  # its table kind's declaration (`numbered`, `group_rows`, `lookup`...)


def _year_from_headers(part: Part, rows: list[Row]) -> None:
    """`TARGET KINERJA 2023` / `REALISASI KINERJA 2023`: the year of a one-year table is in its headers."""
    if "tahun" not in part.columns or "tahun" in part.headers:
        return
    spec = part.spec
    years = {y for name, h in part.headers.items() for y in re.findall(r"\b(?:19|20)\d{2}\b", h)
             if spec is None or (c := spec.column(name)) is None or not c.period_end}  # not the Renstra's last year
    if len(years) == 1:
        year = years.pop()
        for row in rows:
            row.text.setdefault("tahun", year)


def _base_from_headers(part: Part, rows: list[Row]) -> None:
    """`Angka Kematian Bayi (per 1.000 KH)`: a base a figure column's header names is the unit of every row that
    prints none (its `satuan`), so a rate is recomputed at that base (`audit.bases`)."""
    from audit.bases import base_of

    if "satuan" not in part.columns or part.spec is None:
        return
    figures = {c.name for c in part.spec.columns if c.kind in ("percent", "number")}
    named = [h for c, h in part.headers.items() if c in figures and base_of(h) is not None]
    if len(named) != 1:  # none, or two columns naming bases: nothing sure for the row
        return
    for row in rows:
        if not row.get("satuan").strip() and any(row.get(c).strip() for c in figures):
            row.text["satuan"] = named[0]


def hook(name: str):
    """Register a layout hook under the name table models give as their `layout`."""
    def register(fn):
        HOOKS[name] = fn
        return fn

    return register


def apply(part: Part, meta) -> list[Row]:
    rows = [r for r in part.rows if any(v.strip() for k, v in r.text.items() if k not in NOTE_COLUMNS)
            and not _spilled(r) and not _note(r, part.labels)]
    if part.spec is not None:
        _list_numbers(rows, part.spec)
    _year_from_headers(part, rows)
    _base_from_headers(part, rows)
    if part.layout is not None:
        fn = HOOKS.get(part.layout)
        if fn is None:
            raise ConfigError("bad_plugin", None, None, name=part.name,
                              detail=f"layout '{part.layout}' is none of {', '.join(sorted(HOOKS))}")
        rows = fn(part, rows, meta)
    return _averages(part, rows)


#: the level of a row of averages (`Rata-rata Capaian Kinerja`), and of one of their sum (`Jumlah Capaian Kinerja`),
#: in table kinds whose `level` allows it
AVERAGE, TOTAL = "rata_rata", "total"


def _averages(part: Part, rows: list[Row]) -> list[Row]:
    """A row of averages printed under an indicator table (`Rata-rata Capaian Kinerja`, `Rerata`) is no
    indicator: in a kind whose `level` allows it, it is level `rata_rata` and the others `item`, so that
    rules compare it with the mean of the rows printed above it (`sum` with `since_previous`); a row of their sum
    (`Jumlah Capaian Realisasi Kinerja`) is level `total`, compared with their sum. A label
    that begins so is an average when its printed row has no target and it names a capaian or kinerja
    (`Rata-rata capaian sasaran 1`) or prints no realisasi either: an indicator named so (`Rata-rata Lama
    Sekolah`, `Rata-rata persentase desa ...`) has a target, or at least a realisasi."""
    level = part.spec.column("level") if part.spec is not None else None
    if level is None or AVERAGE not in level.levels:
        return rows
    printed: dict[tuple[int, int], set[str]] = {}  # printed row -> the figure columns it fills (any year)
    for row in rows:
        filled = printed.setdefault((row.table.index, row.source), set())
        filled.update(c for c in ("target", "realisasi") if row.get(c).strip())
    averages, sums = [], []
    total = TOTAL in level.levels
    for row in rows:
        label = _label(row, part.labels) or row.get("no")
        words = _key_words(label)
        filled = printed[(row.table.index, row.source)]
        if "target" in filled or not (bool({"capaian", "kinerja"} & set(words)) or not filled):
            continue
        if words[:1] in (["rerata"], ["rata2"]) or words[:2] == ["rata", "rata"]:
            averages.append(row)
        elif total and words[:1] in (["jumlah"], ["total"]) and {"capaian", "kinerja"} & set(words):
            sums.append(row)  # `Jumlah Capaian Realisasi Kinerja`: their sum; `Jumlah dokumen` is an indicator
        else:
            continue
        if not _label(row, part.labels) and part.labels:  # printed across the No column: it is its label
            row.text[part.labels[0]], row.text["no"] = label, ""
    for row in rows if averages or sums else ():  # a table without one keeps its rows as printed (no level)
        row.text.setdefault("level", AVERAGE if any(row is a for a in averages)
                            else TOTAL if any(row is s for s in sums) else "item")
    return rows


def _key_words(text: str) -> list[str]:
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).split()


def _spilled(row: Row) -> bool:
    """Text of an unread column (kendala, upaya) that the conversion spilled into the number column."""
    number = row.get("no").strip()
    others = [v for k, v in row.text.items() if k not in ("no", "tahun", *NOTE_COLUMNS) and v.strip()]
    return len(number) > 12 and not others


def _note(row: Row, labels: tuple[str, ...]) -> bool:
    """A remark printed across the row under the header ("Bukti Dukung : ..."): one text cell, outside
    the label columns, and no figure."""
    from audit.document.classify import is_number

    filled = [(k, v) for k, v in row.text.items() if v.strip()]
    if len(filled) != 1:
        return False
    name, text = filled[0]
    return name not in (*labels, "no") and not is_number(text) and len(text) > 20


def _key(text: str) -> str:
    return re.sub(r"[^a-z]", "", text.lower())


def _label(row: Row, labels: tuple[str, ...]) -> str:
    """The text that says what a row is: its first filled label column."""
    for name in labels:
        if row.get(name).strip():
            return row.get(name)
    return ""


def _is_total(row: Row, labels: tuple[str, ...]) -> bool:
    """A total line (`Jumlah`, `TOTAL`, `J U M L A H`, `Total Belanja Daerah`; `hierarchy.total_rank`), or a
    line with neither label nor number."""
    label = _label(row, labels)
    if label:
        return _total_label(label, row.bold)
    return not row.get("no").strip()


def _total_label(label: str, bold: bool = False) -> bool:
    from audit.document.hierarchy import total_rank

    return (total_rank(label, bold) or 0) >= 2


def _list_numbers(rows: list[Row], spec: TableSpec) -> None:
    """A list number that starts the first label (`1. Program ...`, `II. Program ...`) is the row's `no`
    (`numbered`); a label printed across the number column (`J U M L A H`) is the row's label (`label_in_no`)."""
    label = spec.labels[0] if spec.labels else None
    has_no = spec.column("no") is not None
    for row in rows:
        number = row.get("no").strip()
        if number and not re.match(r"^\(?[0-9IVXivx]{1,4}[.)]?$", number):
            if spec.label_in_no and label and not row.get(label).strip():
                row.text[label], row.text["no"] = number, ""
            continue
        if not (spec.numbered and label) or not has_no or number:
            continue
        m = _LIST_NO.match(row.get(label))
        if m:
            row.text["no"] = m.group(1)
            row.text[label] = row.get(label)[m.end():]


@hook("totals")
def _item_total(part: Part, rows: list[Row], meta) -> list[Row]:
    """Items, sub totals and the total line, by their labels."""
    for row in rows:
        row.text["level"] = ("total" if _is_total(row, part.labels) else
                             "subtotal" if _is_subtotal(row, part.labels) else "item")
    return rows


#: the head counts of a staff table: a row without any is a unit's heading (`Kec Payakumbuh Selatan`)
STAFF_COUNTS = ("pns", "pppk", "non_asn", "blud", "laki_laki", "perempuan", "jumlah")


@hook("staff")
def _staff_units(part: Part, rows: list[Row], meta) -> list[Row]:
    """A staff table's items, sub totals and total (`totals`); a table of several units (a kecamatan and
    its kelurahan, a dinas and its UPT) prints each unit's name on a row without figures, first or right
    after the sub total of the unit before, its rows under it, then its `Sub-jumlah`: those rows and that sub
    total are the unit's (`satuan_kerja`; an ijazah may repeat under each unit), and the sub total is compared
    with the same unit's in the other staff tables."""
    rows = _item_total(part, rows, meta)
    unit, previous = "", None
    for row in rows:
        level = row.text.get("level")
        starts = previous is None or previous.text.get("level") in ("subtotal", "total")
        if starts and level == "item" and _label(row, part.labels).strip() \
                and not any(row.get(c).strip() for c in STAFF_COUNTS):
            unit = _label(row, part.labels).strip()
        elif unit and level in ("item", "subtotal"):  # the unit's rows, then its sub total
            row.text["satuan_kerja"] = unit
            unit = "" if level == "subtotal" else unit
        else:
            unit = ""
        previous = row
    return rows


def _is_subtotal(row: Row, labels: tuple[str, ...]) -> bool:
    """`Sub Total`, `Sub Jumlah`, `Jumlah Program ...`: the sum of one group of rows, not of the table."""
    from audit.document.hierarchy import total_rank

    return total_rank(_label(row, labels), row.bold) == 1


@hook("staff_status")
def _pegawai_status(part: Part, rows: list[Row], meta) -> list[Row]:
    """Each status row named by its canonical group (pns, pppk, blud, non_asn: the vocabulary's words for
    those columns), so it can be compared with the status columns of the other staff tables."""
    from audit.ingest.headers import best_column

    groups = {"pns": "count", "pppk": "count", "blud": "count", "non_asn": "count"}
    for row in rows:
        if _is_total(row, part.labels):
            row.text["level"] = "total"
            continue
        row.text["level"] = "subtotal" if _is_subtotal(row, part.labels) else "item"
        group, _ = best_column(part.name, groups, row.get("status"))
        row.text["kelompok"] = group or ""
    return rows


@hook("asset_groups")
def _aset(part: Part, rows: list[Row], meta) -> list[Row]:
    """Group rows (bold, `GOLONGAN ...`, or one of the model's `group_rows` by name: the six golongan of
    fixed assets) and their items, by the first label column; the total line."""
    name = part.labels[0] if part.labels else ""
    marked = any(r.bold or _key(r.get(name)).startswith("golongan") for r in rows
                 if not _total_label(r.get(name), r.bold))
    # a recap of golongan only, neither bold nor `GOLONGAN ...`: the golongan are known by name
    named = part.spec.group_rows if part.spec is not None else ()
    golongan = set() if marked else {_key(label) for label in named}
    group, item = 0, 0
    for row in rows:
        label = row.get(name)
        if (not label.strip() and not row.get("no").strip()) or _total_label(label, row.bold):
            row.text.update(level="total", id="")
        elif row.bold or _key(label).startswith("golongan") or _key(label) in golongan:
            group, item = group + 1, 0
            row.text.update(level="golongan", id=str(group))
        else:
            item += 1
            row.text.update(level="item", id=f"{group}.{item}" if group else str(item))
    return rows


@hook("kegiatan")
def _kegiatan(part: Part, rows: list[Row], meta) -> list[Row]:
    """Levels from the labels, codes, numbering or bold type (`hierarchy.depths`); ids `program.kegiatan.sub`.

    Without programme rows, the programme number comes from the No column (printed on a
    programme's first kegiatan) and a kegiatan's number from its label (`Kegiatan 5`)."""
    if "program" in part.headers and "uraian" in part.headers:  # both printed, each in a column of its own
        return _beside_programs(part, rows)
    as_printed = rows
    rows, direct, aside = _spending_split(rows)
    rows, grouped = _without_groups(rows)
    levels = _levels(part, rows, ("program", "kegiatan", "sub_kegiatan"))
    has_programs = "program" in levels
    numbering = _Numbering()
    program, kegiatan, sub = 0, "", 0
    for row, level, after_group in zip(rows, levels, grouped):
        if after_group:
            numbering.group()
        label = row.get("uraian")
        number = row.get("no").strip().rstrip(".")
        if _total_label(label, row.bold) or (level is None and _is_total(row, part.labels)) or id(row) in direct:
            row.text.update(level="total", id="")
        elif _is_subtotal(row, part.labels):  # the sum of the programme above, printed under its kegiatan
            row.text.update(level="subtotal", id=str(program))
        elif level == "program":
            program = numbering.number(number)
            kegiatan, sub = "", 0
            row.text.update(level="program", id=str(program))
        elif level == "sub_kegiatan":
            sub += 1
            row.text.update(level="sub_kegiatan", id=f"{program}.{kegiatan}.{sub}")
        else:
            if number.isdigit() and not has_programs:
                program = int(number)
            m = re.match(r"\s*kegiatan\s+(\d+)", label, re.I)
            kegiatan, sub = (m.group(1) if m else str(int(kegiatan or 0) + 1)), 0
            row.text.update(level="kegiatan", id=f"{program}.{kegiatan}")
    return _outside(as_printed, rows, aside) if aside else rows


def _spending_split(rows: list[Row]) -> tuple[list[Row], set[int], set[int]]:
    """A budget split into `Belanja Tidak Langsung` (salaries, no programme's) and `Belanja Langsung` (its
    programmes' sum), as budgets under Permendagri 13/2006 print it over the programmes: the indirect row with its
    accounts (`Belanja Pegawai`), and a grand total printed above it (`Jumlah Total APBD`) or below the programmes
    (`JUMLAH`; both kinds of spending), are no rows of the programme > kegiatan hierarchy (their ids, set aside); the
    direct row is the programmes' total (its id). Read otherwise, the indirect spending was a programme and the
    direct one its only kegiatan."""
    labels = [row.get("uraian") or row.get("program") for row in rows]
    keys = [_key(label) for label in labels]
    # (`Belanja Tidak Langsung /Gaji/Tunjangan`: what it pays may follow)
    indirect = next((i for i, k in enumerate(keys) if k.startswith("belanjatidaklangsung")), None)
    direct = next((i for i, k in enumerate(keys) if k.startswith("belanjalangsung") and i > (indirect or 0)), None)
    if indirect is None or direct is None:
        return rows, set(), set()
    # the indirect spending and its accounts (`Belanja Pegawai`) up to the direct spending's row, a grand total
    # above them, and a plain total below (`JUMLAH`: both kinds of spending, the direct one being its programmes')
    aside = set(range(indirect, direct)) | {i for i in range(indirect) if _total_label(labels[i], rows[i].bold)} | {
        i for i in range(direct + 1, len(rows)) if _total_label(labels[i], rows[i].bold) and "langsung" not in keys[i]}
    return [row for i, row in enumerate(rows) if i not in aside], {id(rows[direct])}, {id(rows[i]) for i in aside}


def _outside(printed: list[Row], read: list[Row], aside: set[int]) -> list[Row]:
    """The rows `read` as programmes, kegiatan and totals, with those `_spending_split` set aside put back where they
    were printed, marked as spending outside the programmes (`OUTSIDE`): their own figures checked (a remainder, a
    percentage), in no programme's sum."""
    from schemas.anggaran import OUTSIDE

    kept = {id(row) for row in read}
    for row in printed:
        if id(row) in aside:
            row.text.update(level=OUTSIDE, id="")
    return [row for row in printed if id(row) in kept or id(row) in aside]


def _without_groups(rows: list[Row]) -> tuple[list[Row], list[bool]]:
    """The rows without those grouping programmes (`URUSAN WAJIB`, `TUGAS PEMBANTUAN`: their sums, a level no budget
    kind reads), and for each row whether such a row came right before it (`_Numbering.group`)."""
    from audit.document.hierarchy import groups_programmes

    out: list[Row] = []
    after: list[bool] = []
    grouped = False
    for row in rows:
        if groups_programmes(row.get("uraian") or row.get("program")) and not row.get("no").strip():
            grouped = True
            continue
        out.append(row)
        after.append(grouped)
        grouped = False
    return out, after


def _join_wrapped(rows: list[Row]) -> list[Row]:
    """The rows with a label's last line ruled as a row of its own (`Aparatur`, `(DAK)` under `Kegiatan Peningkatan
    ...`: no number, no level word, nothing else in the row, no group) joined to the label above. A kegiatan table
    keeps such rows: where no level word marks its rows, their number tells its levels apart."""
    from audit.document.hierarchy import Line, by_words, groups_programmes

    out: list[Row] = []
    for row in rows:
        label = row.get("uraian")
        if out and label.strip() and not row.get("no").strip() and by_words(Line(label)) is None \
                and not groups_programmes(label) and not any(v.strip() for k, v in row.text.items() if k != "uraian"):
            out[-1].text["uraian"] = f"{out[-1].get('uraian')} {label}".strip()
        else:
            out.append(row)
    return out


@dataclass
class _Numbering:
    """Programme ids from their printed numbers. Under a new group the numbers may start again from 1 (`TUGAS
    PEMBANTUAN`, then `DANA DEKONSENTRASI`): they go on from the programmes before it, so no two programmes share an
    id; numbers going on (`8.` after seven programmes) are kept."""

    program: int = 0
    offset: int = 0
    pending: bool = False  # a group began and no programme number under it was seen yet

    def group(self) -> None:
        self.offset, self.pending = self.program, True

    def number(self, printed: str) -> int:
        if not printed.isdigit():
            self.program += 1
            return self.program
        if self.pending:
            self.offset = self.offset if int(printed) <= self.offset else 0
            self.pending = False
        self.program = self.offset + int(printed)
        return self.program


def _beside_programs(part: Part, rows: list[Row]) -> list[Row]:
    """`PROGRAM | KEGIATAN | ANGGARAN | REALISASI`: each row a kegiatan, its programme named in the column beside it
    (once over its kegiatan, or on each). A new name there is the next programme; a row naming a programme and no
    kegiatan is the programme's own; a row naming neither (the unit's name in a column no kind reads, or nothing)
    over figures is a total."""
    program, kegiatan, named = 0, 0, ""
    for row in rows:
        label, name = row.get("uraian"), _key(row.get("program"))
        if name and name != named:
            named, program, kegiatan = name, program + 1, 0
        if _total_label(label or row.get("program"), row.bold) or (not label.strip() and not name):
            row.text.update(level="total", id="")
        elif not label.strip():
            row.text.update(level="program", id=str(program))
        else:
            kegiatan += 1
            row.text.update(level="kegiatan", id=f"{program}.{kegiatan}")
    return rows


def _indent(row: Row) -> float:
    """How far the row's label stands in, as printed."""
    pos = row.columns.get("uraian", row.columns.get("program"))
    cells = row.table.rows[row.source] if row.source < len(row.table.rows) else []
    return cells[pos].indent if pos is not None and pos < len(cells) else 0.0


def _levels(part: Part, rows: list[Row], full: tuple[str, ...]) -> list[str | None]:
    """Each row's level; numbering and bold count from the top level the caption or label header names."""
    from audit.document.hierarchy import Line, depths

    named = f"{part.context} {part.headers.get('uraian', '')} {part.headers.get('program', '')}".lower()
    lines = [Line(r.get("uraian") or r.get("program"), r.get("no") or r.get("kode"), r.bold, _indent(r))
             for r in rows]
    return depths(lines, full, full if "program" in named else full[1:])


def _versi(context: str) -> str | None:
    if "perubahan" in context:
        return "perubahan"
    if "awal" in context or "perjanjian kinerja" in context:
        return "awal"
    return None


@hook("pk_indikator")
def _pk_indikator(part: Part, rows: list[Row], meta) -> list[Row]:
    """Version from the caption, level from the sasaran header, one row per indicator of a listed cell."""
    versi = _versi(part.context)
    header = _key(part.headers.get("sasaran", ""))
    level = "sasaran_program" if "program" in header else "sasaran_strategis"
    out: list[Row] = []
    for row in rows:
        indicators = _split_items(row.get("indikator"))
        targets = row.get("target").split()
        if len(indicators) > 1 and len(targets) == len(indicators):
            for ind, target in zip(indicators, targets):
                out.append(Row({**row.text, "indikator": ind, "target": target}, row.source, row.table, row.bold,
                               row.columns))
        else:
            out.append(row)
    for row in out:
        row.text.setdefault("versi", versi or "")
        row.text["level"] = level
    if "target_perubahan" in part.headers and "versi" not in part.headers:
        out = [r for row in out for r in _both_versions(row)]  # `Target Awal | Target Perubahan` in one table
    return out


def _both_versions(row: Row) -> list[Row]:
    """One printed row with the initial and the amended target: a row of each PK version."""
    if not row.get("target_perubahan").strip():
        return [row]
    awal = Row({**row.text, "versi": "awal", "target_perubahan": ""}, row.source, row.table, row.bold, row.columns)
    moved = row.columns.get("target_perubahan", row.columns.get("target"))
    columns = row.columns if moved is None else {**row.columns, "target": moved}
    changed = Row({**row.text, "versi": "perubahan", "target": row.get("target_perubahan"), "target_perubahan": ""},
                  row.source, row.table, row.bold, columns)
    return [awal, changed]


def _split_items(text: str) -> list[str]:
    """`1. A 2. B 3. C` -> [A, B, C] when the numbers run 1, 2, 3."""
    marks = list(_ITEMS.finditer(text))
    first = int(marks[0].group(1)) if marks else 0
    if len(marks) < 2 or [int(m.group(1)) for m in marks] != list(range(first, first + len(marks))):
        return [text]
    if text[:marks[0].start()].strip():
        return [text]
    return [text[a.end():b.start() if b else len(text)].strip() for a, b in zip(marks, [*marks[1:], None])]


@hook("pk_anggaran")
def _pk_anggaran(part: Part, rows: list[Row], meta) -> list[Row]:
    versi = _versi(part.context)
    for row in rows:
        row.text.setdefault("versi", versi or "")
        row.text["level"] = "total" if _is_total(row, part.labels) else "item"
    return rows


_AMOUNT_UNIT = re.compile(r"^\s*(-|[\d.,]+\s*%?)\s+([A-Za-z][\w /-]*)$")


@hook("lppd")
def _lppd(part: Part, rows: list[Row], meta) -> list[Row]:
    """Program > kegiatan > sub kegiatan from the labels, codes, numbering or bold (`hierarchy.depths`), ids in
    the annex's own order; an indicator continued on a row without a label belongs to the row above; a
    total line is a total; `12 Laporan` is split into figure and unit. A row naming an urusan (`URUSAN WAJIB`, the
    sum of the programmes under it; `hierarchy.groups_programmes`) is a level the kind does not read: left out, never
    a programme or a kegiatan (`_without_groups`); the indirect spending and a grand total over it are spending
    outside the programmes, in no programme's sum, the direct spending being the programmes' total
    (`_spending_split`). A row without a level word under a programme is a
    kegiatan where the table names its programmes by the word, or where it prints no number or the next kegiatan's."""
    as_printed = _join_wrapped(rows)
    rows, direct, aside = _spending_split(as_printed)
    rows, grouped = _without_groups(rows)
    levels = _levels(part, rows, ("program", "kegiatan", "sub_kegiatan"))
    marked = any(levels)  # the rows carry levels (words, codes, numbering): an unmarked one is no new programme
    worded = _programmes_worded(rows)
    numbering = _Numbering()
    program, kegiatan, sub = 0, 0, 0
    level, ident = "", ""
    printed = 0  # the number the last programme printed
    for row, found, after_group in zip(rows, levels, grouped):
        if after_group:
            numbering.group()
        for figure, unit in (("target", "target_satuan"), ("realisasi", "realisasi_satuan")):
            m = _AMOUNT_UNIT.match(row.get(figure))
            if m and not row.get(unit).strip():
                row.text[figure], row.text[unit] = m.group(1).strip(), m.group(2).strip()
        key = _key(row.get("uraian"))
        if not key:
            row.text.update(level=level, id=ident)  # another indicator of the same program or kegiatan
            continue
        if _total_label(row.get("uraian"), row.bold) or id(row) in direct:
            row.text.update(level="total", id="")
            continue
        if _is_subtotal(row, part.labels):
            level, ident = "subtotal", str(program)
        elif found == "sub_kegiatan":
            sub += 1
            level, ident = "sub_kegiatan", f"{program}.{kegiatan}.{sub}"
        elif found == "kegiatan" or (found is None and marked and program and (
                worded or _next_kegiatan(row.get("no").strip().rstrip("."), kegiatan, printed))):
            # a kegiatan named without the word (`Penelitian Mandiri ...` among `Kegiatan ...` rows), numbered
            # by no entry of its own or as the next kegiatan: a kegiatan of the programme above, not a programme
            kegiatan, sub = kegiatan + 1, 0
            level, ident = "kegiatan", f"{program}.{kegiatan}"
        else:
            number = row.get("no").strip().rstrip(".")
            program = numbering.number(number)
            printed = int(number) if number.isdigit() else printed + 1
            kegiatan, sub = 0, 0
            level, ident = "program", str(program)
        row.text.update(level=level, id=ident)
    return _outside(as_printed, rows, aside) if aside else rows


def _programmes_worded(rows: list[Row]) -> bool:
    """Does the table name its programmes by the word (`Program Pelayanan ...`, two or more)? A row under a programme
    named without any level word is then a kegiatan, whatever its number (`Peningkatan Sarana ... di BPBIPL`,
    numbered `2` in the kegiatan's own column)."""
    from audit.document.hierarchy import Line, by_words

    return sum(1 for row in rows if by_words(Line(row.get("uraian"))) == "program") >= 2


def _next_kegiatan(number: str, kegiatan: int, printed: int) -> bool:
    """Is a row without a level word a kegiatan of the programme above? When it prints no number, or the next
    kegiatan's and not the next programme's (`2` after `Kegiatan ...` numbered `1` under programme `5`: the numbers
    of a table whose kegiatan number again under each programme, in a column of their own)."""
    if not number:
        return True
    return number.isdigit() and kegiatan > 0 and int(number) == kegiatan + 1 and int(number) != printed + 1


@hook("rencana_aksi")
def _rencana_aksi(part: Part, rows: list[Row], meta) -> list[Row]:
    """Heading-only rows (`BAGIAN ...`, `Kegiatan:`) are not items; `Kegiatan:` makes the next item a kegiatan."""
    from audit.document.classify import is_number

    out, next_level = [], None
    for row in rows:
        figures = any(is_number(v) or v.strip() == "-" for k, v in row.text.items() if k not in ("no", "uraian"))
        if not figures:
            if _key(row.get("uraian")).startswith("kegiatan"):
                next_level = "kegiatan"
            continue
        label = _key(row.get("uraian"))
        row.text["level"] = "program" if label.startswith("program") else next_level or "sub_kegiatan"
        next_level = None
        out.append(row)
    return out


@hook("pk_perubahan")
def _pk_perubahan(part: Part, rows: list[Row], meta) -> list[Row]:
    """What each change is, from the first word of its substance: a target, a budget, or something else.
    A budget's subject is the program named; a target's is settled against the PK tables (`resolve`)."""
    for row in rows:
        substansi = row.get("substansi").strip()
        first, _, rest = substansi.partition(" ")
        jenis = {"target": "target", "anggaran": "anggaran", "pagu": "anggaran"}.get(first.lower(), "lainnya")
        row.text.setdefault("jenis", jenis)
        row.text.setdefault("subjek", rest.strip() if jenis == "anggaran" else "")
    return rows


@hook("cakupan")
def _cakupan(part: Part, rows: list[Row], meta) -> list[Row]:
    """A coverage table's rows: an indicator (`item`), a group heading printed as a row of its own without figures
    (`a. Kesehatan Ibu`, `Pelayanan Kesehatan Balita`, `Pendidikan Anak Usia Dini`: `kelompok`, no indicator) or a
    total line (`total`)."""
    from audit.document.classify import is_number

    def figure(text: str) -> bool:  # `4.210` people is a figure, whichever way its dot is read (`is_number`)
        return is_number(text) or text.strip() in ("-", "–")

    # the counts and shares the model declares (population, served, target, share, capaian, gap)
    columns = [c.name for c in part.spec.columns if c.kind in ("count", "percent")] if part.spec is not None else []
    for row in rows:
        figures = any(figure(row.get(c)) for c in columns)
        label = _label(row, part.labels)
        if label and _total_label(label, row.bold) and figures:
            row.text["level"] = "total"
        else:
            row.text["level"] = "item" if figures else "kelompok"
    return rows


#: the rows under an IKM table's unsur, by what their label says (`schemas.ikm`), most specific first
IKM_ROWS = (("mutu", ("mutu", "kinerja unit", "kategori")),
            ("konversi", ("unit pelayanan", "konversi", "x 25", "x25", "× 25")),
            ("total", ("jumlah", "total", "nilai ikm", "indeks kepuasan", " ikm", "nilai indeks")))


@hook("ikm")
def _ikm(part: Part, rows: list[Row], meta) -> list[Row]:
    """A satisfaction survey's rows: an unsur (`item`), the IKM (`Jumlah`, `Nilai IKM`: `total`), the IKM of the
    unit (`IKM Unit Pelayanan`, IKM × 25: `konversi`) and its band (`Mutu Pelayanan`: `mutu`); the label may stand
    in the No column of a row printed across it."""
    for row in rows:
        label = f"{row.get('no')} {row.get('unsur')}".lower()
        level = next((name for name, words in IKM_ROWS if any(w in label for w in words)), "item")
        if level == "item" and _is_total(row, part.labels):
            level = "total"
        row.text["level"] = level
        if level == "mutu" and not row.get("mutu").strip():
            _ikm_band(row)
    return rows


def _ikm_band(row: Row) -> None:
    """The band printed in a figure column of the `Mutu Pelayanan` row (`B (Baik)`) is its `mutu`, at its cell."""
    from audit.document.classify import is_number

    for name in ("nrr_tertimbang", "nrr"):
        text = row.get(name).strip()
        if text and not is_number(text):
            row.text["mutu"], row.text[name] = text, ""
            if name in row.columns:
                row.columns["mutu"] = row.columns[name]
            return


def settle(layout: str):
    """Register a second reading for a layout, run once every table is read (`resolve`)."""
    def register(fn):
        SETTLE[layout] = fn
        return fn

    return register


def resolve(parts: dict[str, list[Part]]) -> None:
    """Readings that need another table: each part whose layout settles rows, with the parts of the table
    kind its model names as `lookup`."""
    for found in parts.values():
        for part in found:
            fn = SETTLE.get(part.layout or "")
            lookup = part.spec.lookup if part.spec is not None else None
            if fn is not None and lookup:
                fn(part, parts.get(lookup, []))


@settle("pk_perubahan")
def _pk_target_subject(part: Part, others: list[Part]) -> None:
    """The indicator whose target a PK change changed: the one indicator printed with the target before the
    change in the initial PK and with the target after it in the amended one (`others`: the PK's parts)."""
    from audit.numbers import parse_number

    def value(text: str):
        return parse_number(text, "percent").value

    indicators = [r for p in others for r in p.rows]
    for row in part.rows:
        if row.get("jenis") != "target" or row.get("subjek"):
            continue
        before, after = value(row.get("sebelum")), value(row.get("sesudah"))
        awal = {r.get("indikator") for r in indicators
                if r.get("versi") == "awal" and value(r.get("target")) == before}
        changed = [r.get("indikator") for r in indicators if r.get("versi") == "perubahan"
                   and value(r.get("target")) == after and r.get("indikator") in awal]
        if len(set(changed)) == 1:
            row.text["subjek"] = changed[0]


@hook("tujuan_sasaran")
def _indikator_level(part: Part, rows: list[Row], meta) -> list[Row]:
    """A tujuan table and a sasaran table share one canonical table: the label column's header says which."""
    header = _key(part.headers.get("uraian", ""))
    level = "sasaran" if "sasaran" in header else "tujuan" if "tujuan" in header else ""
    for row in rows:
        row.text.setdefault("level", level)
    return rows


@hook("pembanding")
def _pembanding(part: Part, rows: list[Row], meta) -> list[Row]:
    """The comparison agency is named by its column header (`Kecamatan Randuagung`)."""
    name = part.headers.get("realisasi_pembanding", "")
    if name and _key(name) not in ("realisasipembanding", "pembanding"):
        for row in rows:
            row.text.setdefault("pembanding", name)
    return rows


# hooks kept in modules of their own (importing nothing of this one), registered here
from audit.document import statement  # noqa: E402

hook("statement")(statement.read)  # a revenue-and-spending statement's sections

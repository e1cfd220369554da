"""A staff table by unit with the categories across the columns, read in the long form of the staff kinds.

Many agencies print their staff as one row per unit (the kecamatan office and each kelurahan, a dinas and its
UPT, an RSUD's instalasi) and the categories (golongan IV ... I, eselon, pendidikan, kelompok umur) as column
groups, each split into `L` and `P` (sometimes with its own `L+P`), a `Jumlah` group per unit, and a last
`Jumlah` row: each category's total over all units, often one figure over the group's columns. `read` turns
such a table into the rows of the staff kind the caption names (`schemas.pegawai`):

- one `item` per unit and category: `satuan_kerja` the unit, the category column (golongan, eselon ...) the
  group's label, `laki_laki`, `perempuan` and `jumlah` (an `L+P` column) as printed; a `jumlah` the page does
  not print stays blank, never derived: a derived cell has no printed place, and a fix to an L or P cell would
  leave it stale (the `split_sum` rules add L + P where the page prints a total over them);
- the unit's `Jumlah` group as that unit's `subtotal` (L, P, L+P as printed; `jumlah` blank when not printed);
- the last `Jumlah` row: each category's figures as a `rekap` row (its total over the units), the `Jumlah`
  group's as the table's `total`; a figure printed once over a group's columns is its `jumlah`.

A table printing one count per category and unit, without the sex split (`Unit Kerja | S2 | S1 | D3 | SMA |
Jumlah`), is read the same way, each category a group of its `jumlah` alone: its caption must name staff, its
columns after the label be figures only, the last a `Jumlah`, and no category be a sex or a status.

Every figure keeps its printed cell (row, column), so findings point at it. The table is taken so only when
its header shows the shape (a label column, then two or more category groups over `L`/`P`, or of one count
each), the label column is not itself a category (`Pendidikan`, `Golongan`: rows of categories, not units),
and the caption or the header names staff and exactly one staff kind; anything else is left to the classifier.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from audit.document.classify import Layout, Match, is_number, split_header
from audit.document.hierarchy import total_rank
from audit.document.layouts import Part, Row
from audit.document.model import DocTable
from audit.ingest.headers import header_key
from audit.model.spec import TableSpec

#: the sex split under each group, by the innermost header label (normalised by `header_key`)
SEX = {"l": "laki_laki", "lk": "laki_laki", "lakilaki": "laki_laki", "laki": "laki_laki", "pria": "laki_laki",
       "p": "perempuan", "pr": "perempuan", "perempuan": "perempuan", "wanita": "perempuan",
       "lp": "jumlah", "jumlah": "jumlah", "jml": "jumlah", "total": "jumlah"}
#: words of a caption or header that say a table counts staff (as the generic staff check's `words`)
STAFF_WORDS = ("pegawai", "asn", "pns", "pppk", "sdm", "sumber daya manusia", "tenaga", "personil", "personel",
               "karyawan", "aparatur")
#: group labels that are no category of people: shares, differences, statuses (a table by status is not read)
NOT_CATEGORY = re.compile(r"persen|prosen|komposisi|%|selisih|perbedaan|^pns$|^cpns$|^pppk$|^p3k$|^asn$|non ?asn|"
                          r"non ?pns|honorer|^tkb$|^thl$|^ptt$|^blud$")


#: a remark column's header (normalised by `header_key`), which may close the groups
_REMARK = frozenset({"ket", "keterangan"})


@dataclass
class Group:
    """One column group: its label and the positions of its L, P and L+P columns."""

    label: str
    columns: dict[str, int]  # laki_laki / perempuan / jumlah -> printed position
    total: bool = False  # the unit's `Jumlah` group

    @property
    def span(self) -> tuple[int, int]:
        return min(self.columns.values()), max(self.columns.values())


def read(seg: DocTable, specs: dict[str, TableSpec]) -> tuple[Match, Part] | None:
    """The staff kind and long-form rows of a table by unit with its categories across the columns, or None."""
    if _sex_labels(seg):
        layout = split_header(seg)
        shape = _shape(layout)
    elif _staff_caption(seg):  # one count per category, no L / P (`S2 S1 D3 SMA Jumlah` per unit)
        layout = split_header(seg)
        shape = _counts_shape(seg, layout)
    else:
        return None  # most tables: not worth splitting the header
    if shape is None:
        return None
    label_pos, no_pos, groups = shape
    if _names_category(layout.columns[label_pos].labels, specs):
        return None
    spec = _kind(seg, layout, specs)
    if spec is None:
        return None
    rows = _rows(seg, layout, spec, label_pos, no_pos, groups)
    if rows is None:
        return None
    mapping = {label_pos: "satuan_kerja", **({no_pos: "no"} if no_pos is not None else {})}
    for g in groups:
        for name, pos in g.columns.items():
            mapping[pos] = name
    context = " ".join([*seg.caption, *seg.section[-2:]]).lower()
    part = Part(spec.name, rows, context, {"satuan_kerja": " / ".join(layout.columns[label_pos].labels)},
                {c.name for c in spec.columns}, None, spec.printed_labels(), spec)
    return Match(spec, mapping, 0.0, layout, {}), part


def _sex_labels(seg: DocTable) -> bool:
    """At least four `L` / `P` labels in the first rows (two groups over L and P)."""
    found = sum(SEX.get(header_key(c.text)) in ("laki_laki", "perempuan") for row in seg.rows[:4] for c in row
                if c.text and len(c.text) <= 12)
    return found >= 4


def _shape(layout: Layout) -> tuple[int, int | None, list[Group]] | None:
    """(label column, No column, groups) when the header is a label column then groups over L / P."""
    groups: list[Group] = []
    plain: list[int] = []
    for col in layout.columns:
        sex = SEX.get(header_key(col.labels[-1])) if len(col.labels) >= 2 else None
        if sex is None:
            if groups and header_key(col.labels[-1] if col.labels else "") in _REMARK:
                continue  # a remark column after the groups (`KET.`): no figure of theirs
            if groups:  # a column after the groups that is none of them: another shape
                return None
            plain.append(col.position)
            continue
        group = col.labels[-2]
        if groups and groups[-1].label == group and sex not in groups[-1].columns:
            groups[-1].columns[sex] = col.position
        else:
            groups.append(Group(group, {sex: col.position}))
    for g in groups:
        g.total = (total_rank(g.label) or 0) >= 2
        if not ({"laki_laki", "perempuan"} <= set(g.columns)) or NOT_CATEGORY.search(header_key(g.label) or "?"):
            return None
    categories = [g for g in groups if not g.total]
    if len(categories) < 2 or len({g.label for g in groups}) < len(groups) or any(g.total for g in groups[:-1]):
        return None
    no = [p for p in plain if _is_no(layout, p)]
    labels = [p for p in plain if p not in no]
    if len(labels) != 1 or len(no) > 1:
        return None
    return labels[0], (no[0] if no else None), groups


def _staff_caption(seg: DocTable) -> bool:
    """The caption or the section says the table counts staff."""
    text = " " + " ".join(re.sub(r"[^a-z0-9]+", " ", t.lower()) for t in [*seg.caption[-2:], *seg.section[-1:]]) + " "
    return any(f" {w} " in " ".join(text.split()).join("  ") for w in STAFF_WORDS)


def _counts_shape(seg: DocTable, layout: Layout) -> tuple[int, int | None, list[Group]] | None:
    """(label column, No column, groups) when the header is a label column, then two or more categories of one
    count each, then a `Jumlah` column: each category a group of its `jumlah` alone."""
    cols = layout.columns
    if len(cols) < 4 or not all(col.labels for col in cols) or (total_rank(cols[-1].labels[-1]) or 0) < 2:
        return None
    numeric = [not _is_no(layout, col.position) and _numeric(seg, layout, col.position) for col in cols]
    first = next((k for k, is_count in enumerate(numeric) if is_count), None)
    if first is None or first == 0 or not all(numeric[first:]):
        return None
    groups = [Group(col.labels[-1], {"jumlah": col.position}) for col in cols[first:]]
    groups[-1].total = True
    categories = groups[:-1]
    if len(categories) < 2 or len({g.label for g in groups}) < len(groups) or any(
            (total_rank(g.label) or 0) >= 2 or NOT_CATEGORY.search(header_key(g.label) or "?")
            or header_key(g.label) in SEX for g in categories):
        return None  # counts by sex or status are another table's columns, not categories
    plain = [col.position for col in cols[:first]]
    no = [p for p in plain if _is_no(layout, p)]
    labels = [p for p in plain if p not in no]
    if len(labels) != 1 or len(no) > 1:
        return None
    return labels[0], (no[0] if no else None), groups


def _is_no(layout: Layout, position: int) -> bool:
    return header_key(" ".join(_labels(layout, position))) in ("no", "nomor", "nourut")


def _numeric(seg: DocTable, layout: Layout, position: int) -> bool:
    """Every filled body cell of the column is a figure (or a dash), and one at least."""
    texts = [seg.rows[i][position].text.strip() for i in layout.body if position < len(seg.rows[i])]
    filled = [t for t in texts if t]
    return bool(filled) and all(is_number(t) or t in ("-", "–") for t in filled) and any(map(is_number, filled))


def _labels(layout: Layout, position: int) -> list[str]:
    return layout.columns[position].labels


def _names_category(labels: list[str], specs: dict[str, TableSpec]) -> bool:
    """The label column's header names a staff category (`Pendidikan`, `Golongan`, `Satuan Kerja/Umur`): its
    rows are categories, not units."""
    keys = {header_key(label) for label in labels}
    for spec in _staff(specs):
        column = spec.column(spec.labels[0])
        if column is not None and keys & {header_key(a) for a in (*column.aliases, column.name)}:
            return True
    return False


def _staff(specs: dict[str, TableSpec]) -> list[TableSpec]:
    """The staff kinds that count people of units by category (a `satuan_kerja` and a category label; the
    gender table aside: its categories are the L / P split itself)."""
    return [s for s in specs.values() if s.layout == "staff" and s.column("satuan_kerja") is not None
            and s.labels and s.column("laki_laki") is not None and s.labels[0] != "jenis_kelamin"]


def _kind(seg: DocTable, layout: Layout, specs: dict[str, TableSpec]) -> TableSpec | None:
    """The one staff kind the caption, section and outer header labels name (`Berdasarkan Golongan`), in a
    text that names staff; None when none or several do. A phrase inside a longer one of another kind (`golongan`
    in `golongan umur`) does not count."""
    outer = [label for col in layout.columns for label in col.labels[:-1]]
    text = " " + " ".join(re.sub(r"[^a-z0-9]+", " ", t.lower()) for t in
                          [*seg.caption[-2:], *seg.section[-1:], *outer]) + " "
    text = " ".join(text.split())
    padded = f" {text} "
    if not any(f" {w} " in padded for w in STAFF_WORDS):
        return None
    found: list[tuple[TableSpec, str]] = []
    for spec in _staff(specs):
        column = spec.column(spec.labels[0])
        phrases = {*spec.captions, *(column.aliases if column else ()), spec.labels[0]}
        for phrase in phrases:
            words = " ".join(re.sub(r"[^a-z0-9]+", " ", phrase.lower()).split())
            if words and words not in STAFF_WORDS and f" {words} " in padded:
                found.append((spec, words))
    kept = {s.name: s for s, w in found
            if not any(o.name != s.name and w != ow and f" {w} " in f" {ow} " for o, ow in found)}
    return next(iter(kept.values())) if len(kept) == 1 else None


def _rows(seg: DocTable, layout: Layout, spec: TableSpec, label_pos: int, no_pos: int | None,
          groups: list[Group]) -> list[Row] | None:
    """The long-form rows, or None when the body is not units then one total row."""
    category = spec.labels[0]
    body = [i for i in layout.body if any(c.text.strip() for c in seg.rows[i])]
    out: list[Row] = []
    units = 0
    for n, i in enumerate(body):
        cells = seg.rows[i]
        label = cells[label_pos].text.strip() if label_pos < len(cells) else ""
        if not label and no_pos is not None and no_pos < len(cells) and total_rank(cells[no_pos].text.strip()):
            label = cells[no_pos].text.strip()  # `Jumlah` printed across the No cell, the unit's cell left empty
        if not label and not any(cells[p].text.strip() for g in groups for p in g.columns.values() if p < len(cells)):
            continue  # a line of the remark column alone (`TOTAL` over the grand total beside the last row)
        rank = total_rank(label, all(c.bold for c in cells if c.text.strip())) if label else None
        if not label or is_number(label) or rank == 1:
            return None  # a row without a unit, or a group's sub total: not this shape
        if rank:
            if n != len(body) - 1:
                return None  # a total above other units
            out += _total_rows(seg, i, label_pos, no_pos, groups, category, label)
            continue
        units += 1
        number = cells[no_pos].text.strip() if no_pos is not None and no_pos < len(cells) else ""
        for g in groups:
            text, columns = _figures(seg, i, g)
            row = {"satuan_kerja": label, category: "Jumlah" if g.total else g.label, "no": number,
                   "level": "subtotal" if g.total else "item", **text}
            out.append(Row(row, i, seg, False, {"satuan_kerja": label_pos, **columns}))
    return out if units else None


def _figures(seg: DocTable, i: int, g: Group) -> tuple[dict[str, str], dict[str, int]]:
    cells = seg.rows[i]
    text = {name: cells[pos].text if pos < len(cells) else "" for name, pos in g.columns.items()}
    return text, dict(g.columns)


def _total_rows(seg: DocTable, i: int, label_pos: int, no_pos: int | None, groups: list[Group], category: str,
                label: str) -> list[Row]:
    """The last `Jumlah` row: a `rekap` row per category, the `total` of the `Jumlah` group. A figure printed once
    over the group's columns (merged, or the group's first cell alone filled in every group) is its `jumlah`."""
    cells = seg.rows[i]
    merged = {(c1, c2) for r1, c1, r2, c2 in seg.merged if r1 <= i <= r2 and c2 > c1}
    lone = all(_lone(cells, g) for g in groups)
    out = []
    for g in groups:
        a, b = g.span
        text, columns = _figures(seg, i, g)
        if any(c1 <= a and b <= c2 for c1, c2 in merged) or lone:
            text, columns = {"jumlah": cells[a].text}, {"jumlah": a}
        row = {"satuan_kerja": "", category: label if g.total else g.label,
               "level": "total" if g.total else "rekap", **text}
        out.append(Row(row, i, seg, False, {"satuan_kerja": label_pos, **columns}))
    return out


def _lone(cells, g: Group) -> bool:
    """Only the group's first cell is filled (a converter printed a merged figure once, its span empty)."""
    a, b = g.span
    texts = [cells[p].text.strip() if p < len(cells) else "" for p in range(a, b + 1)]
    return bool(texts[0]) and not any(texts[1:])

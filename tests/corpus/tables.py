"""The numeric tables of a corpus document, printed from an `Agency` (corpus builder).

Each function takes the sheet, the document spec (`spec`: forms, header wording,
number style, hierarchy style) and the figures, and prints one table. Header
wording comes from `spec["h"]`, so one builder serves every agency's template.
"""
from __future__ import annotations

from tests.corpus.model import Agency, Node, crosstab, predikat
from tests.corpus.printing import Cell, Sheet, money, num, pct

H = {  # default header wording; a spec overrides any of them
    "no": "No", "uraian": "Program/Kegiatan/Sub Kegiatan", "pagu": "Pagu (Rp)", "realisasi": "Realisasi (Rp)",
    "pct": "%", "total": "Jumlah", "indikator": "Indikator Kinerja", "satuan": "Satuan", "target": "Target",
    "real_ind": "Realisasi", "capaian": "Capaian (%)", "predikat": "Predikat", "polaritas": "Polaritas",
    "kode": "Kode", "anggaran": "Anggaran (Rp)", "program": "Program", "jumlah": "Jumlah", "belanja": "Jenis Belanja",
    "sasaran": "Sasaran Strategis", "pendapatan": "Uraian Pendapatan", "target_rp": "Target (Rp)",
}


def h(spec: dict, key: str) -> str:
    return spec.get("h", {}).get(key, H[key])


def bold(text: str, spec: dict, on: bool = True) -> str:
    return f"<b>{text}</b>" if on and spec.get("bold") and spec["form"] == "tab" else text


def form(spec: dict, table: str) -> str:
    return spec.get("forms", {}).get(table, spec["form"])


def staff_table(sh: Sheet, spec: dict, ag: Agency, name: str, caption: str, row_attr: str, rows: list[str],
                col_attr: str, cols: list[str], row_label: str) -> None:
    """Counts of people by `row_attr` (rows) and `col_attr` (columns), a Jumlah column and a total row."""
    people = [p for p in ag.staff if p.golongan != "-"] if row_attr == "golongan" else ag.staff
    t = crosstab(people, row_attr, col_attr, rows, cols)
    zero = spec.get("zero", "0")
    cnt = lambda n: str(n) if n else zero  # noqa: E731
    group = spec.get("staff_group") if col_attr == "status" else ("Jenis Kelamin" if spec.get("staff_group") else None)
    if group:
        header = [[Cell(h(spec, "no"), rowspan=2), Cell(row_label, rowspan=2), Cell(group, colspan=len(cols)),
                   Cell(h(spec, "jumlah"), rowspan=2)], [Cell(c) for c in cols]]
        if form(spec, name) != "html":
            header = [[Cell(h(spec, "no")), Cell(row_label), Cell(group, colspan=len(cols)), Cell(h(spec, "jumlah"))],
                      [Cell(""), Cell("")] + [Cell(c) for c in cols] + [Cell("")]]
    else:
        header = [[Cell(h(spec, "no")), Cell(row_label)] + [Cell(c) for c in cols] + [Cell(h(spec, "jumlah"))]]
    body = []
    for i, r in enumerate(rows, 1):
        counts = [t[r][c] for c in cols]
        body.append((r, [Cell(f"{i}."), Cell(r)] + [Cell(cnt(n), c) for n, c in zip(counts, cols)]
                     + [Cell(cnt(sum(counts)), "jumlah")]))
    totals = [sum(t[r][c] for r in rows) for c in cols]
    body.append(("total", [Cell(""), Cell(bold(h(spec, "total"), spec))]
                 + [Cell(bold(cnt(n), spec), c) for n, c in zip(totals, cols)]
                 + [Cell(bold(cnt(sum(totals)), spec), "jumlah")]))
    sh.table(name, form(spec, name), caption, header, body)


def capaian_table(sh: Sheet, spec: dict, ag: Agency, caption: str, scale) -> None:
    """Target, realisasi, capaian and predikat per indicator; a Polaritas column when the template has one."""
    style, conv = spec["num"], spec.get("convention", "2t")
    cols = [Cell(h(spec, "no")), Cell(h(spec, "sasaran")), Cell(h(spec, "indikator")), Cell(h(spec, "satuan"))]
    if spec.get("polaritas"):
        cols.append(Cell(h(spec, "polaritas")))
    cols += [Cell(h(spec, "target")), Cell(h(spec, "real_ind")), Cell(h(spec, "capaian")), Cell(h(spec, "predikat"))]
    body = []
    for i, ind in enumerate(ag.indicators, 1):
        cap = ind.capaian(conv)
        row = [Cell(str(i)), *_sasaran(spec, ag.indicators, i - 1), Cell(ind.name, "label"), Cell(ind.unit)]
        if spec.get("polaritas"):
            row.append(Cell({"+": "Positif", "-": "Negatif"}[ind.polarity], "polaritas"))
        row += [Cell(num(ind.target, style), "target"), Cell(num(ind.realisasi, style), "realisasi"),
                Cell(pct(cap, style), "capaian"), Cell(predikat(cap, scale), "predikat")]
        body.append((f"ind{i}", row))
    sh.table("capaian", form(spec, "capaian"), caption, [cols], body)


def _sasaran(spec: dict, indicators, k: int) -> list[Cell]:
    """The sasaran cell of row `k`: printed on every row, or (`merge_sasaran`) once per group as
    converters print a merged cell: a rowspan in HTML, an empty cell below it otherwise (S0, S1)."""
    text = indicators[k].sasaran
    if not spec.get("merge_sasaran"):
        return [Cell(text)]
    if k and indicators[k - 1].sasaran == text:
        return [] if form(spec, "capaian") == "html" else [Cell("")]
    span = 1
    while k + span < len(indicators) and indicators[k + span].sasaran == text:
        span += 1
    return [Cell(text, rowspan=span if form(spec, "capaian") == "html" else 1)]


def pk_table(sh: Sheet, spec: dict, ag: Agency, caption: str, amended: bool) -> None:
    """The PK's indicators and targets; with the amended PK, the target before and after."""
    style = spec["num"]
    cols = [Cell(h(spec, "no")), Cell(h(spec, "sasaran")), Cell(h(spec, "indikator")), Cell(h(spec, "satuan"))]
    cols += [Cell("Target Awal"), Cell("Target Perubahan")] if amended else [Cell(h(spec, "target"))]
    body = []
    for i, ind in enumerate(ag.indicators, 1):
        row = [Cell(str(i)), Cell(ind.sasaran), Cell(ind.name, "label"), Cell(ind.unit)]
        if amended:
            row += [Cell(num(ind.old_target if ind.old_target is not None else ind.target, style), "target_awal")]
        row.append(Cell(num(ind.target, style), "target"))
        body.append((f"ind{i}", row))
    sh.table("pk", form(spec, "pk"), caption, [cols], body)


def pk_budget_table(sh: Sheet, spec: dict, ag: Agency, caption: str) -> None:
    """The PK's budget per program, with its total."""
    style = spec["money"]
    body = [(p.code, [Cell(str(i)), Cell(_label(p, spec)), Cell(money(p.total()[0], style), "anggaran")])
            for i, p in enumerate(ag.programs, 1)]
    body.append(("total", [Cell(""), Cell(bold(h(spec, "total"), spec)),
                           Cell(bold(money(ag.budget()[0], style), spec), "anggaran")]))
    sh.table("pk_anggaran", form(spec, "pk_anggaran"), caption,
             [[Cell(h(spec, "no")), Cell(h(spec, "program")), Cell(h(spec, "anggaran"))]], body)


def _label(node: Node, spec: dict) -> str:
    words = ("Program", "Kegiatan", "Sub Kegiatan")
    if spec.get("hierarchy") == "labels" and not node.name.startswith(words[node.level]):
        return f"{words[node.level]} {node.name}"
    return node.name


def _first_col(node: Node, spec: dict, numbering: dict) -> str:
    """Code, outline number (`1.2.1`), letters (`I`, `A`, `a`) or, for labels, the program's number only."""
    style = spec.get("hierarchy", "labels")
    if style == "codes":
        return node.code
    if style == "numbered":
        return numbering[node.code]
    if style == "letters":
        last = int(numbering[node.code].split(".")[-1])
        return (("I", "II", "III", "IV", "V")[last - 1], "ABCDEFGH"[last - 1], "abcdefgh"[last - 1])[node.level]
    return numbering[node.code] if node.level == 0 else ""


def budget_table(sh: Sheet, spec: dict, ag: Agency, caption: str) -> None:
    """Pagu, realisasi and % per program, kegiatan and sub kegiatan; optional fisik and sub totals."""
    fisik, sub = spec.get("fisik"), spec.get("subtotal")
    first = h(spec, "kode") if spec.get("hierarchy") == "codes" else h(spec, "no")
    header = _budget_header(spec, first, fisik)
    numbering, body = _numbering(ag.programs), []
    for prog in ag.programs:
        for node in prog.walk():
            hide = sub and node.level == 0
            body.append((node.code if not hide else node.code + ":head",
                         _budget_row(node, spec, numbering, fisik, hide)))
        if sub:
            body.append((prog.code, _amount_row(spec, f"Sub Total {_label(prog, spec)}", prog.total(), fisik)))
    body.append(("total", _amount_row(spec, h(spec, "total"), ag.budget(), fisik)))
    sh.table("anggaran", form(spec, "anggaran"), caption, header, body)


def _budget_header(spec: dict, first: str, fisik: bool) -> list[list[Cell]]:
    if not fisik:
        return [[Cell(first), Cell(h(spec, "uraian")), Cell(h(spec, "pagu")), Cell(h(spec, "realisasi")),
                 Cell(h(spec, "pct"))]]
    if form(spec, "anggaran") == "html":
        return [[Cell(first, rowspan=2), Cell(h(spec, "uraian"), rowspan=2), Cell(h(spec, "pagu"), rowspan=2),
                 Cell(spec.get("real_group", "Realisasi"), colspan=2), Cell(h(spec, "pct"), rowspan=2)],
                [Cell("Keuangan (Rp)"), Cell("Fisik (%)")]]
    return [[Cell(first), Cell(h(spec, "uraian")), Cell(h(spec, "pagu")), Cell(spec.get("real_group", "Realisasi"),
                                                                               colspan=2), Cell(h(spec, "pct"))],
            [Cell(""), Cell(""), Cell(""), Cell("Keuangan (Rp)"), Cell("Fisik (%)"), Cell("")]]


def _numbering(programs: list[Node]) -> dict[str, str]:
    out = {}
    for i, p in enumerate(programs, 1):
        out[p.code] = str(i)
        for j, k in enumerate(p.children, 1):
            out[k.code] = f"{i}.{j}"
            for m, s in enumerate(k.children, 1):
                out[s.code] = f"{i}.{j}.{m}"
    return out


def _budget_row(node: Node, spec: dict, numbering: dict, fisik: bool, hide: bool) -> list[Cell]:
    pagu, real = node.total()
    style = spec["money"]
    strong = node.level == 0
    cells = [Cell(_first_col(node, spec, numbering)), Cell(bold(_label(node, spec), spec, strong))]
    if hide:
        return cells + [Cell("")] * (4 if fisik else 3)
    cells += [Cell(bold(money(pagu, style), spec, strong), "pagu"), Cell(bold(money(real, style), spec, strong),
                                                                           "realisasi")]
    if fisik:
        cells.append(Cell(pct(node.fisik, spec["num"]) if node.level == 2 else "", "fisik"))
    cells.append(Cell(bold(pct(real / pagu * 100, spec["num"]), spec, strong), "pct"))
    return cells


def _amount_row(spec: dict, label: str, totals: tuple[float, float], fisik: bool = False) -> list[Cell]:
    pagu, real = totals
    style = spec["money"]
    cells = [Cell(""), Cell(bold(label, spec)), Cell(bold(money(pagu, style), spec), "pagu"),
             Cell(bold(money(real, style), spec), "realisasi")]
    if fisik:
        cells.append(Cell(""))
    return cells + [Cell(bold(pct(real / pagu * 100, spec["num"]), spec), "pct")]


def belanja_table(sh: Sheet, spec: dict, ag: Agency, caption: str) -> None:
    """Spending by type (pegawai, barang dan jasa, modal) against the same total budget."""
    header = [[Cell(h(spec, "no")), Cell(h(spec, "belanja")), Cell(h(spec, "anggaran")), Cell(h(spec, "realisasi")),
               Cell(h(spec, "pct"))]]
    body = [(f"b{i}", [Cell(str(i)), Cell(jenis), Cell(money(p, spec["money"]), "pagu"),
                       Cell(money(r, spec["money"]), "realisasi"), Cell(pct(r / p * 100, spec["num"]), "pct")])
            for i, (jenis, p, r) in enumerate(ag.belanja, 1)]
    body.append(("total", [Cell("")] + _amount_row(spec, h(spec, "total"), ag.budget())[1:]))
    sh.table("belanja", form(spec, "belanja"), caption, header, body)


def revenue_table(sh: Sheet, spec: dict, ag: Agency, caption: str) -> None:
    """BLUD revenue by account code: target, realisasi, %, and the total."""
    style = spec["money"]
    header = [[Cell(h(spec, "kode")), Cell(h(spec, "pendapatan")), Cell(h(spec, "target_rp")),
               Cell(h(spec, "realisasi")), Cell(h(spec, "pct"))]]
    body = [(code, [Cell(code), Cell(name), Cell(money(t, style), "target"), Cell(money(r, style), "realisasi"),
                    Cell(pct(r / t * 100, spec["num"]), "pct")]) for code, name, t, r in ag.revenue]
    tt, rr = sum(x[2] for x in ag.revenue), sum(x[3] for x in ag.revenue)
    body.append(("total", [Cell(""), Cell(bold(h(spec, "total"), spec)), Cell(money(tt, style), "target"),
                           Cell(money(rr, style), "realisasi"), Cell(pct(rr / tt * 100, spec["num"]), "pct")]))
    sh.table("pendapatan", form(spec, "pendapatan"), caption, header, body)


def asset_table(sh: Sheet, spec: dict, ag: Agency, caption: str) -> None:
    """Fixed assets by golongan: count and value, with the total."""
    header = [[Cell(h(spec, "no")), Cell("Golongan Aset"), Cell("Jumlah Barang"), Cell("Nilai (Rp)")]]
    body = [(f"a{i}", [Cell(str(i)), Cell(g), Cell(str(n) if n else "-", "jumlah"),
                       Cell(money(v, spec["money"]) if v else "-", "nilai")])
            for i, (g, n, v) in enumerate(ag.assets, 1)]
    body.append(("total", [Cell(""), Cell(bold(h(spec, "total"), spec)),
                           Cell(bold(str(sum(a[1] for a in ag.assets)), spec), "jumlah"),
                           Cell(bold(money(sum(a[2] for a in ag.assets), spec["money"]), spec), "nilai")]))
    sh.table("aset", form(spec, "aset"), caption, header, body)

"""The figures of one corpus agency, consistent by construction (corpus builder).

An agency is a handful of plain records: indicators, a budget tree, staff (one
record per person, so every breakdown adds up to the same headcount), spending
by type, and optional BLUD revenue and assets. The document composer prints them.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field


@dataclass
class Indicator:
    sasaran: str
    name: str
    unit: str
    target: float
    realisasi: float
    polarity: str = "+"  # + higher is better, - lower is better
    old_target: float | None = None  # the target before the PK was amended

    def capaian(self, convention: str = "2t") -> float:
        """Positive: R/T; negative: (2T - R)/T (`2t`) or T/R (`ratio`), both times 100."""
        if self.polarity == "+":
            return self.realisasi / self.target * 100
        if convention == "ratio":
            return self.target / self.realisasi * 100
        return (2 * self.target - self.realisasi) / self.target * 100


@dataclass
class Node:
    """A program, kegiatan or sub kegiatan; leaves carry pagu and realisasi, parents sum them."""

    code: str
    name: str
    level: int  # 0 program, 1 kegiatan, 2 sub kegiatan
    pagu: float = 0.0
    realisasi: float = 0.0
    fisik: float = 100.0
    children: list[Node] = field(default_factory=list)

    def total(self) -> tuple[float, float]:
        if not self.children:
            return self.pagu, self.realisasi
        sums = [c.total() for c in self.children]
        return sum(s[0] for s in sums), sum(s[1] for s in sums)

    def walk(self):
        yield self
        for c in self.children:
            yield from c.walk()


@dataclass
class Person:
    status: str
    gender: str
    pendidikan: str
    golongan: str
    profesi: str


@dataclass
class Agency:
    indicators: list[Indicator]
    programs: list[Node]
    staff: list[Person]
    belanja: list[tuple[str, float, float]]  # jenis, pagu, realisasi (sums to the budget)
    revenue: list[tuple[str, str, float, float]] = field(default_factory=list)  # code, uraian, target, realisasi
    assets: list[tuple[str, int, float]] = field(default_factory=list)  # golongan, jumlah, nilai

    def budget(self) -> tuple[float, float]:
        sums = [p.total() for p in self.programs]
        return sum(s[0] for s in sums), sum(s[1] for s in sums)


def budget_tree(seed: int, prefix: str, programs: list[tuple[str, list[tuple[str, list[str]]]]],
                scale: float) -> list[Node]:
    """Programs > kegiatan > sub kegiatan with Permendagri 90-style codes and round amounts."""
    rng = random.Random(seed)
    out = []
    for p_i, (p_name, kegiatan) in enumerate(programs, 1):
        p_code = f"{prefix}.{p_i:02d}"
        prog = Node(p_code, p_name, 0)
        for k_i, (k_name, subs) in enumerate(kegiatan, 1):
            k_code = f"{p_code}.2.{k_i:02d}"
            keg = Node(k_code, k_name, 1)
            for s_i, s_name in enumerate(subs, 1):
                pagu = rng.randint(8, 90) * scale * 1000 + rng.randint(1, 9) * 25_000
                spent = round(pagu * rng.uniform(0.86, 0.995) / 1000) * 1000 + rng.randint(0, 9) * 137
                keg.children.append(Node(f"{k_code}.{s_i:04d}", s_name, 2, pagu, spent,
                                         rng.choice([100.0, 100.0, 95.0, 90.0])))
            prog.children.append(keg)
        out.append(prog)
    return out


def staff(seed: int, counts: dict[str, int], profesi: list[str], female: float = 0.5) -> list[Person]:
    """`counts` people per status; education, gender, rank and profession drawn, fixed by `seed`."""
    rng = random.Random(seed)
    edu = ["SMA/SMK", "D3", "S1/D4", "S2"]
    people = []
    for status, n in counts.items():
        for _ in range(n):
            e = rng.choices(edu, weights=[3, 2, 5, 1])[0]
            gol = {"SMA/SMK": "II", "D3": "II", "S1/D4": "III", "S2": "IV"}[e] if status in ("PNS", "PPPK") else "-"
            if status == "PNS" and e == "S1/D4" and rng.random() < 0.25:
                gol = "IV"
            people.append(Person(status, "P" if rng.random() < female else "L", e, gol, rng.choice(profesi)))
    return people


def crosstab(people: list[Person], row: str, col: str, rows: list[str], cols: list[str]) -> dict:
    """Counts by two attributes, rows and columns in the order given."""
    table = {r: {c: 0 for c in cols} for r in rows}
    for p in people:
        table[getattr(p, row)][getattr(p, col)] += 1
    return table


def predikat(value: float, scale: list[tuple[float, str]]) -> str:
    """The label of the first band (highest minimum first) whose minimum `value` reaches."""
    for low, label in scale:
        if value >= low:
            return label
    return scale[-1][1]

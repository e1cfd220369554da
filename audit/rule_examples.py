"""Examples beside the rules, run as tests: `audit rules test`.

Each rule may have a passing and a failing example: mini-tables (CSV text) or a markdown `document`, in the
rule's own `examples:` or in the pack's sibling file `NAME.examples.yaml` keyed by
rule id. The passing example must give no finding of that rule; the failing one
exactly the findings listed in `expect` as [table, csv line, column].
"""
from __future__ import annotations

import tempfile
import textwrap
from dataclasses import dataclass
from pathlib import Path

import yaml

from audit.rules.engine import run_rules
from audit.rules.pack import load_rules, pack_files

DEFAULT_META = {
    "agency": "Kecamatan Contoh", "year": 2023, "desa": ["Alpha", "Beta", "Gamma"],
    "predikat_scale": [{"min": 85, "label": "Sangat Baik"}, {"min": 70, "label": "Baik"},
                       {"min": 55, "label": "Cukup Baik"}, {"min": None, "label": "Kurang Baik"}],
}


@dataclass(frozen=True)
class Result:
    rule_id: str
    case: str  # pass | fail
    ok: bool
    detail: str = ""


def examples_of(extra_dirs: tuple[str, ...] = ()) -> dict[str, dict]:
    """Rule id -> {"pass": ..., "fail": ...} from sibling examples files, then inline `examples:`."""
    out: dict[str, dict] = {}
    for pack in pack_files(extra_dirs):
        sibling = pack.with_name(pack.name[: -len(".yaml")] + ".examples.yaml")
        if sibling.exists():  # read as a pack is: a regular file, the size limit, aliases counted first
            from audit import yamlsafe
            from audit.errors import ConfigError
            from audit.rules.pack import _text_of

            try:
                data = yamlsafe.load(_text_of(sibling, pack.parent), str(sibling), error=ConfigError)
            except yaml.YAMLError as exc:
                raise ConfigError("rule_pack", str(sibling), None, detail=str(exc)) from None
            out.update(data if isinstance(data, dict) else {})
    return out


def write_tables(folder: Path, tables: dict[str, str], meta: dict | None, base: dict = DEFAULT_META) -> Path:
    """A report folder from mini-tables (CSV text, dedented) and metadata merged over `base`."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "report.yaml").write_text(yaml.safe_dump({**base, **(meta or {})}, allow_unicode=True),
                                        encoding="utf-8")
    for name, text in tables.items():
        (folder / f"{name}.csv").write_text(textwrap.dedent(text).strip() + "\n", encoding="utf-8")
    return folder


def run_example(rule, example: dict, case: str, workdir: Path) -> Result:
    from audit.sources import read_report

    if "document" in example:  # a document-level rule: its example is a markdown document
        source = workdir / f"{rule.id}-{case}.md"
        source.write_text(textwrap.dedent(example["document"]), encoding="utf-8")
    else:
        source = write_tables(workdir / f"{rule.id}-{case}", example.get("tables", {}), example.get("meta"))
    report = read_report(source)
    findings, skipped = run_rules([rule], report, debug=True)
    if skipped:
        return Result(rule.id, case, False, f"rule skipped: example lacks a table it needs ({rule.tables()})")
    got = sorted(((f.table, f.location.line if f.location else None, f.column) for f in findings
                  if f.rule_id == rule.id), key=str)
    want = sorted((tuple(e) for e in example.get("expect", [])), key=str) if case == "fail" else []
    if case == "fail" and not want:
        return Result(rule.id, case, False, "a failing example must list the findings it expects")
    return Result(rule.id, case, got == want, "" if got == want else f"expected {want}, got {got}")


def run_examples(extra_dirs: tuple[str, ...] = ()) -> list[Result]:
    rules = load_rules(extra_dirs)
    sibling = examples_of(extra_dirs)
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for rule in sorted(rules, key=lambda r: r.id):
            examples = rule.rule.examples or sibling.get(rule.id)
            if not examples:
                results.append(Result(rule.id, "-", False, "no examples"))
                continue
            for case in ("pass", "fail"):
                if case not in examples:
                    results.append(Result(rule.id, case, False, f"no {case}ing example"))
                    continue
                results.append(run_example(rule, examples[case], case, Path(tmp)))
    return results

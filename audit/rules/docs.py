"""Documentation of the loaded rules, generated from the packs (docs/rules.md, `audit rules`)."""
from __future__ import annotations

from audit.i18n import t
from audit.rule_examples import examples_of
from audit.rules.pack import LoadedRule
from audit.rules.registry import KINDS, load_builtin_kinds


def rule_rows(rules: list[LoadedRule], lang: str = "id") -> list[dict]:
    return [{"id": r.id, "kind": r.rule.kind, "severity": r.rule.severity, "tables": ", ".join(r.tables()),
             "title": r.rule.title.get(lang)} for r in sorted(rules, key=lambda r: r.id)]


def rules_markdown(rules: list[LoadedRule]) -> str:
    """The whole rules reference in Markdown, in both languages."""
    load_builtin_kinds()
    lines = [
        "# Built-in rules",
        "",
        "Generated from `rules/*.yaml` by `python -m audit.rules.docs > docs/rules.md`; a test fails when",
        "this file is stale. Rule ids are stable.",
        "",
        "## Rule kinds",
        "",
    ]
    for name, kind in sorted(KINDS.items()):
        lines += [f"### `{name}`", "", kind.describe("en"), "", f"*{kind.describe('id')}*", "",
                  "Parameters: " + ", ".join(f"`{f}`" for f in kind.params.model_fields) + ".", ""]
    lines += ["## Rules", "", "| id | kind | severity | tables | what it checks |", "|---|---|---|---|---|"]
    for row in rule_rows(rules, "id"):
        lines.append(f"| {row['id']} | {row['kind']} | {row['severity']} | {row['tables']} | {row['title']} |")
    lines += [""] + _unread_columns(rules)
    sibling = examples_of()
    for r in sorted(rules, key=lambda r: r.id):
        lines += [f"### {r.id}: {r.rule.title.get('en')}", "", f"*{r.rule.title.id}*", ""]
        if r.rule.why:
            lines += [r.rule.why.get("en") or "", "", f"*{r.rule.why.id}*", ""]
        lines += [f"Kind `{r.rule.kind}`, severity `{r.rule.severity}`, tables: {', '.join(r.tables())}.", ""]
        examples = r.rule.examples or sibling.get(r.id)
        if examples:
            lines += ["Examples:", "", "```", *_example_lines(examples, "en"), "```", ""]
    return "\n".join(lines).rstrip() + "\n"


def _unread_columns(rules: list[LoadedRule]) -> list[str]:
    """The columns of figures of the table models that no rule reads: their models alone check them."""
    from audit import catalog
    from audit.rules.pack import FIGURES

    read = {ref for r in rules for ref in r.references()}
    found = [(name, [c.name for c in spec.columns if c.kind in FIGURES and (name, c.name) not in read])
             for name, spec in sorted(catalog.tables().items())]
    lines = ["## Columns no rule reads", "",
             "The table models alone check these columns of figures (a number, within its range): no rule compares",
             "them with another figure of the report. A report's COVER001 (info) names, per table, the columns of",
             "figures read that a rule reads but none that ran did (its table, rows or columns absent); these are",
             "not named there, being unchecked in every report.", "", "| table | columns |", "|---|---|"]
    return lines + [f"| {name} | {', '.join(f'`{c}`' for c in columns)} |" for name, columns in found if columns] + [""]


def _example_lines(examples: dict, lang: str, fence: str = "") -> list[str]:
    """The passing and failing mini-tables, and where the failing one is caught."""
    names = {"pass": t("example_pass", lang), "fail": t("example_fail", lang),
             "expect": t("example_finding_at", lang), "line": t("example_line", lang)}
    lines = []
    for case in ("pass", "fail"):
        example = examples.get(case) or {}
        lines.append(f"  [{names[case]}]")
        texts = list(example.get("tables", {}).items())
        if "document" in example:  # a document-level rule's example is a markdown document
            texts.append(("laporan.md", example["document"]))
        for name, text in texts:
            lines += [f"  {name if name.endswith('.md') else name + '.csv'}:"] + ([f"  {fence}"] if fence else [])
            lines += ["    " + row for row in str(text).strip().splitlines()] + ([f"  {fence}"] if fence else [])
        for table, line, column in example.get("expect", []):
            where = f"{table}.csv" if table else "laporan.md"
            lines.append(f"  → {names['expect']} {where}" + (f" {names['line']} {line}" if line is not None else "")
                         + (f", {column}" if column else ""))
    return lines


def explain_text(r: LoadedRule, lang: str = "id") -> str:
    """`audit explain RULE_ID`: the rule's documentation as plain text."""
    import yaml

    load_builtin_kinds()
    words = [t(key, lang) for key in ("explain_kind", "explain_severity", "explain_tables", "explain_why",
                                      "explain_defined_in", "explain_params", "explain_how", "explain_examples")]
    rule = r.rule
    lines = [f"{r.id}: {rule.title.get(lang)}", ""]
    if rule.message:
        import re

        lines += [re.sub(r"\{[a-z_]+\}", "…", rule.message.get(lang)), ""]
    lines += [f"{words[0]}: {rule.kind}    {words[1]}: {rule.severity}    {words[2]}: {', '.join(r.tables())}"]
    if rule.why:
        lines += ["", f"{words[3]}: {rule.why.get(lang)}"]
    lines += ["", f"{words[6]}: {KINDS[rule.kind].describe(lang)}"]
    params = yaml.safe_dump(r.params.model_dump(exclude_defaults=True), allow_unicode=True, sort_keys=False)
    lines += ["", f"{words[5]}:", *("  " + line for line in params.strip().splitlines())]
    examples = rule.examples or examples_of().get(r.id)
    if examples:
        lines += ["", f"{words[7]}:", *_example_lines(examples, lang)]
    lines += ["", f"{words[4]}: {r.file}:{r.line}"]
    return "\n".join(lines)


if __name__ == "__main__":
    import sys

    from audit.rules.pack import load_rules

    sys.stdout.write(rules_markdown(load_rules()))

"""Documentation of the loaded rules, generated from the packs (docs/rules.md, `audit rules`)."""
from __future__ import annotations

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
        lines += [f"### `{name}`", "", kind.doc.splitlines()[0], "",
                  "Parameters: " + ", ".join(f"`{f}`" for f in kind.params.model_fields) + ".", ""]
    lines += ["## Rules", "", "| id | kind | severity | tables | what it checks |", "|---|---|---|---|---|"]
    for row in rule_rows(rules, "id"):
        lines.append(f"| {row['id']} | {row['kind']} | {row['severity']} | {row['tables']} | {row['title']} |")
    lines += [""]
    for r in sorted(rules, key=lambda r: r.id):
        lines += [f"### {r.id}: {r.rule.title.get('en')}", "", f"*{r.rule.title.id}*", ""]
        if r.rule.why:
            lines += [r.rule.why.get("en") or "", "", f"*{r.rule.why.id}*", ""]
        lines += [f"Kind `{r.rule.kind}`, severity `{r.rule.severity}`, tables: {', '.join(r.tables())}.", ""]
    return "\n".join(lines).rstrip() + "\n"


if __name__ == "__main__":
    import sys

    from audit.rules.pack import load_rules

    sys.stdout.write(rules_markdown(load_rules()))

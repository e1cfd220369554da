"""The pipeline's layers stay put (sqlfluff-style contracts, checked on the source)."""
from __future__ import annotations

import ast
from pathlib import Path

PKG = Path(__file__).resolve().parents[1] / "audit"


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            out.add(node.module)
    return out


def modules(sub: str):
    return sorted((PKG / sub).rglob("*.py")) if (PKG / sub).is_dir() else [PKG / sub]


def test_model_imports_nothing_else_of_audit_but_the_catalogue():
    """A finding's words are said by the outputs, from the one catalogue, which is plain data itself."""
    for path in modules("model"):
        assert all(not m.startswith("audit.") or m.startswith(("audit.model", "audit.message", "audit.i18n"))
                   for m in imports_of(path)), path
    assert not [m for m in imports_of(PKG / "i18n.py") if m.startswith("audit")]
    assert [m for m in imports_of(PKG / "message.py") if m.startswith("audit")] == ["audit.i18n"]


def test_core_never_imports_the_cli_or_formatters_and_only_the_terminal_formatter_imports_rich():
    for path in PKG.rglob("*.py"):
        found = imports_of(path)
        rel = path.relative_to(PKG).as_posix()
        if not rel.startswith(("render/", "cli/")):
            assert not any(m.startswith(("audit.render", "audit.cli", "rich", "click")) for m in found), rel
        if rel.startswith("render/") and rel != "render/terminal.py":
            assert not any(m.startswith("rich") for m in found), rel


def test_rule_kinds_do_not_import_ingest():
    """Rules read the `Report` (and a document's facts on it), never the readers that built it."""
    # the one budget for every file the tool opens (issue #19) is the readers' too: rule packs are read by it
    allowed = ("audit.ingest.limits",)
    for path in modules("rules"):
        found = [m for m in imports_of(path) if not m.startswith(allowed)]
        assert not any(m.startswith(("audit.ingest", "audit.document")) for m in found), path


def test_the_checks_never_import_the_fix_stage():
    """Findings come first, repairs after: reading, validation and the rules work without `audit.repair`,
    which ranks their candidates; only the API, the CLI and batch call it."""
    callers = ("repair/", "api.py", "cli/", "batch.py")
    for path in PKG.rglob("*.py"):
        rel = path.relative_to(PKG).as_posix()
        if not rel.startswith(callers):
            assert not any(m.startswith("audit.repair") for m in imports_of(path)), rel

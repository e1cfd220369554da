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


def import_graph(root: Path) -> dict[str, set[str]]:
    """Module -> the modules of `root`'s package it imports, anywhere in it (inside functions too: a
    cycle hidden in a function is a cycle of the design). Importing `pkg.sub.mod` from outside `pkg.sub`
    runs `pkg/sub/__init__.py` first: an edge to it as well (the top package's lazy `__getattr__`,
    the public `audit.run`, is left out: nothing inside imports it)."""
    top = root.name
    names = {".".join(p.relative_to(root.parent).with_suffix("").parts).removesuffix(".__init__"): p
             for p in root.rglob("*.py")}

    def known(name: str) -> str | None:
        while name and name not in names:
            name = name.rpartition(".")[0]
        return name or None

    graph: dict[str, set[str]] = {}
    for mod, path in names.items():
        package = mod if path.name == "__init__.py" else mod.rpartition(".")[0]
        wanted = []
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                wanted += [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    base = ".".join(package.split(".")[:len(package.split(".")) - node.level + 1] + [base]).strip(".")
                wanted += [f"{base}.{a.name}" if f"{base}.{a.name}" in names else base for a in node.names]
        graph[mod] = set()
        for name in wanted:
            target = known(name) if name.split(".")[0] == top else None
            if target is None or target == mod:
                continue
            graph[mod].add(target)
            parent = target.rpartition(".")[0]
            while parent != top and parent and not (mod + ".").startswith(parent + "."):
                graph[mod].add(parent)
                parent = parent.rpartition(".")[0]
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """One shortest cycle through each group of modules that import each other, as a path."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    groups = []

    def visit(v: str) -> None:  # Tarjan's strongly connected components
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while not group or group[-1] != v:
                group.append(stack.pop())
            if len(group) > 1:
                groups.append(set(group))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    out = []
    for group in groups:
        start = min(group)
        paths, seen = {start: [start]}, [start]
        for v in seen:  # breadth first, within the group, back to `start`
            for w in sorted(graph[v] & group):
                if w == start:
                    out.append(paths[v] + [start])
                    break
                if w not in paths:
                    paths[w] = paths[v] + [w]
                    seen.append(w)
            if out and out[-1][0] == start:
                break
    return out


def test_no_module_imports_itself_through_others():
    """No import cycles in audit/, not even through an import inside a function: each layer can be read,
    tested and changed without the ones above it."""
    found = cycles(import_graph(PKG))
    assert not found, "import cycles: " + "; ".join(" -> ".join(c) for c in found)


def test_the_cycle_check_sees_imports_inside_functions_and_through_a_package(tmp_path):
    pkg = tmp_path / "pkg"
    (pkg / "sub").mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    (pkg / "sub" / "__init__.py").write_text("def read():\n    from pkg import b\n")
    (pkg / "sub" / "limits.py").write_text("")
    (pkg / "a.py").write_text("from pkg import c\n")
    (pkg / "b.py").write_text("from pkg.sub.limits import X\n")
    (pkg / "c.py").write_text("def f():\n    from . import a\n")
    assert sorted(" -> ".join(c) for c in cycles(import_graph(pkg))) == [
        "pkg.a -> pkg.c -> pkg.a", "pkg.b -> pkg.sub -> pkg.b"]

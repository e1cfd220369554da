"""A regular (non-editable) install carries schemas/ and rules/ and works from any directory."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest
from conftest import CORRECTED, EXAMPLE, ROOT


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    target = tmp_path_factory.mktemp("site")
    build = tmp_path_factory.mktemp("build")
    # build from a clean copy so the work tree gets no build/ folder and stale files cannot leak in
    source = build / "src"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(
        "build", "*.egg-info", ".git", "__pycache__", ".pytest_cache", ".hypothesis", "artifacts"))
    args = [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(target), str(source)]
    env = {**os.environ, "PIP_NO_INPUT": "1", "TMPDIR": str(build)}
    proc = subprocess.run(args, capture_output=True, text=True, env=env)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return target


def run_installed(site, cwd, *code_or_args, module=False):
    env = {**os.environ, "PYTHONPATH": str(site)}
    cmd = [sys.executable, "-m", "audit.cli", *code_or_args] if module else [sys.executable, "-c", code_or_args[0]]
    return subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, env=env)


def test_installed_package_has_its_schemas_and_rule_packs(site, tmp_path):
    code = ("import audit, schemas, pathlib; from audit.rules.pack import builtin_pack_dir;"
            "print(audit.__file__);"
            "print(sorted(p.name for p in builtin_pack_dir().glob('*.yaml')));"
            "print(len(schemas.MODELS))")
    proc = run_installed(site, tmp_path, code)
    assert proc.returncode == 0, proc.stderr
    file, packs, models = proc.stdout.splitlines()
    assert file.startswith(str(site))
    assert "lkjip-core.yaml" in packs and int(models) >= 20


def test_installed_cli_audits_from_a_temporary_directory(site, tmp_path):
    proc = run_installed(site, tmp_path, "check", str(EXAMPLE), "--format", "json", module=True)
    assert proc.returncode == 1, proc.stderr
    assert '"rule_id": "SUM022"' in proc.stdout
    assert run_installed(site, tmp_path, "check", str(CORRECTED), module=True).returncode == 0


def test_a_checkout_and_an_install_load_one_copy_of_the_models(site, tmp_path):
    """`schemas` is imported by its own name: the models the engine checks against are the ones a
    plugin author or a test imports, whether from the repository root or an installed wheel."""
    code = ("import schemas, audit.catalog as c;"
            "print(schemas.__file__);"
            "print(all(c.tables()[m.Config.name].schema is not None for m in schemas.MODELS));"
            "import sys; print(sorted(m for m in sys.modules if m.endswith('schemas.base')))")
    installed = run_installed(site, tmp_path, code)
    assert installed.returncode == 0, installed.stderr
    where, ok, bases = installed.stdout.splitlines()
    assert where.startswith(str(site)) and ok == "True" and bases == "['schemas.base']"
    checkout = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert checkout.returncode == 0, checkout.stderr
    where, ok, bases = checkout.stdout.splitlines()
    assert where.startswith(str(ROOT)) and ok == "True" and bases == "['schemas.base']"

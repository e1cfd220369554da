"""Where lkjip-audit may write: never over, into or around what it reads, and
replacing only what it wrote itself.

Every command that writes calls `check_targets` before any work: an output that
is, lies inside or contains an input (the report, a document's sidecar yaml, the
configuration file, the baseline, a rule pack) is refused, `--force` or not, once
symlinks and `..` are resolved. `replaceable` is asked for each output as it is
written (`atomic_path`): `--force` replaces a regular file, or a
folder that holds the `MARKER` every folder we write carries, never an
arbitrary folder.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterable
from contextlib import contextmanager
from pathlib import Path

from audit.errors import AuditError

MARKER = ".lkjip-audit"  # in every folder lkjip-audit writes: what --force may replace
MARKER_TEXT = "Written by lkjip-audit; `--force` may replace this folder.\n"


class OutputError(AuditError):
    """An output lkjip-audit will not write (exit code 2): neither the report's fault nor the tool's."""

    kind = "output_error"


def report_inputs(path: str | Path, config=None) -> list[Path]:
    """What a run on `path` reads: the report (folder, workbook or document), a document's sidecar
    yaml, the files a report folder links to, and, given its `config`, the configuration file, the
    baseline and the rule packs."""
    p = Path(path)
    found = [p]
    if p.name in ("report.yaml", "report.yml"):
        found.append(p.parent)
    if p.is_dir():
        found += _linked(p)
    elif p.is_file() and p.with_suffix(".yaml").exists():  # a document's metadata beside it (audit.document.report)
        found.append(p.with_suffix(".yaml"))
    if config is not None:
        found += config_inputs(config, p)
    return found


def config_inputs(config, start: Path) -> list[Path]:
    """The configuration file found from `start`, and the rule packs and baseline `config` names."""
    from audit.config import find_config

    found = [Path(d) for d in config.rule_dirs]
    if config.baseline:
        found.append(Path(config.baseline))
    located = find_config(Path(start))
    if located is not None:
        found.append(located[0])
    return found


def batch_inputs(paths: list[str], config, start: str | Path = ".", output_dir: str | None = None) -> list[Path]:
    """What a batch reads: every report with what its own run reads (each follows its own
    configuration file), the rule packs and baseline of the batch's `config`, and any report
    folder around `output_dir`."""
    from audit.config import find_config, resolve

    found = config_inputs(config, Path(start))
    if output_dir is not None:  # a report folder around it is not found (the batch skips its outputs)
        found += [folder for folder in (_real(Path(output_dir)), *_real(Path(output_dir)).parents)
                  if (folder / "report.yaml").is_file() or (folder / "report.yml").is_file()]
    seen: set[Path] = set()
    for path in paths:
        found += report_inputs(path)
        located = find_config(Path(path))
        if located is not None and located[0] not in seen:
            seen.add(located[0])
            found += config_inputs(resolve(path), Path(path))
    return found


def _linked(folder: Path) -> list[Path]:
    """The files a report folder's symlinks point at: replacing them loses data as surely. (A linked
    folder is not read, and a link to `/` would make every output "inside an input".)"""
    try:
        with os.scandir(folder) as entries:
            return [Path(e.path).resolve() for e in entries if e.is_symlink() and e.is_file()]
    except OSError:
        return []


def _real(path: Path) -> Path:
    """`path` absolute, with symlinks and `..` resolved (as far as it exists)."""
    try:
        return Path(path).resolve()
    except (OSError, RuntimeError):  # a symlink loop: compare it as written
        return Path(os.path.abspath(path))


def _cwd() -> Path | None:
    """The folder the user works in, resolved; None if it is gone (nothing there to protect)."""
    try:
        return Path.cwd().resolve()
    except OSError:
        return None


def check_targets(targets: Iterable[str | Path], inputs: Iterable[str | Path]) -> None:
    """Refuse (`OutputError`) any target that is an input, lies inside one or contains one, the current
    folder or one above it (replacing it pulls the floor from under the user), and two targets that are
    one file (the second would silently replace the first)."""
    real = [(_real(Path(i)), i) for i in inputs]
    here = _cwd()
    seen: set[Path] = set()
    for target in targets:
        out = _real(Path(target))
        if out in seen:
            raise OutputError("output_twice", str(target))
        seen.add(out)
        for source, named in real:
            if out == source:
                raise OutputError("output_is_input", str(target), None, input=str(named))
            if source in out.parents:
                raise OutputError("output_inside_input", str(target), None, input=str(named))
            if out in source.parents:
                raise OutputError("output_holds_input", str(target), None, input=str(named))
        if here is not None and (out == here or out in here.parents):  # `-o . --force` from an empty folder
            raise OutputError("output_is_cwd", str(target), None, cwd=str(here))


def replaceable(target: Path, force: bool, directory: bool) -> None:
    """May `target` be written? Nothing there, or `--force` and something we may replace: a regular
    file for a file output, a folder with our `MARKER` (or an empty one) for a folder output."""
    if not os.path.lexists(target):
        return
    if not force:
        raise OutputError("output_exists", str(target))
    if target.is_dir():
        if not directory:
            raise OutputError("output_is_folder", str(target))
        if not (target / MARKER).is_file() and any(target.iterdir()):  # an empty folder holds nothing to lose
            raise OutputError("output_not_ours", str(target), None, marker=MARKER)
    elif directory or not target.is_file():  # a file where a folder goes, a pipe, a device
        raise OutputError("output_not_file" if not target.is_file() else "output_not_folder", str(target))


def mark(folder: Path) -> None:
    """Sign a folder we are writing, so a later `--force` may replace it."""
    (folder / MARKER).write_text(MARKER_TEXT, encoding="utf-8")


@contextmanager
def atomic_path(target: Path, force: bool = False, directory: bool = False):
    """Yield a temporary path beside `target`; move it into place only if the block succeeds.

    An existing `target` is replaced only with `force`, and only if it is ours to replace
    (`audit.outputs.replaceable`); a folder is marked as ours."""
    replaceable(Path(target), force, directory)
    target = Path(os.path.abspath(target))  # `-o .` names the folder itself, not ''
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=target.parent))
    work = tmp / target.name
    try:
        if directory:
            work.mkdir()
            mark(work)
        yield work
        if os.path.lexists(target):
            backup = tmp / ".old"
            os.replace(target, backup)
        os.replace(work, target)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def write_text(target: Path, text: str, force: bool = False) -> None:
    with atomic_path(target, force) as work:
        work.write_text(text, encoding="utf-8")

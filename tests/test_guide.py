"""docs/writing-rules.md is true: its files are written and its commands run, in order."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GUIDE = ROOT / "docs" / "writing-rules.md"
BLOCK = re.compile(r"^```(\w+)(?: file=(\S+))?\n(.*?)^```$", re.S | re.M)


def steps(text: str):
    """('file', path, content) and ('run', command, expected lines), in the guide's order."""
    for lang, path, body in BLOCK.findall(text):
        if path:
            yield "file", path, body
        elif lang == "console":
            command, expected = None, []
            for line in body.splitlines():
                if line.startswith("$ "):
                    if command:
                        yield "run", command, expected
                    command, expected = line[2:], []
                elif line.strip():
                    expected.append(line.strip())
            if command:
                yield "run", command, expected


def squash(text: str) -> str:
    return " ".join(text.split())


def test_every_step_of_the_guide_works(tmp_path):
    work, site = tmp_path / "work", tmp_path / "site"
    work.mkdir()
    env = {**os.environ, "COLUMNS": "200", "NO_COLOR": "1",
           "PYTHONPATH": os.pathsep.join(p for p in (str(site), os.environ.get("PYTHONPATH", "")) if p)}
    ran = 0
    for kind, what, payload in steps(GUIDE.read_text(encoding="utf-8")):
        if kind == "file":
            target = work / what
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(payload, encoding="utf-8")
            continue
        args = what.split()
        if args[:2] == ["pip", "install"]:
            cmd = [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(site), *args[2:]]
        else:
            assert args[0] == "audit", what
            cmd = [sys.executable, "-m", "audit.cli", *args[1:]]
        proc = subprocess.run(cmd, cwd=work, capture_output=True, text=True, env=env)
        out = squash(proc.stdout + proc.stderr)
        assert proc.returncode in (0, 1), f"{what}: {out[-1500:]}"
        for line in payload:
            assert squash(line) in out, f"{what}: expected {line!r} in\n{out[-3000:]}"
        ran += 1
    assert ran >= 6

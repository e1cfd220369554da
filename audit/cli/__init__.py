"""The `audit` command: a thin click layer over `audit.api`, one module per command.

Exit codes: 0 no finding at or above --fail-on; 1 findings; 2 usage or input error.
Every command imports what it needs when it runs, so `audit --help` stays light.
"""
from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from typing import NoReturn

import click

from audit import __version__
from audit.cli.batch import batch
from audit.cli.check import check
from audit.cli.extract import extract
from audit.cli.fix import fix
from audit.cli.rules import explain, rules_group
from audit.cli.settings import baseline, show_config
from audit.cli.usage import LocalisedGroup


@click.group(cls=LocalisedGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="audit")
@click.option("--lang", type=click.Choice(("id", "en")), default=None,
              help="Language of messages and help, for every command (default: id).")
@click.pass_context
def main(ctx: click.Context, lang: str | None):
    """Audit Indonesian government performance reports (LKjIP)."""
    if lang:  # `audit --lang en check ...`: the default of every command's own --lang
        ctx.default_map = _every_lang(ctx.command, lang, ctx.default_map or {})


def _every_lang(group: click.Command, lang: str, defaults: Mapping) -> dict:
    """`default_map` giving `lang` to each command under `group` that has a --lang (nested groups too)."""
    out = dict(defaults)
    for name, sub in getattr(group, "commands", {}).items():
        mine = dict(out.get(name) or {})
        if any(p.name == "lang" for p in sub.params):
            mine.setdefault("lang", lang)
        out[name] = _every_lang(sub, lang, mine)
    return out


for command in (check, batch, show_config, baseline, fix, extract, explain, rules_group):
    main.add_command(command)


def run() -> None:
    """The `audit` console command (and `python -m audit.cli`): `main` in a process set up for a short run.

    Python's cyclic garbage collector, at its default of one pass per 700 new objects,
    traversed the ~100,000 objects pandas and Pandera create at import several times
    per check: 80 ms of a 0.9 s `audit check`. What an audit allocates is freed by
    reference counting (peak memory is the same without the collector, even for a
    large draft with hundreds of fix candidates), so the collector runs after 200,000
    new objects, as mypy does. When the command is done the process ends without
    tearing down its modules one by one (`_leave`). `main` called in-process (tests,
    other programs) keeps the caller's settings.
    """
    import gc

    gc.set_threshold(200_000, 30, 30)
    try:
        main()
    except SystemExit as done:  # every command ends here (click's standalone mode, `LocalisedGroup.main`)
        _leave(done.code)


def _leave(code) -> NoReturn:
    """End the process as `sys.exit(code)` does, without the interpreter's teardown.

    Tearing down pandas, NumPy and Pandera (freeing each module's objects, one last
    collection) cost 20 to 30 ms of every run and frees memory the system takes back
    anyway. What a normal exit does that matters is done here: the standard streams are
    flushed and `atexit` functions run (temporary folders, logging); a stream that cannot
    be flushed (a closed pipe) is left to the normal exit, which says so. Files are closed where they are written.
    With another thread still running (none of ours outlives its command) the process
    exits the normal way, which waits for it."""
    import atexit
    import threading

    if threading.active_count() > 1:
        sys.exit(code)
    if code is None:
        status = 0
    elif isinstance(code, int):
        status = code
    else:  # `sys.exit("text")`: the text on stderr, status 1
        print(code, file=sys.stderr)
        status = 1
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except OSError:  # a closed pipe: the normal exit says it, as it always did
        sys.exit(code)
    atexit._run_exitfuncs()
    os._exit(status)


__all__ = ["main", "run"]

"""Click's own usage errors ("No such option", "Missing argument", a bad choice) in the reader's language.

Click prints its errors in English. The `audit` group catches them and says them through the
catalogue (`audit.i18n`, keys `click_*`): Indonesian by default, English with `--lang en` (read
from the command line, since a usage error may come before the options are parsed). A message
of a form this module does not know is shown as click wrote it, never dropped.
"""
from __future__ import annotations

import re
import sys

import click

from audit.i18n import MESSAGES, t

#: click's English messages (click 8), the catalogue key that says each, and the parts to translate too
_FORMS: tuple[tuple[re.Pattern, str, tuple[str, ...]], ...] = tuple(
    (re.compile(p, re.S), key, nested) for p, key, nested in (
    (r"Invalid value for (?P<hint>.+?): (?P<detail>.*)", "click_invalid_for", ("detail",)),
    (r"Invalid value: (?P<detail>.*)", "click_invalid", ("detail",)),
    (r"Missing argument (?P<name>.+?)\.", "click_missing_argument", ()),
    (r"Missing option (?P<name>.+?)\.", "click_missing_option", ()),
    (r"Missing parameter (?P<name>.+?)\.", "click_missing_parameter", ()),
    (r"Option (?P<name>\S+) requires an argument\.", "click_needs_value", ()),
    (r"Option (?P<name>\S+) requires (?P<n>\d+) arguments\.", "click_needs_values", ()),
    (r"Option (?P<name>\S+) does not take a value\.", "click_takes_no_value", ()),
    (r"Got unexpected extra arguments? \((?P<args>.*)\)", "click_extra_arguments", ()),
    (r"No such command (?P<name>.+?)\.", "click_no_command", ()),
    (r"Missing command\.", "click_missing_command", ()),
    (r"(?P<value>.+?) is not one of (?P<choices>.+)\.", "click_not_one_of", ()),
    (r"(?P<value>.+?) is not (?P<choice>'[^']*')\.", "click_not_choice", ()),
    (r"(?:File|Directory|Path) (?P<path>.+) does not exist\.", "click_path_missing", ()),
    (r"(?:File|Directory|Path) (?P<path>.+) is a directory\.", "click_path_is_folder", ()),
    (r"(?:File|Directory|Path) (?P<path>.+) is a file\.", "click_path_is_file", ()),
    (r"(?P<value>.+?) is not in the range (?P<range>.+)\.", "click_out_of_range", ()),
    (r"(?P<value>.+?) is not a valid (?:integer|float|boolean)(?: range)?\.", "click_not_number", ()),
    (r"(?P<value>.+?) does not match the formats? (?P<formats>.+)\.", "click_not_date", ()),
))


def message(exc: click.ClickException, lang: str) -> str:
    """The error line of `exc` in `lang`: an unknown option or command by its name and close matches."""
    name = getattr(exc, "option_name", None) if isinstance(exc, click.NoSuchOption) else \
        getattr(exc, "command_name", None) if isinstance(exc, click.exceptions.NoSuchCommand) else None
    if name is None or lang == "en":
        return translate(exc.format_message(), lang)
    key = "click_no_option" if isinstance(exc, click.NoSuchOption) else "click_no_command"
    text = t(key, lang, name=repr(name))
    close = sorted(getattr(exc, "possibilities", None) or ())
    if close:
        text += t("click_did_you_mean" if len(close) == 1 else "click_did_you_mean_any", lang,
                  name=", ".join(repr(p) for p in close))
    return text


def translate(message: str, lang: str) -> str:
    """Click's English `message` in `lang`; a form not known stays as click wrote it."""
    if lang == "en" or not message:
        return message
    for pattern, key, nested in _FORMS:
        m = pattern.fullmatch(message)
        if m:
            parts = {k: v or "" for k, v in m.groupdict().items()}
            for name in nested:
                parts[name] = translate(parts[name], lang)
            more = parts.pop("more", "")
            return t(key, lang, **parts) + more
    return message


def requested_lang(args) -> str:
    """The `--lang` of a command line not parsed yet (`--lang en`, `--lang=en`); Indonesian by default."""
    args = list(sys.argv[1:] if args is None else args)
    for n, arg in enumerate(args):
        if arg == "--lang" and n + 1 < len(args):
            return "en" if args[n + 1] == "en" else "id"
        if arg.startswith("--lang="):
            return "en" if arg.split("=", 1)[1] == "en" else "id"
    return "id"


def show(exc: click.ClickException, lang: str) -> None:
    """What click's `exc.show()` prints, in `lang`: the usage line, where to find help, the error."""
    ctx = getattr(exc, "ctx", None)
    out = []
    if isinstance(exc, click.UsageError) and ctx is not None:
        pieces = " ".join(ctx.command.collect_usage_pieces(ctx))
        out.append(f"{t('click_usage', lang)} {ctx.command_path} {pieces}".rstrip())
        if ctx.command.get_help_option(ctx) is not None:
            option = max(ctx.command.get_help_option_names(ctx), key=len)  # `--help`, as click says it
            out.append(t("click_try", lang, command=ctx.command_path, option=option))
        out.append("")
    out.append(f"{t('click_error', lang)}: {message(exc, lang)}")
    click.echo("\n".join(out), err=True)


#: click's section headings and their catalogue keys
_HEADINGS = {"Options": "click_options", "Commands": "click_commands", "Arguments": "click_arguments"}


class LocalisedFormatter(click.HelpFormatter):
    """`--help` in the reader's language: click's own `Usage:`, `Options`, `Commands` through the catalogue."""

    lang = "id"

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        super().write_usage(prog, args, f"{t('click_usage', self.lang)} " if prefix is None else prefix)

    def write_heading(self, heading: str) -> None:
        key = _HEADINGS.get(heading)
        super().write_heading(t(key, self.lang) if key else heading)


def option_key(path: tuple[str, ...], option: click.Option) -> str | None:
    """The catalogue key of an option's help: `opt_<command>_<option>` (`opt_fix_format`), else the
    shared `opt_<option>` (`opt_lang`); None when the catalogue has neither."""
    name = max(option.opts, key=len).lstrip("-").replace("-", "_")
    for key in (f"opt_{'_'.join(path)}_{name}", f"opt_{name}"):
        if key in MESSAGES:
            return key
    return None


def commands(group: click.Command, path: tuple[str, ...] = ()):
    """(path, command) for `group` and every command under it: `()`, `("check",)`, `("rules", "test")`."""
    yield path, group
    for name, sub in getattr(group, "commands", {}).items():
        yield from commands(sub, (*path, name))


def localise_help(group: click.Command, lang: str) -> None:
    """Every command's description (`cmd_*` keys), every option's help (click's `--help` and `--version` too;
    `opt_*` keys) and click's headings in `lang`; the help written in the code is English and stays where no
    key says it."""
    from audit.cli.batch import BATCH_FORMATS
    from audit.render import FORMATS

    formats = {("check",): ", ".join(FORMATS), ("batch",): ", ".join(BATCH_FORMATS)}
    formatter = type("Formatter", (LocalisedFormatter,), {"lang": lang})
    for path, command in commands(group):
        command.context_class = type("Context", (click.Context,), {"formatter_class": formatter})
        described = f"cmd_{'_'.join(path) or 'audit'}"
        if described in MESSAGES:
            command.help = t(described, lang)
        helper = command.get_help_option(click.Context(command, help_option_names=["-h", "--help"]))
        for param in [*command.params, *([helper] if helper else [])]:
            key = option_key(path, param) if isinstance(param, click.Option) else None
            if key:
                param.help = t(key, lang, formats=formats.get(path, ""))
                if isinstance(param, click.Option) and _shows_default(param):  # click says `[default: x]` in English
                    param.help += " " + t("click_default", lang, value=param.default)


def _shows_default(option: click.Option) -> bool:
    """Whether the option's help says its default: then said through the catalogue, click's own switched off
    (remembered, as `localise_help` runs again for each call in one process)."""
    if not hasattr(option, "said_default"):
        option.said_default = option.show_default is True and option.default not in (None, False, ())  # type: ignore[attr-defined]
        option.show_default = False
    return option.said_default  # type: ignore[attr-defined]


class LocalisedGroup(click.Group):
    """A click group whose usage errors, and those of its commands, are said through the catalogue."""

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        lang = requested_lang(args)
        localise_help(self, lang)
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode, **extra)
        if lang == "en":
            return super().main(args, prog_name, complete_var, standalone_mode, **extra)
        try:  # click's standalone mode, but its errors said here
            code = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except click.ClickException as exc:
            show(exc, lang)
            sys.exit(exc.exit_code)
        except click.Abort:  # Ctrl-C or end of input at a prompt (click has printed the new line)
            click.echo(t("click_aborted", lang), err=True)
            sys.exit(1)
        sys.exit(code if isinstance(code, int) else 0)  # `ctx.exit(n)` (--help, --version) returns n here

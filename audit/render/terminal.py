"""The reviewer's report in a terminal: verdict first, then findings by table.

Reads well at 80 columns and without colour (Rich honours NO_COLOR and drops
styles when the output is not a terminal). Text from the report is never parsed
as markup nor passes a control character, and wrapped lines keep their indent.
"""
from __future__ import annotations

from typing import IO

from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from audit.i18n import t
from audit.message import format_number
from audit.model import say
from audit.render.common import BASIS, NO_TABLE, coverage_text, fix_line, group_label, not_run, shown_values
from audit.render.safety import terminal_text

SYMBOL = {"error": ("✗", "bold red"), "warning": ("!", "bold yellow"), "info": ("i", "cyan")}
ORDER = {"error": 0, "warning": 1, "info": 2}


def _text(value: str = "", style: str = "") -> Text:
    """Rich text of report text, control characters dropped: a cell cannot clear the screen or retitle the
    terminal (Rich drops only a few of them), here or in a `rich:FILE` someone later prints."""
    return Text(terminal_text(value), style)


def _count(n: int, lang: str) -> str:
    return format_number(n, 0, lang)


def _details(f, lang: str, verbose: bool) -> list[Text]:
    lines = [_text(f.text(lang))]
    page = t("page_at", lang)  # a PDF page: `hlm. 9`
    where = [p for p in (f.row if f.row and f.row != f.row_label else None, f.row_label, f.column,
                         f.location.short(page) if f.location else None) if p]
    if where:
        lines.append(_text(" · ".join(where), "dim"))
    shown = shown_values(f, lang)
    if shown["written"] is not None:
        parts = [f"{t('written', lang)} {shown['written']}"]
        if shown["expected"] is not None:
            parts.append(f"{t(BASIS.get(f.basis, 'expected'), lang)} {shown['expected']}")
        if shown["difference"] is not None:
            parts.append(f"{t('difference', lang)} {shown['difference']}")
        lines.append(_text(" · ".join(parts)))
    if f.hint:
        lines.append(_text(say(f.hint, lang), "italic"))
    if f.related:
        shown = f.related if verbose else f.related[:3]
        more = "" if len(shown) == len(f.related) else f" (+{len(f.related) - len(shown)})"
        lines.append(_text(f"{t('see_also', lang)}: " + ", ".join(r.short(page) for r in shown) + more, "dim"))
    for s in f.suggestions if verbose else f.suggestions[:1]:
        lines.append(_text(f"→ {t('suggest', lang)}: {fix_line(s, lang)}", "green"))
    if f.waived:
        lines.append(_text(f"{t('waived', lang)}: {f.waived['justification']}", "dim"))
    return lines


def _finding(f, lang, verbose, width: int) -> Table:
    """A finding's line: its symbol, its rule and the details, wrapped under their first word. Every column's
    width is given (the details take the rest of `width`), so Rich lays the grid out without measuring each
    line of text first (that was half of printing a report)."""
    sym, colour = ("~", "dim") if f.waived else SYMBOL[f.severity.value]
    grid = Table.grid(padding=(0, 1))
    grid.add_column(width=1, no_wrap=True)
    grid.add_column(width=8, no_wrap=True)
    details = width - 1 - 8 - 2
    if details >= 1:
        grid.add_column(width=details)
    else:  # narrower than the two first columns: Rich shares out what there is
        grid.add_column(ratio=1)
    grid.add_row(_text(sym, colour), _text(f.rule_id, "bold"), Group(*_details(f, lang, verbose)))
    return grid


def _coverage_line(result, lang: str) -> list[Text]:
    """What was checked, said plainly (`common.coverage_text`); yellow when a table with figures was not read."""
    text = coverage_text(result, lang)
    return [_text(text, "yellow" if result.coverage.unread else "")] if text else []


def build(result, lang: str | None = None, verbose: bool = False, fail_on: str = "error", width: int = 80):
    """The report as Rich renderables, for a console `width` columns wide."""
    lang = lang or result.lang
    meta = result.meta
    counts = result.counts()
    failed = result.failed(fail_on)
    title = t("title", lang)
    if meta:
        title += f" · {meta.agency} · {t('year', lang)} {meta.year}"
    verdict = _text(f"{t('result', lang)}: ")
    verdict.append(t("verdict_fail" if failed else "verdict_pass", lang), "bold red" if failed else "bold green")
    verdict.append("   " + " · ".join(f"{_count(counts[k], lang)} {t(k, lang)}" for k in ORDER))
    if counts.get("waived"):
        verdict.append(f" · {_count(counts['waived'], lang)} {t('waived', lang)}")
    verdict.append(f"   {len(result.tables_read)} {t('tables_read', lang)}")
    summary = Group(verdict, *_coverage_line(result, lang), _text(f"{t('source', lang)}: {result.source}"))
    parts: list[RenderableType] = [Panel(summary, title=_text(title), title_align="left", expand=True)]
    if not result.findings:
        parts.append(_text(t("no_findings", lang)))
    groups: dict = {}
    for f in result.findings:
        groups.setdefault(f.table or NO_TABLE, []).append(f)
    for table, items in groups.items():
        items = sorted(items, key=lambda f: (ORDER[f.severity.value], f.position, f.rule_id, f.column or ""))
        c = {k: sum(1 for f in items if f.severity.value == k and not f.waived) for k in ORDER}
        header = _text("\n")
        header.append(group_label(table, lang), "bold")
        if table in result.titles:
            header.append(terminal_text(f" · {say(result.titles[table], lang)}"))
        header.append("  (" + ", ".join(f"{_count(n, lang)} {t(k, lang)}" for k, n in c.items() if n) + ")", "bold")
        parts.append(header)
        for f in items:
            parts.append(Padding(_finding(f, lang, verbose, width - 2), (0, 0, 0, 2)))
    if verbose:
        parts += [_text("\n" + line, "dim") for line in not_run(result, lang)]
    return Group(*parts)


def render(result, stream: IO[str], lang: str | None = None, verbose: bool = False, fail_on: str = "error",
           color: bool | None = None, width: int | None = None, **_options) -> None:
    console = Console(file=stream, width=width, no_color=None if color is None else not color,
                      force_terminal=color if color else None, highlight=False, emoji=False)
    console.print(build(result, lang, verbose, fail_on, console.width))


def render_batch(batch, stream: IO[str], color: bool | None = None, width: int | None = None, **_options) -> None:
    """The batch summary: one row per report (agency, year, errors, warnings, top rule, verdict).

    Readable at 80 columns: the counts never wrap; under 100 columns the agency and the year go under
    the report's path instead of columns of their own, and the rule and the verdict are as wide as their
    longest word; why a report could not be read is a line below the table, not a column one word wide."""
    from rich import box

    from audit.render.batch_words import count, headings, totals_line, verdict_word

    lang = batch.lang
    console = Console(file=stream, width=width, no_color=None if color is None else not color,
                      force_terminal=color if color else None, highlight=False, emoji=False)
    narrow = console.width < 100
    table = Table(title=_text(t("batch_title", lang, n=count(len(batch.rows), lang))), title_justify="left",
                  box=box.SIMPLE_HEAD, show_edge=False)
    styles = {"pass": "bold green", "fail": "bold red", "input_error": "bold magenta"}
    heads = headings(lang)
    widest: dict[int, int] = {}
    if narrow:  # agency and year under the path; the rule and the verdict as wide as their longest word
        heads[0] = f"{heads[0]} / {heads[1]} · {heads[2]}"
        words = [w for r in batch.rows for w in verdict_word(r.verdict, lang).split()] + heads[6].split()
        widest[5] = max([len(w) for w in heads[5].split()] + [len(r.top_rule or "") for r in batch.rows])
        widest[6] = max(len(w) for w in words)
    for n, head in enumerate(heads):
        if n in (1, 2) and narrow:
            continue
        table.add_column(head, justify="right" if n in (2, 3, 4) else "left", overflow="fold",
                         no_wrap=n in (2, 3, 4), min_width=16 if n == 0 else None, max_width=widest.get(n))
    problems = []
    for row in batch.rows:
        unread = row.verdict == "input_error"
        source = _text(row.source)
        agency = _text("" if unread else row.agency or "")
        year = _text("" if unread or row.year is None else str(row.year))
        if unread:
            problems.append(_text(f"{row.source}: {row.problem or ''}"))
        if narrow and (agency.plain or year.plain):
            source.append("\n")
            source.append_text(_text(" · ".join(p for p in (agency.plain, year.plain) if p), "dim"))
        values = [source] + ([] if narrow else [agency, year])
        values += [_text("" if unread else count(n, lang)) for n in (row.errors, row.warnings)]
        values += [_text("" if unread else row.top_rule or ""), _text(verdict_word(row.verdict, lang),
                                                                      styles[row.verdict])]
        table.add_row(*values)
    console.print(table)
    for line in problems:
        console.print(line)
    console.print(_text(totals_line(batch)))


class BatchProgress:
    """A progress bar on a terminal: reports done, findings so far, rate and time left.

    Refreshed when a report finishes (no refresh thread, so worker processes can
    be forked safely while it is shown).
    """

    def __init__(self, total: int, lang: str, stream: IO[str]):
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self.findings = 0
        self.progress = Progress(
            TextColumn(t("batch_done", lang)), BarColumn(), MofNCompleteColumn(),
            TextColumn("· {task.fields[findings]} " + t("batch_findings", lang)),
            TextColumn("· {task.fields[rate]}"),
            TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
            console=Console(file=stream), auto_refresh=False, transient=False)
        self.task = self.progress.add_task("batch", total=total, findings=0, rate="")

    def __enter__(self):
        self.progress.start()
        self.progress.refresh()
        return self

    def advance(self, row) -> None:
        self.findings += row.findings
        task = self.progress.tasks[0]
        elapsed = task.elapsed or 0.0
        rate = f"{(task.completed + 1) / elapsed:.1f}/s" if elapsed > 0 else ""
        self.progress.update(self.task, advance=1, findings=self.findings, rate=rate)
        self.progress.refresh()

    def __exit__(self, *exc):
        self.progress.stop()

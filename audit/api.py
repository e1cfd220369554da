"""`run`: the whole pipeline, ingest -> schemas -> rules -> sorted findings."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from audit.config import Config
from audit.i18n import LANGS
from audit.message import Said
from audit.model import AuditResult, Message, Report


@lru_cache(maxsize=8)
def _rules(rule_dirs: tuple[str, ...]):
    """Rule packs are loaded and validated once per process."""
    from audit.rules.pack import load_rules
    from audit.rules.registry import load_builtin_kinds

    load_builtin_kinds()
    return load_rules(rule_dirs)


#: the ids of the engine's own findings (readers, schemas, waivers, a rule that failed), which `select` and
#: `ignore` may name too; tests/test_cli_words.py keeps this list whole
ENGINE_RULES = tuple(f"INPUT{n:03}" for n in range(1, 11)) + ("PARSE001", "PARSE002", "PARSE003", "PARSE004") + tuple(
    f"SCHEMA{n:03}" for n in range(1, 6)) + ("WAIVE001", "WAIVE002", "DOC001", "DOC002", "DOC003", "COVER001",
                                            "RULE999")


def closest_rule(name: str, ids: list[str]) -> str | None:
    """The rule id `name` most likely means (`SUM99` -> `SUM039`, `sum022` -> `SUM022`), or None."""
    import difflib

    close = difflib.get_close_matches(name.upper(), ids, n=1, cutoff=0.6)
    return close[0] if close else None


def check_rule_names(select: tuple[str, ...], ignore: tuple[str, ...], rule_dirs: tuple[str, ...] = ()) -> None:
    """Every `select`/`ignore` entry names a rule or the start of rule ids: a typo would silently run no rule
    (a gate that always passes) or ignore none (ConfigError, with the id it most likely means)."""
    from audit.errors import ConfigError, Text

    ids = [r.id for r in _rules(tuple(rule_dirs))]
    for option, entries in (("select", select), ("ignore", ignore)):
        for entry in entries:
            if any(i.startswith(entry) for i in (*ids, *ENGINE_RULES)):
                continue
            close = closest_rule(entry, [*ids, *ENGINE_RULES])
            raise ConfigError("unknown_rule_option", None, None, option=option, rule=entry,
                              hint=Text("did_you_mean", {"name": close}) if close else "")


def configured_rules(config: Config):
    """The rules this configuration runs, with its severity and tolerance overrides."""
    from audit.rules.pack import LoadedRule

    check_rule_names(config.select, config.ignore, config.rule_dirs)
    out = []
    for r in _rules(config.rule_dirs):
        if not config.wants(r.id):
            continue
        update = {}
        severity = config.override(config.severity, r.id)
        tolerance = config.override(config.tolerance, r.id)
        if severity:
            update["severity"] = severity
        if tolerance is not None:
            update["tolerance"] = float(tolerance)
        out.append(LoadedRule(r.rule.model_copy(update=update), r.params, r.file, r.line) if update else r)
    return out


def _configured_findings(findings, config: Config):
    """Select/ignore and severity overrides apply to engine findings (INPUT, PARSE, SCHEMA) too."""
    from dataclasses import replace

    from audit.model import Severity

    out = []
    for f in findings:
        if not config.wants(f.rule_id):
            continue
        severity = config.override(config.severity, f.rule_id)
        out.append(replace(f, severity=Severity(severity)) if severity else f)
    return out


def check_report(report: Report, config: Config = Config()) -> AuditResult:
    """Audit a report already read (by ingest or built in memory)."""
    from dataclasses import replace

    from audit.rules.engine import check_rules
    from audit.validate import validate_report

    if config.predikat_scale:
        from audit.model import PredikatBand

        scale = [PredikatBand(min=low, label=label) for low, label in config.predikat_scale]
        report = replace(report, meta=report.meta.model_copy(update={"predikat_scale": scale}))
    from audit.rules.select import reuse_selections

    rules = configured_rules(config)
    findings = list(report.problems) + validate_report(report)
    with reuse_selections():  # the rows, keys and pairs the checks find are those the suggestions start from
        # traced for suggestions: the rows each rule selects, so a candidate fix re-runs only the rules it could change
        checked = check_rules(rules, report, debug=config.debug, trace=config.suggest)
        found, skipped = checked.findings, checked.skipped
        if config.suggest and found:
            from audit.repair.rank import suggest

            found = suggest(report, rules, found, reads=checked.reads)
    return _result(report, config, rules, findings + found, skipped, idle=checked.idle_rules())


def check_reports(reports: list[Report], config: Config = Config()) -> list[AuditResult]:
    """`check_report` of each report, faster for many: reports of the same shape are checked together,
    each table model and rule run once over their stacked tables (`audit.rules.stack`).

    Fix suggestions are per report by nature: each report's findings are ranked on its own
    report, with the rows each rule selected in it (split from the stacked run), as
    `check_report` ranks them."""
    if config.predikat_scale or config.debug or len(reports) < 2:
        return [check_report(r, config) for r in reports]
    from audit.rules.stack import check_rules_stacked, shape, stack
    from audit.validate import validate_stacked

    rules = configured_rules(config)
    info = _rule_info(rules)
    groups: dict[tuple, list[int]] = {}
    for n, report in enumerate(reports):
        groups.setdefault(shape(report), []).append(n)
    out: list = [None] * len(reports)
    for members in groups.values():
        group = [reports[n] for n in members]
        try:
            stacked = stack(group) if len(group) > 1 else None
        except (TypeError, ValueError):  # built in memory with a text cell in a numeric column: one by one
            for n in members:
                out[n] = check_report(reports[n], config)
            continue
        checked = validate_stacked(group, stacked)
        found = check_rules_stacked(rules, group, stacked, trace=config.suggest)
        for k, n in enumerate(members):
            mine = found.findings[k]
            if config.suggest and mine and found.reads is not None:
                from audit.repair.rank import suggest

                mine = suggest(group[k], rules, mine, reads=found.reads[k])
            out[n] = _result(group[k], config, rules, list(group[k].problems) + checked[k] + mine, found.skipped,
                             info, found.idle[k] if found.idle is not None else ())
    return out


def _rule_info(rules) -> dict:
    """Each rule's title and why, in every language (the outputs say them in theirs), and its kind."""
    return {r.id: {"title": Message(r.id, words=r.rule.title.model_dump()), "kind": r.rule.kind,
                   "why": Message(r.id, words=r.rule.why.model_dump()) if r.rule.why else None} for r in rules}


def _result(report: Report, config: Config, rules, findings, skipped, info: dict | None = None,
            idle=()) -> AuditResult:
    """The findings configured (select, severity, waivers) and sorted, with what the formats show. `idle`: the
    rules that ran but selected no row to compare."""
    from dataclasses import replace

    from audit.coverage import coverage
    from audit.unchecked import columns_no_rule, unchecked_columns

    covered = replace(coverage(report, rules, skipped, idle), columns_no_rule=columns_no_rule(report, rules))
    if config.wants("COVER001"):
        findings = findings + unchecked_columns(report, rules, covered)
    findings = _configured_findings(findings, config)
    if config.baseline:
        from audit import waivers

        known = [r.id for r in _rules(config.rule_dirs)] + list(ENGINE_RULES)
        findings = waivers.apply(findings, waivers.load(config.baseline), config.baseline, known=known)
    findings.sort(key=lambda f: f.sort_key())
    from audit import catalog

    specs = catalog.tables()
    titles: dict[str, Said] = {name: Message(name, words={lang: specs[name].title_in(lang) for lang in LANGS})
                               for name in report.tables if name in specs}
    info = info if info is not None else _rule_info(rules)
    from audit.figures import figures

    return AuditResult(report.meta, report.source, findings, sorted(report.tables), covered.rules_run,
                       skipped, config.lang, titles, info, covered, figures(report))


def read(path: str | Path, config: Config = Config()) -> Report:
    """The report at `path`, read as `config` says (input limits, header mapping)."""
    from audit.ingest import Limits
    from audit.sources import read_report

    return read_report(path, limits=Limits.from_config(config), columns=config.header_map())


def run(path: str | Path, config: Config | None = None, **options) -> AuditResult:
    """Audit the report at `path` (CSV folder, workbook or document). Options override `config` fields."""
    from dataclasses import replace

    config = replace(config or Config(), **options)
    return check_report(read(path, config), config)


def plan_fixes(path: str | Path, config: Config | None = None):
    """The report at `path` and its repair plan (`audit.repair.plan.RepairPlan`)."""
    from audit.repair.plan import plan

    config = config or Config()
    report = read(path, config)
    return report, plan(report, configured_rules(config))

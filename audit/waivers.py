"""Waivers: findings a team has accepted, with a justification and an optional expiry.

A baseline file (`audit baseline PATH` writes one) lists fingerprints (rule,
table, row key, column: never positions), so a waiver survives a redraft of the
report. Waived findings stay in the report, marked; an expired waiver no longer
waives and is itself reported, as is a waiver that no longer matches anything.
"""
from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from audit.errors import ConfigError, validation_text
from audit.message import join
from audit.model import Finding, Location, Message, Severity

HEADER = "# lkjip-audit baseline: accepted findings. Fill in each justification; `expires` is optional.\n"


class Waiver(BaseModel):
    model_config = ConfigDict(extra="forbid")
    fingerprint: str
    rule: str
    table: str | None = None
    row: str | None = None
    column: str | None = None
    justification: str
    expires: dt.date | None = None
    message: str | None = None


class Baseline(BaseModel):
    model_config = ConfigDict(extra="forbid")
    version: int = 1
    waivers: list[Waiver] = []


def load(path: str | Path) -> Baseline:
    """The baseline at `path`, read as every input is: a regular file under the size limit (never a pipe or
    `/dev/zero`), its aliases counted before they are expanded."""
    from audit import yamlsafe
    from audit.errors import InputError, Text
    from audit.ingest.limits import Budget

    p = Path(path)
    try:
        text = Budget().read_bytes(p).decode("utf-8")
        data = yamlsafe.load(text, str(p), error=ConfigError) or {}
        return Baseline.model_validate(data)
    except InputError as exc:
        raise ConfigError("bad_baseline", str(p), None, detail=Text(exc.key, exc.params)) from None
    except UnicodeDecodeError as exc:
        raise ConfigError("bad_baseline", str(p), None, detail=str(exc)) from None
    except OSError as exc:
        raise ConfigError("bad_baseline", str(p), None, detail=exc.strerror or str(exc)) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise ConfigError("bad_baseline", str(p), str(mark.line + 1) if mark else None, detail=str(exc)) from None
    except ValidationError as exc:
        err = next((e for e in exc.errors() if e["type"] == "extra_forbidden"), exc.errors()[0])
        raise ConfigError("bad_baseline", str(p), None, detail=validation_text(err, _known(err))) from None


def _known(err) -> list[str]:
    """The keys allowed where a baseline has an unknown one (for "did you mean")."""
    if err["type"] != "extra_forbidden":
        return []
    return list((Waiver if "waivers" in err["loc"] else Baseline).model_fields)


def dump(findings: list[Finding], justification: str, expires: dt.date | None = None, lang: str = "id") -> str:
    """The baseline waiving `findings`, each with its message in `lang` for the reader of the file."""
    waivers = [Waiver(fingerprint=f.fingerprint(), rule=f.rule_id, table=f.table, row=f.row_key, column=f.column,
                      justification=justification, expires=expires, message=f.text(lang))
               for f in findings if not f.rule_id.startswith("WAIVE")]
    body = Baseline(waivers=waivers).model_dump(mode="json", exclude_none=True)
    return HEADER + yaml.safe_dump(body, allow_unicode=True, sort_keys=False, width=100)


def apply(findings: list[Finding], baseline: Baseline, source: str, today: dt.date | None = None,
          known: Iterable[str] = ()) -> list[Finding]:
    """Mark waived findings; report expired and unused waivers. `known`: every rule id there is, so that
    an unused waiver naming none of them says the one it most likely means."""
    today = today or dt.date.today()
    by_print = {w.fingerprint: w for w in baseline.waivers}
    used: set[str] = set()
    out: list[Finding] = []
    for f in findings:
        w = by_print.get(f.fingerprint())
        if w is None:
            out.append(f)
            continue
        used.add(w.fingerprint)
        if w.expires is not None and w.expires < today:
            out.append(replace(f, hint=join(f.hint, Message("waiver_expired", {"date": w.expires.isoformat()}), "; ")))
            out.append(_meta("WAIVE001", Severity.WARNING, source,
                             Message("waiver_expired_finding", {"rule": w.rule, "date": w.expires.isoformat()}), w))
        else:
            out.append(replace(f, waived={"justification": w.justification,
                                          "expires": w.expires.isoformat() if w.expires else None}))
    rules = set(known)
    for w in baseline.waivers:
        if w.fingerprint not in used:
            message = Message("waiver_unused", {"rule": w.rule})
            if rules and w.rule not in rules:  # a typo in a hand-written baseline
                close = difflib.get_close_matches(w.rule.upper(), sorted(rules), n=1, cutoff=0.6)
                message = Message("waiver_unknown_rule", {"rule": w.rule, "hint": Message(
                    "did_you_mean", {"name": close[0]}) if close else ""})
            out.append(_meta("WAIVE002", Severity.INFO, source, message, w))
    return out


def _meta(rule_id, severity, source, message, w: Waiver) -> Finding:
    return Finding(rule_id, severity, w.table, w.row, w.column, Location(source), None, None, None, message,
                   row_key=w.row)

"""report.yaml (or a workbook's `report` sheet) into validated `Metadata`.

YAML goes through `safe_load` only: a `!!python/...` tag is refused, never run.
A problem names the key and, for report.yaml, its line, in the reader's language.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from audit import yamlsafe
from audit.errors import InputError, Text, shown_value, validation_text
from audit.ingest.limits import Budget
from audit.model import Metadata
from audit.numbers import parse_number
from audit.predikat import Band, as_scale, parse_band, parse_interval


# pydantic error types -> what the key should have been
def load_yaml_file(path: Path, budget=None, within: Path | None = None) -> dict:
    """The mapping in `path`; anything else (empty, a list, a tag, broken YAML) is an `InputError`."""
    return read_yaml(path, budget, within)[0]


def read_yaml(path: Path, budget=None, within: Path | None = None) -> tuple[dict, str]:
    """The mapping in `path` and the text it was read from (to find a key's line later). The file is
    checked first as every input is (`Budget.check_file`: regular, inside `within`, under the size limit);
    its aliases are counted before they are expanded (`yamlsafe`)."""
    budget = budget or Budget()
    try:
        text = budget.read_bytes(path, within).decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError("bad_yaml", str(path), None, detail=str(exc)) from None
    except OSError as exc:
        raise InputError("bad_yaml", str(path), None, detail=exc.strerror or type(exc).__name__) from None
    if not text.strip():
        raise InputError("empty_file", str(path))
    try:
        data = yamlsafe.load(text, str(path), budget.limits)
    except yaml.constructor.ConstructorError as exc:
        tag = re.search(r"tag '([^']*)'", str(exc.problem or ""))
        raise InputError("yaml_tag", str(path), _line(exc), tag=tag.group(1) if tag else "?") from None
    except yaml.YAMLError as exc:
        raise InputError("bad_yaml", str(path), _line(exc), detail=getattr(exc, "problem", None) or str(exc)) from None
    except RecursionError:
        raise InputError("bad_yaml", str(path), None, detail="nested too deeply") from None
    if not isinstance(data, dict):
        raise InputError("yaml_not_mapping", str(path))
    return data, text


def _line(exc) -> str | None:
    mark = getattr(exc, "problem_mark", None)
    return f"{mark.line + 1}" if mark else None


def metadata_from(data: dict, file: str, text: str | None = None) -> Metadata:
    """Validate; the first problem names its key (and its line when the YAML `text` is given)."""
    data = _scale_notation(data, file, text)
    try:
        return Metadata.model_validate(data)
    except ValidationError as exc:
        errors = exc.errors()
        # an unknown key first: a misspelt key is also why a required one looks missing
        err = next((e for e in errors if e["type"] == "extra_forbidden"), errors[0])
        loc = list(err["loc"])
        raise InputError("bad_metadata", file, _line_of(text, loc), detail=_explain(err, loc)) from None
    except RecursionError:
        raise InputError("bad_metadata", file, None, detail="nested too deeply") from None


def _scale_notation(data: dict, file: str, text: str | None) -> dict:
    """`predikat_scale` bands written as the report prints them (`"76 - 90: Baik"`, `"≥ 91: Sangat Baik"`)
    into `{min, label, max, above}`, best first; bands given as mappings are left to the model."""
    items = data.get("predikat_scale")
    if not isinstance(items, list) or not any(isinstance(x, str) for x in items):
        return data
    bands = []
    for i, item in enumerate(items):
        if isinstance(item, dict) and isinstance(item.get("label"), str):
            bands.append(Band(item.get("min"), bool(item.get("above")), item.get("max"), item["label"]))
            continue
        band = parse_band(item) if isinstance(item, str) else None
        if band is None:
            raise InputError("bad_metadata", file, _line_of(text, ["predikat_scale", i]),
                             detail=Text("meta_band", {"key": f"predikat_scale.{i}", "value": _shown(item)}))
        bands.append(band)
    scale = as_scale(bands)
    if not scale:
        raise InputError("bad_metadata", file, _line_of(text, ["predikat_scale"]),
                         detail=Text("meta_scale", {"key": "predikat_scale"}))
    return {**data, "predikat_scale": scale}


def _explain(err: Mapping[str, Any], loc: list) -> Text:
    return validation_text(err, _known_keys(loc[:-1]) if err["type"] == "extra_forbidden" else ())


def _known_keys(parent: list) -> list[str]:
    """The keys allowed where an unknown key was found (for "did you mean")."""
    model: type[BaseModel] = Metadata
    for part in parent:
        if isinstance(part, int):
            continue
        field = model.model_fields.get(str(part))
        inner = getattr(field, "annotation", None) if field else None
        inner = next(iter(getattr(inner, "__args__", ())), inner)
        if not (isinstance(inner, type) and issubclass(inner, BaseModel)):
            return []
        model = inner
    return list(model.model_fields)


def _shown(value) -> str:
    return shown_value(value)


def _line_of(text: str | None, loc: list) -> str | None:
    """The line of the deepest key of `loc` present in the YAML `text`, if any."""
    if not text:
        return None
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except (yaml.YAMLError, RecursionError):
        return None
    line = None
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            hit = next(((k, v) for k, v in node.value if getattr(k, "value", None) == str(part)), None)
            if hit is None:
                break
            line, node = hit[0].start_mark.line + 1, hit[1]
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            node = node.value[part]
            line = node.start_mark.line + 1
        else:
            break
    return None if line is None else str(line)


def rows_to_mapping(pairs: list[tuple[str, object]], file: str = "report") -> dict:
    """Key/value rows of a `report` sheet into the nested dict report.yaml would give.

    Dotted keys nest (`head.name`); a key given more than once becomes a list;
    `predikat_scale` rows read `85: Sangat Baik` (or `: Kurang Baik` for the floor), or a band in the
    report's notation (`76 - 90: Baik`, `> 90 s.d. 100: Sangat Tinggi`).
    A key that is both a value and a group (`head` and `head.name`) is an `InputError`.
    """
    out: dict = {}
    lists = {"desa", "predikat_scale", "polarity.negative", "polarity.positive"}
    for key, value in pairs:
        key = str(key).strip()
        if not key:
            continue
        if key == "predikat_scale":
            low, _, label = str(value).partition(":")
            parsed = parse_number(low, "number").value if low.strip() else None
            if parsed is None and low.strip() and parse_interval(low) is not None:
                value = str(value)  # a band as printed: read with the others (`_scale_notation`)
            else:
                value = {"min": parsed if parsed is not None or not low.strip() else low.strip(),
                         "label": label.strip()}
        node = out
        parts = key.split(".")
        for part in parts[:-1]:
            node = node.setdefault(part, {})
            if not isinstance(node, dict):
                raise InputError("bad_metadata", file, key, detail=Text("meta_type", {
                    "key": part, "expected": Text("expect_mapping"), "value": _shown(node)}))
        leaf = parts[-1]
        if key in lists and isinstance(node.setdefault(leaf, []), list):
            node[leaf].append(value)
        elif isinstance(node.get(leaf), (dict, list)):
            raise InputError("bad_metadata", file, key, detail=Text("meta_type", {
                "key": key, "expected": Text("expect_mapping"), "value": _shown(value)}))
        else:
            node[leaf] = value
    return out


def mapping_to_rows(meta: dict, prefix: str = ""):
    """The inverse of `rows_to_mapping`: (key, value) rows for a workbook's `report` sheet."""
    for key, value in meta.items():
        full = f"{prefix}{key}"
        if value is None:
            continue
        if isinstance(value, dict):
            yield from mapping_to_rows(value, full + ".")
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, dict) and "label" in item:
                    yield full, f"{_band_text(item)}: {item['label']}"
                else:
                    yield full, item
        else:
            yield full, value


def _band_text(item: dict) -> str:
    """A band's bounds as a `report` sheet row writes them: `85`, `> 90`, `76 - 90`, `≤ 50` (or empty)."""
    low, high = item.get("min"), item.get("max")
    if low is None:
        return "" if high is None else f"≤ {high:g}"
    if item.get("above"):
        return f"> {low:g}" + (f" - {high:g}" if high is not None else "")
    return f"{low:g} - {high:g}" if high is not None else f"{low}"

"""report.yaml (or a workbook's `report` sheet) into validated `Metadata`."""
from __future__ import annotations

from pathlib import Path

import yaml
from pydantic import ValidationError

from audit.errors import InputError
from audit.model import Metadata


def load_yaml_file(path: Path) -> dict:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8-sig"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{mark.line + 1}" if mark else None
        raise InputError("bad_yaml", str(path), where, detail=getattr(exc, "problem", None) or str(exc)) from None
    except UnicodeDecodeError as exc:
        raise InputError("bad_yaml", str(path), None, detail=str(exc)) from None
    if not isinstance(data, dict):
        raise InputError("bad_metadata", str(path), None, detail="expected a mapping")
    return data


def metadata_from(data: dict, file: str) -> Metadata:
    try:
        return Metadata.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = ".".join(str(p) for p in err["loc"])
        raise InputError("bad_metadata", file, loc or None, detail=err["msg"]) from None


def rows_to_mapping(pairs: list[tuple[str, object]]) -> dict:
    """Key/value rows of a `report` sheet into the nested dict report.yaml would give.

    Dotted keys nest (`head.name`); a key given more than once becomes a list;
    `predikat_scale` rows read `85: Sangat Baik` (or `: Kurang Baik` for the floor).
    """
    out: dict = {}
    lists = {"desa", "predikat_scale", "polarity.negative", "polarity.positive"}
    for key, value in pairs:
        key = str(key).strip()
        if not key:
            continue
        if key == "predikat_scale":
            text = str(value)
            low, _, label = text.partition(":")
            value = {"min": float(low) if low.strip() else None, "label": label.strip()}
        target, *rest = key.split(".")
        node = out
        parts = key.split(".")
        for part in parts[:-1]:
            node = node.setdefault(part, {})
        leaf = parts[-1]
        if key in lists:
            node.setdefault(leaf, []).append(value)
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
                    low = "" if item.get("min") is None else item["min"]
                    yield full, f"{low}: {item['label']}"
                else:
                    yield full, item
        else:
            yield full, value

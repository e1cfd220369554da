"""Installed plugins: entry points of the `lkjip_audit.*` groups, found in one scan.

`importlib.metadata.entry_points(group=...)` reads the metadata of every installed
distribution on each call; the table models and the rule kinds each asked, which
cost 20 to 30 ms of every `audit check`. One scan serves every group.
"""
from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def _all():
    from importlib.metadata import entry_points

    return entry_points()


def load(group: str) -> list:
    """What each entry point of `group` names, loaded; a broken plugin is a one-line configuration error."""
    out = []
    for ep in _all().select(group=group):
        try:
            out.append(ep.load())
        except Exception as exc:
            from audit.errors import ConfigError

            detail = f"{type(exc).__name__}: {exc}"
            raise ConfigError("bad_plugin", ep.value, None, name=ep.name, detail=detail) from None
    return out

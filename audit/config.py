"""The run's configuration: a frozen value built once and passed down."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Config:
    lang: str = "id"
    fail_on: str = "error"  # error | warning | info | never
    rule_dirs: tuple[str, ...] = ()
    debug: bool = False
    suggest: bool = True  # rank fix suggestions for every finding (audit.localize)

    def __post_init__(self):
        if self.lang not in ("id", "en"):
            raise ValueError(f"lang must be 'id' or 'en', not {self.lang!r}")
        if self.fail_on not in ("error", "warning", "info", "never"):
            raise ValueError(f"fail_on must be error, warning, info or never, not {self.fail_on!r}")

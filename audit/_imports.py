"""Start-up cost: pandera without hypothesis.

pandera imports hypothesis, when it is installed, for data synthesis
(`strategies`), which the audit never uses; that import alone costs 0.1 to 0.3 s
of every `audit check`. Hiding hypothesis while pandera is first imported makes
pandera treat it as absent. Hypothesis stays importable afterwards (the tests use
it); only pandera's own strategies are off in that process.
"""
from __future__ import annotations

import sys


def import_pandera() -> None:
    """Import `pandera.pandas` once, hypothesis hidden unless something already imported it."""
    if "pandera.pandas" in sys.modules or "hypothesis" in sys.modules:
        import pandera.pandas  # noqa: F401
        return
    sys.modules["hypothesis"] = None  # `import hypothesis` now raises ImportError
    try:
        import pandera.pandas  # noqa: F401
        import pandera.strategies.pandas_strategies  # noqa: F401  (imported lazily by the checks otherwise)
    finally:
        if sys.modules.get("hypothesis", 0) is None:
            del sys.modules["hypothesis"]

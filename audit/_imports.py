"""Start-up cost: pandera without hypothesis.

pandera imports hypothesis, when it is installed, for data synthesis
(`strategies`), which the audit never uses; that import alone costs 0.1 to 0.3 s
of every `audit check`. Hiding hypothesis while pandera is first imported makes
pandera treat it as absent. Hypothesis stays importable afterwards (the tests use
it); only pandera's own strategies are off in that process.

pandera also asks for geopandas on every dtype it looks up (`from geopandas.array
import GeometryDtype` inside `is_geopandas_dtype`, a few hundred times per check). A
failed import is not remembered, so each ask searched `sys.path` again: 30 to 50 ms
in all. When geopandas is not installed it is marked absent (`None` in
`sys.modules`), which makes each ask fail at once; installed, it is left alone.
"""
from __future__ import annotations

import sys


def import_pandera() -> None:
    """Import `pandera.pandas` once, hypothesis hidden unless something already imported it."""
    _absent("geopandas")
    if "pandera.pandas" in sys.modules or "hypothesis" in sys.modules:
        import pandera.pandas
        return
    # None in sys.modules makes `import hypothesis` raise ImportError (the import system's documented
    # blocker); typeshed types the values as modules only
    sys.modules["hypothesis"] = None  # type: ignore[assignment]
    try:
        import pandera.pandas
        import pandera.strategies.pandas_strategies  # noqa: F401  (imported lazily by the checks otherwise)
    finally:
        if sys.modules.get("hypothesis", 0) is None:
            del sys.modules["hypothesis"]


def _absent(name: str) -> None:
    """Make `import name` fail at once when the package is not installed (not a path search per try)."""
    from importlib.util import find_spec

    if name not in sys.modules and find_spec(name) is None:
        sys.modules[name] = None  # type: ignore[assignment]  # a blocked import, as above

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "jatiroto-2023"
CORRECTED = ROOT / "examples" / "jatiroto-2023-corrected"
sys.path.insert(0, str(Path(__file__).parent))


@pytest.fixture(autouse=True)
def _no_color(monkeypatch):
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    monkeypatch.setenv("COLUMNS", "80")


@pytest.fixture(scope="session")
def example():
    """The audit of the faithful example (read-only: shared by every test)."""
    import audit

    return audit.run(EXAMPLE)


@pytest.fixture(scope="session")
def example_en():
    import audit

    return audit.run(EXAMPLE, lang="en")


@pytest.fixture(scope="session")
def corrected():
    import audit

    return audit.run(CORRECTED)

import os
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "jatiroto-2023"
CORRECTED = ROOT / "examples" / "jatiroto-2023-corrected"
sys.path.insert(0, str(Path(__file__).parent))
# parsed rule packs are kept between runs (`audit.cache`): the tests, and the processes they start, keep theirs
# in a folder of their own, never in the user's cache
os.environ["LKJIP_AUDIT_CACHE_DIR"] = tempfile.mkdtemp(prefix="lkjip-audit-cache-")


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


def seed_path() -> Path | None:
    """The real LKjIP seed (kept outside the project): $LKJIP_SEEDS, or a `shared/seeds` beside a parent folder."""
    import os

    name = "lkjip-jatiroto-2023.md"
    dirs = [Path(os.environ["LKJIP_SEEDS"])] if os.environ.get("LKJIP_SEEDS") else []
    dirs += [p / "shared" / "seeds" for p in ROOT.parents] + [Path("/work/shared/seeds")]
    return next((d / name for d in dirs if (d / name).is_file()), None)


@pytest.fixture(scope="session")
def seed():
    """The seed document; a user's machine without it skips, CI (CI=true) without it fails."""
    import os

    path = seed_path()
    if path is None:
        if os.environ.get("CI", "").lower() in ("true", "1"):
            pytest.fail("the seed ../shared/seeds/lkjip-jatiroto-2023.md is missing under CI")
        pytest.skip("the seed document is not on this machine")
    return path


@pytest.fixture(scope="session")
def seed_report(seed):
    from audit.sources import read_report

    return read_report(seed)

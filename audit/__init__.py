"""lkjip-audit: audit an LKjIP's numbers with Pandera schemas and YAML rules.

    >>> import audit
    >>> result = audit.run("examples/jatiroto-2023")
    >>> result.counts()

The API is `run` (and `check_report` for a report built in memory); the CLI in
`audit.cli` is one caller of it. Imports are lazy so `audit --help` stays light.
"""
__version__ = "0.1.0"
__all__ = ["run", "check_report", "Config"]


def __getattr__(name):
    if name in ("run", "check_report"):
        from audit import api

        return getattr(api, name)
    if name == "Config":
        from audit.config import Config

        return Config
    raise AttributeError(name)

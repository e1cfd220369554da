"""One catalogue of words (`audit/i18n.py`): complete in both languages, each key once, none unused,
and no formatter keeping words of its own beside it."""
from __future__ import annotations

import ast
import re
from collections import Counter
from pathlib import Path

from audit.i18n import LANGS, MESSAGES

ROOT = Path(__file__).resolve().parents[1]
CATALOGUE = ROOT / "audit" / "i18n.py"


def _sources():
    """Every module that may say a word: the package and the table models, the catalogue aside."""
    for path in sorted((ROOT / "audit").rglob("*.py")) + sorted((ROOT / "schemas").rglob("*.py")):
        if path != CATALOGUE:
            yield path, ast.parse(path.read_text(encoding="utf-8"))


def test_every_message_is_in_both_languages_with_the_same_placeholders():
    for key, texts in MESSAGES.items():
        assert set(texts) == set(LANGS), key
        assert set(re.findall(r"\{(\w+)", texts["id"])) == set(re.findall(r"\{(\w+)", texts["en"])), key


def test_no_key_is_defined_twice():
    """A dict literal keeps the last of two equal keys without a word: the second would hide the first."""
    (catalogue,) = [n for n in ast.walk(ast.parse(CATALOGUE.read_text(encoding="utf-8")))
                    if isinstance(n, ast.Dict) and len(n.keys) == len(MESSAGES)]
    twice = [k for k, n in Counter(k.value for k in catalogue.keys).items() if n > 1]
    assert twice == []


def test_no_formatter_keeps_a_vocabulary_of_its_own():
    """A table of keys to {"id", "en"} texts anywhere but the catalogue is a second catalogue."""
    for path, tree in _sources():
        for node in ast.walk(tree):
            if isinstance(node, ast.Dict) and len(node.values) > 1 and all(
                    isinstance(v, ast.Dict) and {getattr(k, "value", None) for k in v.keys} == set(LANGS)
                    for v in node.values):
                raise AssertionError(f"{path.relative_to(ROOT)}:{node.lineno}: words belong in audit/i18n.py")


def test_no_module_picks_its_words_by_language():
    """`{"id": "Jenis", "en": "Kind"}[lang]` is a catalogue entry kept elsewhere, even alone. Only a rule kind's
    one-line summary (`@kind(..., summary={"id": ..., "en": ...})`) is written beside its kind, as a rule's
    message is beside its rule in the pack: both are the kind's or rule's own declaration."""
    for path, tree in _sources():
        summaries = {id(k.value) for node in ast.walk(tree) if isinstance(node, ast.Call)
                     for k in node.keywords if k.arg == "summary"}
        for node in ast.walk(tree):
            if isinstance(node, ast.Dict) and id(node) not in summaries and set(LANGS) <= {
                    getattr(k, "value", None) for k in node.keys}:
                raise AssertionError(f"{path.relative_to(ROOT)}:{node.lineno}: words belong in audit/i18n.py")


def test_every_key_is_used():
    """Said by name (`"fix_clean"`) or built from a stem (`"sev_" + severity`, `f"nip_{problem}"`)."""
    names: set[str] = set()
    stems: set[str] = set()
    for _, tree in _sources():
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                names.add(node.value)
            elif isinstance(node, ast.BinOp) and isinstance(node.left, ast.Constant):
                stems.add(str(node.left.value))
            elif isinstance(node, ast.JoinedStr) and node.values and isinstance(node.values[0], ast.Constant):
                stems.add(str(node.values[0].value))
    stems = {s for s in stems if s.endswith("_")}
    assert [k for k in MESSAGES if k not in names and not k.startswith(tuple(stems))] == []

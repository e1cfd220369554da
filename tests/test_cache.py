"""The cache of parsed rule packs: the same rules and the same error lines, whether a pack's data was
parsed or read back; an edited pack, a broken entry or a folder that cannot be written change nothing."""
from __future__ import annotations

import textwrap

import pytest
from helpers import GOOD_RULE

from audit import cache, yamlsafe
from audit.errors import ConfigError
from audit.rules.pack import builtin_pack_dir, read_pack


@pytest.fixture
def folder(tmp_path, monkeypatch):
    where = tmp_path / "cache"
    monkeypatch.setenv("LKJIP_AUDIT_CACHE_DIR", str(where))
    return where


@pytest.fixture
def parses(monkeypatch):
    """How many times a YAML text was parsed."""
    seen = []
    real = yamlsafe.parse

    def counted(text, *args, **kwargs):
        seen.append(text)
        return real(text, *args, **kwargs)

    monkeypatch.setattr(yamlsafe, "parse", counted)
    return seen


def summary(rules):
    return [(r.id, r.rule.model_dump(), r.params.model_dump(), r.file, r.line) for r in rules]


def test_the_shipped_packs_are_parsed_once_and_read_back_the_same(folder, parses):
    texts = [p.read_text(encoding="utf-8") for p in sorted(builtin_pack_dir().glob("*.yaml"))
             if not p.name.endswith(".examples.yaml")]
    first = [summary(read_pack(text, f"pack{i}.yaml")[1]) for i, text in enumerate(texts)]
    assert len(parses) == len(texts) and len(list(folder.glob("pack-*.json"))) == len(texts)
    again = [summary(read_pack(text, f"pack{i}.yaml")[1]) for i, text in enumerate(texts)]
    assert len(parses) == len(texts)  # nothing parsed the second time
    assert again == first and sum(map(len, first)) > 100
    assert all(line for pack in again for *_, line in pack)  # every rule still knows its line


def test_an_edited_pack_is_parsed_again(folder, parses):
    [rule] = read_pack(GOOD_RULE, "mine.yaml")[1]
    [edited] = read_pack(GOOD_RULE.replace("kind: sum", "kind: sum\n    severity: warning"), "mine.yaml")[1]
    assert len(parses) == 2
    assert rule.rule.severity == "error" and edited.rule.severity == "warning"


@pytest.mark.parametrize("change,line", [
    (("columns: [pagu]", "columns: [paguu]"), "8"),
    (("table: realisasi_program", "table: realisasi_programs"), "7"),
    (("kind: sum", "kind: summ"), "4"),
])
def test_an_error_names_the_same_line_when_the_data_comes_from_the_cache(folder, change, line):
    text = GOOD_RULE.replace(*change)
    said = []
    for _ in range(2):
        with pytest.raises(ConfigError) as exc:
            read_pack(text, "mine.yaml")
        said.append(exc.value.render("en"))
    assert list(folder.glob("pack-*.json"))  # the second error was found on cached data
    assert said[0] == said[1] and said[0].startswith(f"mine.yaml:{line}:")


def test_a_broken_entry_is_parsed_again_and_replaced(folder, parses):
    read_pack(GOOD_RULE, "mine.yaml")
    [entry] = folder.glob("pack-*.json")
    entry.write_text('{"data": {"pack": "x", "rules": [', encoding="utf-8")
    [rule] = read_pack(GOOD_RULE, "mine.yaml")[1]
    assert rule.id == "SUM901" and len(parses) == 2
    read_pack(GOOD_RULE, "mine.yaml")
    assert len(parses) == 2  # the entry was written whole again


@pytest.mark.parametrize("setting", ["off", ""])
def test_the_cache_can_be_turned_off(tmp_path, monkeypatch, parses, setting):
    monkeypatch.setenv("LKJIP_AUDIT_CACHE_DIR", setting)
    monkeypatch.chdir(tmp_path)
    for _ in range(2):
        read_pack(GOOD_RULE, "mine.yaml")
    assert len(parses) == 2 and not list(tmp_path.rglob("*.json"))


def test_a_folder_that_cannot_be_written_changes_nothing(tmp_path, monkeypatch, parses):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder would be", encoding="utf-8")
    monkeypatch.setenv("LKJIP_AUDIT_CACHE_DIR", str(blocker / "cache"))
    first = summary(read_pack(GOOD_RULE, "mine.yaml")[1])
    assert summary(read_pack(GOOD_RULE, "mine.yaml")[1]) == first and len(parses) == 2


def test_data_json_would_change_is_not_kept(folder, parses):
    """A YAML date or a number used as a key would come back from JSON as text: such a pack is parsed
    every time rather than read back different."""
    text = GOOD_RULE + textwrap.indent("examples: {2024-01-31: {1: ok}}\n", "    ")
    rule = read_pack(text, "mine.yaml")[1][0]
    assert not list(folder.glob("pack-*.json"))
    assert read_pack(text, "mine.yaml")[1][0].rule.examples == rule.rule.examples and len(parses) == 2


def test_an_entry_is_found_only_for_its_own_text_and_salt(folder):
    assert cache.store("pack", "a: 1", {"data": {"a": 1}}, "10")
    assert cache.load("pack", "a: 1", "10") == {"data": {"a": 1}}
    assert cache.load("pack", "a: 1", "11") is None and cache.load("pack", "a: 2", "10") is None


def test_old_entries_are_removed_past_the_limit(folder, monkeypatch):
    import os

    monkeypatch.setattr(cache, "KEEP", 3)
    for n in range(5):
        cache.store("pack", f"n: {n}", {"n": n})
        os.utime(cache._entry("pack", f"n: {n}", ""), (1_000_000 + n, 1_000_000 + n))  # written in this order
    cache.store("pack", "n: 5", {"n": 5})
    assert len(list(folder.glob("*.json"))) == 3
    assert [cache.load("pack", f"n: {n}") for n in range(6)] == [None, None, None, {"n": 3}, {"n": 4}, {"n": 5}]

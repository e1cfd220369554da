"""Every YAML file the tool reads (report.yaml, a document's sidecar, rule packs, baselines) goes through here.

Safe loading refuses tags; this also refuses an alias bomb: nine levels of `&a [*a, *a, ...]` are a few
hundred bytes that expand to billions of values once a validator walks them. The node tree is composed
first (aliases are shared there, so it stays small) and its expanded size counted in linear time,
before anything is constructed.
"""
from __future__ import annotations

import yaml

from audit.errors import InputError
from audit.ingest.limits import DEFAULT_LIMITS, Limits, _count


def parse(text: str, file: str, limits: Limits = DEFAULT_LIMITS, error=InputError):
    """The node tree (for lines) and the data built from it; `error` is raised (`yaml_too_big`) past
    `max_yaml_nodes`. YAML errors propagate as `yaml.YAMLError` for the caller to place."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)(text)
    try:
        root = loader.get_single_node()
        if root is None:
            return None, None
        if expanded_size(root, limits.max_yaml_nodes) > limits.max_yaml_nodes:
            raise error("yaml_too_big", file, None, limit=_count(limits.max_yaml_nodes))
        return root, loader.construct_document(root)
    finally:
        loader.dispose()


def load(text: str, file: str, limits: Limits = DEFAULT_LIMITS, error=InputError):
    """The data of `text` (see `parse`)."""
    return parse(text, file, limits, error)[1]


def shipped(name: str):
    """A YAML file the package ships in `schemas/` (vocabulary, polarity, predikat scale): parsed in C when
    libyaml is there, like every other YAML file (PyYAML's pure-Python loader took 10 ms for the vocabulary)."""
    from importlib.resources import files

    return load(files("schemas").joinpath(name).read_text(encoding="utf-8"), f"schemas/{name}")


def expanded_size(root, cap: int) -> int:
    """Nodes the tree holds with every alias expanded, counted once per distinct node (memoised), so
    the count costs the size of the text, not of the expansion; stops a little past `cap`."""
    sizes: dict[int, int] = {}
    open_: set[int] = set()  # being counted: met again below itself, the structure contains itself
    stack = [(root, False)]
    while stack:
        node, done = stack.pop()
        key = id(node)
        if key in sizes:
            continue
        if not done and key in open_:
            return cap + 1
        children = _children(node)
        if done or not children:
            sizes[key] = min(cap + 1, 1 + sum(sizes.get(id(c), 0) for c in children))
            continue
        open_.add(key)
        stack.append((node, True))
        stack.extend((c, False) for c in children if id(c) not in sizes)
    return sizes[id(root)]


def _children(node) -> list:
    if isinstance(node, yaml.SequenceNode):
        return node.value
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    return []

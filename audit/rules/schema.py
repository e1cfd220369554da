"""The JSON Schema of rule-pack files, generated from the pydantic models.

Editors use it to complete and check rule files (`# yaml-language-server: $schema=`);
`audit rules schema` prints it and docs/rule-pack.schema.json is a committed copy.
"""
from __future__ import annotations

from typing import Annotated, Any, Literal, Union

from pydantic import Field, create_model

from audit.rules.pack import Pack, Rule
from audit.rules.registry import KINDS, load_builtin_kinds


def pack_schema() -> dict:
    load_builtin_kinds()
    variants = [
        create_model(f"{name.title()}Rule", __base__=Rule, kind=(Literal[name], ...), params=(kind.params, ...))
        for name, kind in sorted(KINDS.items())
    ]
    # built at run time from the kinds registered: a value to pydantic, not a type mypy can read
    rule: Any = Annotated[Union[tuple(variants)], Field(discriminator="kind")]  # noqa: UP007
    model = create_model("RulePack", __base__=Pack, rules=(list[rule], []))
    schema = model.model_json_schema()
    return {**schema, "$schema": "https://json-schema.org/draft/2020-12/schema", "title": "lkjip-audit rule pack"}

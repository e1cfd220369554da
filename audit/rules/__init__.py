"""Declarative rules: YAML packs validated on load, run by a small registry of kinds."""

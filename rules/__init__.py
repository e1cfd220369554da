"""The built-in rule packs (YAML files beside this one), installed as `audit.packs`."""

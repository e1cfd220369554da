"""The built-in rule packs: data, not code. The YAML files beside this one are installed as the
resource package `audit.packs` and read through `importlib.resources` (`audit.rules.pack`)."""

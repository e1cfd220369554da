"""An example lkjip-audit plugin: one rule kind and one table, found through entry points."""

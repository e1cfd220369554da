"""Rule kinds, one module each, found by listing this package (`registry.load_builtin_kinds`).

A kind's module registers it with `@kind`; a module that only helps one (`ratio_explain`,
`generic_base`, `generic_sums`...) registers nothing. Each kind has its cases in `tests/cases/`.
"""

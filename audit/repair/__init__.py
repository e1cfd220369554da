"""The fix stage: which cell is wrong, what it should be, and the corrected copy.

`rank` ranks each finding's candidate fixes by re-checking the report with the cell
changed (`trials`); `plan` chooses the changes `audit fix` applies, greedily and never
an ambiguous one; `apply` writes the corrected copy of a CSV folder or a workbook.
The checks never import this package: findings come first, repairs after.
"""

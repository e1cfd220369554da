"""`python -m audit.cli`: the `audit` command."""
from audit.cli import run

run()

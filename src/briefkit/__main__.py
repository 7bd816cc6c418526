"""`python -m briefkit` is the `briefkit` command."""
from briefkit.cli import main

main(prog_name="briefkit")

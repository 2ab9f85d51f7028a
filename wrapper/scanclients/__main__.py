"""`python -m scanclients`: the command line."""

from ._command import main

main()

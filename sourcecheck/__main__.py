"""`python -m sourcecheck` runs the command line."""

import sys

from sourcecheck.cli import script

sys.exit(script())

"""Subcommands of the `sourcecheck` command line, one module each (see `sourcecheck.cli`)."""

"""Subcommands of the `stationdesk` CLI, one module per area; each has `register(subparsers)`."""

from desktop.commands import casework_commands, data_commands, setup_commands

ALL = (setup_commands, data_commands, casework_commands)

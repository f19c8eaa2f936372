"""Subcommands of the `stationdesk` CLI, one module per area; each has `register(subparsers)`."""

from desktop.commands import data_commands, setup_commands, sync_commands

ALL = (setup_commands, data_commands, sync_commands)

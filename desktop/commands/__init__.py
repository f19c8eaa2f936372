"""Subcommands of the `stationdesk` CLI, one module per area; each has `register(subparsers)`."""

from desktop.commands import (
    bench_commands,
    casework_commands,
    data_commands,
    key_commands,
    pdf_commands,
    security_commands,
    setup_commands,
    sheet_commands,
    sync_commands,
    user_commands,
    volunteer_commands,
)

ALL = (
    setup_commands,
    data_commands,
    casework_commands,
    volunteer_commands,
    pdf_commands,
    sheet_commands,
    sync_commands,
    security_commands,
    user_commands,
    key_commands,
    bench_commands,
)

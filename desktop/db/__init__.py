"""Storage: engine and pragmas, unit of work with sync bookkeeping, migrations, backups."""

"""What an import keeps while it runs, each with a bound on memory however large the bundle.

- `spill`: quarantined records beyond 32 MB go to a temporary file;
- `applied_log`: the applied records, for the receipt, in a temporary file;
- `known_ids`: ids known to exist (or to be the sender's), remembered up to a bound; beyond it the
  database is asked.
"""

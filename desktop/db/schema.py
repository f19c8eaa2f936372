"""The schema revision this code expects, known without importing Alembic (it costs 0.35 s at start-up).

A test checks that SCHEMA_HEAD is the head of the migration scripts.
"""

SCHEMA_HEAD = "0018_drafts_index"

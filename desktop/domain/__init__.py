"""Pure rules of the work: code lists, identifiers, classification, scheduling, volunteering.

Stdlib only (pypinyin lazily where search keys are written); importable from every layer.
"""

"""Use cases: Qt-free, own their transactions, take plain arguments, return frozen dataclasses."""

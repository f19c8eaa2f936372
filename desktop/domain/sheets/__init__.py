"""Spreadsheet registers (台账) in and out: the pure part (stdlib only).

`values` normalises single cells (dates as text or Excel serials, full-width digits, "3级",
code labels, durations); `fields` knows the columns of each kind of register and finds the
header row under title rows and blank rows; `rows` turns one mapped row into clean values plus
the list of problems found in it. Reading files and writing to the database live in
`desktop.services.sheets`.

Every function here raises only `desktop.errors.ValidationError` on bad input (a stable `code`,
a Chinese message that never contains the cell's value).
"""

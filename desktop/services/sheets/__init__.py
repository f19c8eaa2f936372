"""Spreadsheets in and out: import of registers (台账) and export of lists and monthly figures.

`reader` reads .xlsx/.csv into rows; `importer` checks, matches and writes them (`matching`,
`writers`); `export` writes lists and the monthly figures to .xlsx (`workbook`, `monthly`).
The pure rules (headers, cell values, row checks) are in `desktop.domain.sheets`.
"""

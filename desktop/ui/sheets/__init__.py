"""Spreadsheet dialogs: the import wizard and the 导出 Excel actions of the File menu."""

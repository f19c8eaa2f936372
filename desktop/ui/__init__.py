"""PySide6 only: main window, pages, item models, dialogs and the background task runner."""

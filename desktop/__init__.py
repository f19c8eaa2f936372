"""StationDesk (社工站工作台): the one version number lives here."""

__version__ = "0.1.0"

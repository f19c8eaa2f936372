"""Qt item models over frozen DTO rows handed out by the services."""

"""The SQLite store: connection, migrations and the meeting repository. Knows the domain only."""

"""Dialogs of the shell: opening a database that cannot be used."""

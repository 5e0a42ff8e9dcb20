"""The office backend: one PostgreSQL database (15 or newer) through psycopg 3, with logins and roles."""

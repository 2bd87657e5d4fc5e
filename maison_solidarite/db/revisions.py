"""The schema revisions this version knows, without importing Alembic (0.3 s at start-up).

tests/test_database.py checks that this list is Alembic's, in order.
"""

KNOWN = ("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008", "0009", "0010", "0011", "0012", "0013", "0014")
HEAD = KNOWN[-1]

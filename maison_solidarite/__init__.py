"""Maison de la Solidarité: reception desk, rota and statistics for a CCAS."""

__version__ = "0.2.0"

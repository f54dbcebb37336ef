"""Sommet's core: the knowledge store, search, dates and ingestion, with no Discord code."""

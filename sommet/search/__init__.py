"""Finding entries by what people type: normalisation, the ranking rules, and the index that applies them."""

from sommet.search.index import SearchIndex
from sommet.search.ranking import (
    CHOICES,
    EXACT,
    FUZZY,
    MAX_QUERY,
    PREFIX,
    Match,
    Query,
    Resolution,
)
from sommet.search.text import acronym, name_key, name_similarity, normalise

__all__ = [
    "CHOICES",
    "EXACT",
    "FUZZY",
    "MAX_QUERY",
    "PREFIX",
    "Match",
    "Query",
    "Resolution",
    "SearchIndex",
    "acronym",
    "name_key",
    "name_similarity",
    "normalise",
]

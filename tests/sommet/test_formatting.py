"""Dates for readers: the month spelled out, the shared part said once, in their language."""

import pytest

from sommet.dates import PartialDate as P
from sommet.formatting import format_span
from tests.reading import as_read


@pytest.mark.parametrize(
    ("start", "end", "locale", "expected"),
    [
        (P(2025, 2, 10), P(2025, 2, 11), "fr", "10–11 février 2025"),
        (P(2025, 2, 10), P(2025, 2, 11), "en_GB", "10 – 11 February 2025"),
        (P(2025, 1, 30), P(2025, 2, 11), "fr", "30 janvier – 11 février 2025"),
        (P(2025, 2, 10), None, "fr", "10 février 2025"),
        (P(2020, 12), None, "fr", "décembre 2020"),
        (P(2020, 12), None, "en_GB", "December 2020"),
        (P(2021), None, "fr", "2021"),
        (P(2024), P(2025, 3), "en_GB", "2024 – March 2025"),
    ],
)
def test_spans_read_naturally_at_their_precision(start, end, locale, expected):
    assert as_read(format_span(start, end, locale)) == expected

"""PartialDate: ISO text whose length is the precision."""

from datetime import date

import pytest

from sommet.dates import PartialDate


@pytest.mark.parametrize(
    ("text", "precision", "first", "last"),
    [
        ("2025-02-10", "day", date(2025, 2, 10), date(2025, 2, 10)),
        ("2024-02", "month", date(2024, 2, 1), date(2024, 2, 29)),
        ("2021", "year", date(2021, 1, 1), date(2021, 12, 31)),
    ],
)
def test_iso_text_gives_precision_and_bounds(text, precision, first, last):
    value = PartialDate.parse_iso(text)
    assert (value.precision, value.first_day(), value.last_day(), value.iso()) == (
        precision,
        first,
        last,
        text,
    )


@pytest.mark.parametrize("text", ["2025-02-30", "2025-13", "25-02-10", "2025/02/10", ""])
def test_impossible_or_malformed_dates_are_refused(text):
    with pytest.raises(ValueError):
        PartialDate.parse_iso(text)

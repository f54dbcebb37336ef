"""How often sommet.dates and plain dateparser read a date expression right.

Run with ``python -m bench.dates``. Each expression is read alone, as
published on a fixed day; an answer is right when its ISO dates equal the
expected ones at the expected precision (dateparser always gives a full day,
so "décembre 2020" counts as right for it if it lands in December 2020).
dateparser has no notion of a range, so it cannot get those right; the
counts are printed with and without them.
"""

from __future__ import annotations

import time
from datetime import UTC, date, datetime

from sommet.dates import find_dates

PUBLISHED = date(2023, 11, 2)

Expected = tuple[str, str | None] | None

CASES: list[tuple[str, str, Expected]] = [
    ("fr", "10 février 2025", ("2025-02-10", None)),
    ("fr", "1er novembre", ("2023-11-01", None)),
    ("fr", "le 25 juin dernier", ("2023-06-25", None)),
    ("fr", "lundi (30 octobre)", ("2023-10-30", None)),
    ("fr", "mercredi prochain", ("2023-11-08", None)),
    ("fr", "jeudi dernier", ("2023-10-26", None)),
    ("fr", "hier", ("2023-11-01", None)),
    ("fr", "demain", ("2023-11-03", None)),
    ("fr", "en décembre 2020", ("2020-12", None)),
    ("fr", "en 2021", ("2021", None)),
    ("fr", "l'an dernier", ("2022", None)),
    ("fr", "10 Fév. 2021", ("2021-02-10", None)),
    ("fr", "mercredi 1er novembre", ("2023-11-01", None)),
    ("fr", "12/03/2026", ("2026-03-12", None)),
    ("fr", "du 6 au 11 février 2025", ("2025-02-06", "2025-02-11")),
    ("fr", "les 10 et 11 février 2025", ("2025-02-10", "2025-02-11")),
    ("fr", "10-11 février 2025", ("2025-02-10", "2025-02-11")),
    ("fr", "7,3 %", None),
    ("fr", "15 000 experts", None),
    ("fr", "2 h", None),
    ("fr", "G7", None),
    ("en", "November 1, 2023", ("2023-11-01", None)),
    ("en", "1 November 2023", ("2023-11-01", None)),
    ("en", "in December 2020", ("2020-12", None)),
    ("en", "last Monday", ("2023-10-30", None)),
    ("en", "yesterday", ("2023-11-01", None)),
    ("en", "next Wednesday", ("2023-11-08", None)),
    ("en", "Wednesday, May 8, 2024", ("2024-05-08", None)),
    ("en", "February 10-11, 2025", ("2025-02-10", "2025-02-11")),
    ("en", "from 6 to 11 February 2025", ("2025-02-06", "2025-02-11")),
    ("en", "300 researchers", None),
]


def ours(lang: str, text: str, expected: Expected) -> Expected:
    mentions = find_dates(text, published=PUBLISHED, lang=lang)
    return mentions[0].range.iso_pair() if mentions else None


def plain_dateparser(lang: str, text: str, expected: Expected) -> Expected:
    import dateparser

    # Aware, so that no naive datetime is handed around even here.
    base = datetime(PUBLISHED.year, PUBLISHED.month, PUBLISHED.day, 12, tzinfo=UTC)
    found = dateparser.parse(text, languages=[lang], settings={"RELATIVE_BASE": base})
    if found is None:
        return None
    precision = len(expected[0]) if expected else len("YYYY-MM-DD")
    return found.date().isoformat()[:precision], None


def score(reader, cases) -> tuple[int, float, list[str]]:
    right, misses = 0, []
    started = time.perf_counter()
    for lang, text, expected in cases:
        answer = reader(lang, text, expected)
        if answer == expected:
            right += 1
        else:
            misses.append(f"{text!r}: {answer} instead of {expected}")
    return right, time.perf_counter() - started, misses


def main() -> None:
    singles = [case for case in CASES if not (case[2] and case[2][1])]
    for name, reader in (("sommet.dates", ours), ("dateparser", plain_dateparser)):
        right, seconds, misses = score(reader, CASES)
        single_right = score(reader, singles)[0]
        print(
            f"{name:13} {right}/{len(CASES)} right "
            f"({single_right}/{len(singles)} without ranges), {seconds:.2f} s"
        )
        for miss in misses:
            print(f"    {miss}")


if __name__ == "__main__":
    main()

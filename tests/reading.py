"""What a reader sees in a date: CLDR's thin and no-break spaces read as plain spaces."""

from __future__ import annotations

_SPACES = str.maketrans({"\u2009": " ", "\u202f": " ", "\u00a0": " "})


def as_read(text: str) -> str:
    """The text with the typographic spaces Babel puts around dashes and before units made plain.

    Tests compare what a person reads, so a CLDR release that swaps one space character for
    another does not break them; the rendering users get is the one the lock file pins.
    """
    return text.translate(_SPACES)

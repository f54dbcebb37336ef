"""Errors whose message is written for the person who asked, not for a log."""


class UserError(Exception):
    """Bad input or a missing entry: the message is shown to the user as it is."""

"""Reminder posts at Discord's pace: within its rate limits, one server at a time in due order.

When a thousand servers' reminders fall due at the same minute, firing them all at once would
only earn rate limits (429) and retries; waiting for a free slot sends them as fast as Discord
allows and no faster.
"""

from __future__ import annotations

import asyncio
from collections import deque

import discord

# Discord's limits for a bot: 50 requests a second in all, and 5 messages per 5 seconds in a
# channel, read as sliding windows (the strictest reading); the tenth of a millisecond more covers
# the rounding of clock readings.
GLOBAL_LIMIT, GLOBAL_PERIOD = 50, 1.0 + 0.0001
CHANNEL_LIMIT, CHANNEL_PERIOD = 5, 5.0 + 0.0001


def _clock() -> float:
    """Discord's idea of now, in seconds (SimCord moves it in tests and benches)."""
    return discord.utils.utcnow().timestamp()


async def _sleep_until(moment: float) -> None:
    wait = moment - _clock()
    if wait > 0:
        await asyncio.sleep(wait)


class Window:
    """At most ``limit`` turns in any ``period``: a turn comes a period after the turn ``limit`` back."""

    def __init__(self, limit: int, period: float) -> None:
        self.period = period
        self._turns: deque[float] = deque(maxlen=limit)

    def earliest(self, now: float) -> float:
        full = len(self._turns) == self._turns.maxlen
        return max(now, self._turns[0] + self.period) if full else now

    def take(self, turn: float) -> None:
        self._turns.append(turn)

    def last(self) -> float:
        return self._turns[-1] if self._turns else float("-inf")


class Pacer:
    """Gives each request its turn within the limits, and pauses everyone after a global rate limit.

    Turns are handed out in the order requests ask, with no lock to wait on, so a burst of
    reminders goes out at the full rate and in the order it was claimed: fifty at once, then fifty
    a second later, and so on, which also wakes the bot once a second rather than fifty times.
    """

    def __init__(self) -> None:
        self._all = Window(GLOBAL_LIMIT, GLOBAL_PERIOD)
        self._held = 0.0
        self._channels: dict[int, Window] = {}

    async def slot(self, channel_id: int | None = None) -> None:
        """Return at the turn of one more request (a message in ``channel_id``, when given).

        The channel's turn comes first, so that waiting for one busy channel never holds up others;
        a channel's messages are asked for one at a time (see ``Lanes``), so its turns are simply
        its last five messages' times.
        """
        channel = None
        if channel_id is not None:
            channel = self._channels.setdefault(channel_id, Window(CHANNEL_LIMIT, CHANNEL_PERIOD))
            await _sleep_until(channel.earliest(_clock()))
        now = _clock()
        # Turns never go back in time, so that they are handed out in the order they were asked.
        turn = max(self._all.earliest(now), self._all.last(), self._held)
        self._all.take(turn)
        if channel is not None:
            channel.take(turn)
            if len(self._channels) > 1_000:
                self._channels = {
                    key: c for key, c in self._channels.items() if c.last() + CHANNEL_PERIOD > now
                }
        await _sleep_until(turn)

    def hold(self, seconds: float) -> None:
        """Send nothing for ``seconds`` (Discord said the whole bot is rate limited)."""
        self._held = max(self._held, _clock() + seconds)


class Lanes:
    """One lane per server: its reminders go out one at a time, in the order they entered.

    Each newcomer waits for the task before it in the lane to finish (a wait SimCord can follow).
    """

    def __init__(self) -> None:
        self._last: dict[int, asyncio.Task] = {}

    async def enter(self, key: int) -> None:
        """Join the lane, and return when every earlier task in it has finished."""
        before, me = self._last.get(key), asyncio.current_task()
        assert me is not None
        self._last[key] = me
        if before is not None and not before.done():
            await asyncio.wait([before])

    def leave(self, key: int) -> None:
        if self._last.get(key) is asyncio.current_task():
            del self._last[key]


def retry_after(error: Exception) -> float | None:
    """How long Discord asked to wait after a rate limit (429); None for any other error."""
    if isinstance(error, discord.RateLimited):
        return error.retry_after
    if not isinstance(error, discord.HTTPException) or error.status != 429:
        return None
    headers = getattr(error.response, "headers", None) or {}
    try:
        return float(headers["Retry-After"])
    except (KeyError, ValueError):
        return None


def is_global(error: Exception) -> bool:
    """Whether a rate limit stops every request of the bot, not only this route."""
    headers = getattr(getattr(error, "response", None), "headers", None) or {}
    return headers.get("X-RateLimit-Global") == "true" or headers.get("X-RateLimit-Scope") == "global"

"""Reminder posts at Discord's pace: within its rate limits, one server at a time in due order.

When a thousand servers' reminders fall due at the same minute, firing them all at once would
only earn rate limits (429) and retries; waiting for a free slot sends them as fast as Discord
allows and no faster.
"""

from __future__ import annotations

import asyncio
from collections import Counter, deque
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import discord

# Discord's limits for a bot: 50 requests a second in all, and 5 messages per 5 seconds per channel.
GLOBAL_LIMIT = (50, 1.0)
CHANNEL_LIMIT = (5, 5.0)


def _clock() -> float:
    """Discord's idea of now, in seconds (SimCord moves it in tests and benches)."""
    return discord.utils.utcnow().timestamp()


class Window:
    """At most ``limit`` uses in any ``period`` seconds: a log of the latest uses."""

    def __init__(self, limit: int, period: float) -> None:
        self.period = period
        self.uses: deque[float] = deque(maxlen=limit)

    def wait(self, now: float) -> float:
        """Seconds until one more use fits."""
        if len(self.uses) < (self.uses.maxlen or 0):
            return 0.0
        return max(self.uses[0] + self.period - now, 0.0)

    def use(self, now: float) -> None:
        self.uses.append(now)

    def idle(self, now: float) -> bool:
        return not self.uses or self.uses[-1] + self.period <= now


class Pacer:
    """Waits for a free slot before each request, and pauses everyone after a global rate limit."""

    def __init__(self) -> None:
        self._global = Window(*GLOBAL_LIMIT)
        self._channels: dict[int, Window] = {}
        self._lock = asyncio.Lock()
        self._held_until = 0.0

    async def slot(self, channel_id: int | None = None) -> None:
        """Return when one more request (a message in ``channel_id``, when given) is within the limits.

        The channel's wait comes first and outside the lock, so that one busy channel does not hold
        up the others; waiters for the global limit are served in turn (the lock is fair).
        """
        window = None
        if channel_id is not None:
            window = self._channels.setdefault(channel_id, Window(*CHANNEL_LIMIT))
            while (wait := window.wait(_clock())) > 0:
                await asyncio.sleep(wait)
        async with self._lock:
            while (wait := max(self._global.wait(_clock()), self._held_until - _clock())) > 0:
                await asyncio.sleep(wait)
            now = _clock()
            self._global.use(now)
        if window is not None:
            window.use(now)
            self._forget_idle(now)

    def hold(self, seconds: float) -> None:
        """Send nothing for ``seconds`` (Discord said the whole bot is rate limited)."""
        self._held_until = max(self._held_until, _clock() + seconds)

    def _forget_idle(self, now: float) -> None:
        if len(self._channels) > 1_000:
            self._channels = {key: w for key, w in self._channels.items() if not w.idle(now)}


class Lanes:
    """One lane per server: its reminders go out one at a time, in the order they entered."""

    def __init__(self) -> None:
        self._locks: dict[int, asyncio.Lock] = {}
        self._users: Counter[int] = Counter()

    @asynccontextmanager
    async def lane(self, key: int) -> AsyncIterator[None]:
        # asyncio.Lock wakes its waiters first come, first served.
        lock = self._locks.setdefault(key, asyncio.Lock())
        self._users[key] += 1
        try:
            async with lock:
                yield
        finally:
            self._users[key] -= 1
            if not self._users[key]:
                del self._users[key], self._locks[key]


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

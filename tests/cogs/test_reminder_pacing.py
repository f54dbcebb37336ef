"""Reminder pacing without Discord: turns within the rate limits, and Discord's word on how long to wait."""

from __future__ import annotations

from types import SimpleNamespace

import discord
import pytest

from cogs import _reminder_pacing
from cogs._reminder_pacing import Pacer, is_global, retry_after


def refusal(status: int, headers: dict[str, str]) -> discord.HTTPException:
    response = SimpleNamespace(status=status, reason="Too Many Requests", headers=headers)
    return discord.HTTPException(response, {"message": "You are being rate limited.", "code": 0})


def most_in_any_window(times: list[float], period: float) -> int:
    return max(sum(1 for t in times if start - period < t <= start) for start in times)


@pytest.fixture
def clock(monkeypatch) -> list[float]:
    """The pacer's clock, which its sleeps move on at once."""
    now = [1000.0]

    async def sleep(seconds: float) -> None:
        now[0] += seconds

    monkeypatch.setattr(_reminder_pacing, "_clock", lambda: now[0])
    monkeypatch.setattr(_reminder_pacing.asyncio, "sleep", sleep)
    return now


async def test_a_burst_goes_out_at_the_full_rate_and_never_faster(clock):
    pacer, sent = Pacer(), {channel: [] for channel in range(100)}
    for number in range(400):  # four messages for each of a hundred channels, as they fall due
        await pacer.slot(number % 100)
        sent[number % 100].append(clock[0])
    every = sorted(t for times in sent.values() for t in times)
    assert most_in_any_window(every, 1.0) <= 50
    assert all(most_in_any_window(times, 5.0) <= 5 for times in sent.values())
    assert every[-1] - 1000.0 < 400 / 50 * 1.01  # the floor of 8 s, give or take the rounding
    # Fifty at a time, so a burst wakes the bot once a second rather than fifty times.
    assert len(set(every)) == 8


async def test_a_global_rate_limit_holds_every_request(clock):
    pacer = Pacer()
    pacer.hold(3.5)
    await pacer.slot()
    assert clock[0] == 1003.5


def test_the_wait_discord_asks_for_is_read_from_the_error_or_its_headers():
    assert retry_after(discord.RateLimited(2.5)) == 2.5
    assert retry_after(refusal(429, {"Retry-After": "0.75"})) == 0.75
    assert retry_after(refusal(429, {})) is None
    assert retry_after(refusal(503, {"Retry-After": "30"})) is None
    assert is_global(refusal(429, {"Retry-After": "1", "X-RateLimit-Global": "true"}))
    assert not is_global(refusal(429, {"Retry-After": "1", "X-RateLimit-Scope": "user"}))

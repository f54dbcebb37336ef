"""The trial bench's CI part: a few dozen random trials with a fixed seed (``bench/reminder_trials.py``).

The 1,000-trial run is a bench; its figures are in the README.
"""

from __future__ import annotations

import asyncio

from bench.reminder_trials import run_trials
from cogs import _reminder_delivery


def test_random_restarts_outages_and_locks_never_lose_nor_double_a_reminder():
    total = asyncio.run(run_trials(20, seed=15))
    assert total.lost == total.doubled == total.posted_past_window == 0, total
    assert total.posted_once + total.skipped_past_window == total.expected > 60
    assert total.posted_late > 0 and total.skipped_past_window > 0  # the troubles did bite


def test_the_trials_catch_a_scheduler_that_gives_up_after_the_first_failure(monkeypatch):
    monkeypatch.setattr(_reminder_delivery, "next_attempt", lambda *args, **kwargs: None)
    total = asyncio.run(run_trials(6, seed=15))
    assert total.lost > 0, total

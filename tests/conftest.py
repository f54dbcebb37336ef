"""Shared fixtures: the real bot on an in-memory store, driven through SimCord."""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, settings

from bot import create_bot

# Fuzzing profiles: a short one for CI and everyday runs, a long one with SOMMET_FUZZ=long.
# SimCord worlds are function-scoped fixtures that each example reuses, with a fresh server per example.
settings.register_profile(
    "ci",
    max_examples=15,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
settings.register_profile("long", parent=settings.get_profile("ci"), max_examples=300)
settings.load_profile("long" if os.environ.get("SOMMET_FUZZ") == "long" else "ci")


@pytest.fixture
def simcord_bot(monkeypatch):
    monkeypatch.delenv("DEV_GUILD_ID", raising=False)
    return create_bot(memory=True)


@pytest.fixture
def world(simcord_env):
    """A server with a channel and a member, as most command tests need."""
    guild = simcord_env.create_guild("Test server")
    channel = guild.create_text_channel("general")
    member = guild.add_member(simcord_env.create_user("alice"))
    return simcord_env, guild, channel, member


@pytest.fixture
def user_locales(monkeypatch):
    """Map of user id to Discord locale: SimCord always sends en-US, so tests set others here."""
    from simcord import interactions

    locales: dict[int, str] = {}
    original = interactions.base_payload

    def with_locale(backend, **kwargs):
        record, payload = original(backend, **kwargs)
        if kwargs["user_id"] in locales:
            payload["locale"] = locales[kwargs["user_id"]]
        return record, payload

    monkeypatch.setattr(interactions, "base_payload", with_locale)
    return locales

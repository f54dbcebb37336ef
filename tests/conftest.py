"""Shared fixtures: the real bot on an in-memory store, driven through SimCord."""

from __future__ import annotations

import pytest

from bot import create_bot


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

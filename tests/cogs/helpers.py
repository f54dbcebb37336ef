"""Checks that several command tests share."""

from __future__ import annotations

import discord


def assert_within_discord_limits(embed: discord.Embed) -> None:
    """Discord refuses embeds past these sizes, so every answer must stay under them."""
    assert len(embed.title or "") <= 256
    assert len(embed.description or "") <= 4096
    assert len(embed.fields) <= 25
    for field in embed.fields:
        assert 0 < len(field.name) <= 256 and 0 < len(field.value) <= 1024
    assert len(embed) <= 6000


def field(embed: discord.Embed, name: str) -> str:
    """The value of the field whose name starts with ``name``."""
    for item in embed.fields:
        if item.name.startswith(name):
            return item.value
    raise AssertionError(f"no field {name!r} in {[f.name for f in embed.fields]}")


def local_fetch_bot(monkeypatch):
    """The bot as ``create_bot`` makes it, allowed to fetch 127.0.0.1 (the tests' local server)."""
    from bot import create_bot

    monkeypatch.delenv("DEV_GUILD_ID", raising=False)
    monkeypatch.setenv("SOMMET_FETCH_PRIVATE", "1")
    return create_bot(memory=True)


def managed_server(
    env,
    channel_name: str = "general",
    *,
    guild_name: str = "Team A",
    admin_name: str = "ada",
    language: str | None = None,
):
    """A server with a channel and a member who has Manage Server: (env, guild, channel, admin).
    With ``language``, the server is set to it (tests that read English posts)."""
    guild = env.create_guild(guild_name)
    channel = guild.create_text_channel(channel_name)
    managers = guild.create_role("Managers", permissions=discord.Permissions(manage_guild=True))
    admin = guild.add_member(env.create_user(admin_name), roles=[managers])
    if language is not None:
        env.bot.sommet.store.set_server_language(guild.id, language)
    return env, guild, channel, admin


def replies(result) -> list:
    """An interaction's answer and follow-ups, whichever were sent."""
    return [r for r in (result.response, *result.followups) if r is not None]

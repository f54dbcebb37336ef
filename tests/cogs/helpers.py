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

"""The reader's language on the Discord side: theirs when Sommet speaks it, else the server's, else English."""

from __future__ import annotations

from typing import Any

import discord

from sommet.i18n import DEFAULT_SERVER_LANGUAGE, reader_locale, text
from sommet.store import Store

_CACHED = "sommet_locale"


def server_language(store: Store, guild_id: int | None) -> str | None:
    """The language a server chose with /admin language (French unless it chose); None outside servers."""
    if guild_id is None:
        return None
    return store.server_language(guild_id) or DEFAULT_SERVER_LANGUAGE


def locale(interaction: discord.Interaction) -> str:
    """The Babel locale to answer this interaction in, looked up once per interaction."""
    if _CACHED not in interaction.extras:
        store: Store = interaction.client.sommet.store  # type: ignore[attr-defined]
        server = server_language(store, interaction.guild_id)
        interaction.extras[_CACHED] = reader_locale(str(interaction.locale), server)
    return interaction.extras[_CACHED]


def t(interaction: discord.Interaction, key: str, /, **params: Any) -> str:
    """The catalogue text for ``key`` in this interaction's language."""
    return text(key, locale(interaction), **params)

"""/event: one event with its dates, place, programme, actors and sources."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from cogs._views import answer_lookup, entry_choices


class Events(commands.Cog):
    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot

    @app_commands.command(name="event", description="Look up a summit, conference or visit by name.")
    @app_commands.describe(query="Name, alias or acronym of the event (typos and missing accents are fine)")
    async def event(self, interaction: discord.Interaction, query: str) -> None:
        await answer_lookup(interaction, "event", query)

    @event.autocomplete("query")
    async def event_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return entry_choices(interaction, "event", current)


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Events(bot))

"""/actor: a person, organisation or country, with its role and events."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from cogs._views import answer_lookup, entry_choices


class Actors(commands.Cog):
    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot

    @app_commands.command(name="actor", description="Look up a person, organisation or country.")
    @app_commands.describe(query="Name, alias or acronym (typos and missing accents are fine)")
    async def actor(self, interaction: discord.Interaction, query: str) -> None:
        await answer_lookup(interaction, "actor", query)

    @actor.autocomplete("query")
    async def actor_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return entry_choices(interaction, "actor", current)


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Actors(bot))

"""/help: what the bot knows and how to ask it."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from cogs import _render

COMMANDS = (
    ("/event query", "one event: dates, place, programme, who took part, sources"),
    ("/actor query", "a person, organisation or country, and their events"),
    ("/upcoming [days] [kind]", "events ahead, soonest first, and those with a date to be announced"),
    ("/timeline [year] [actor]", "past events in date order"),
    ("/admin …", "editors: add, edit, link and remove entries for this server"),
    ("/help", "this message"),
)


class Help(commands.Cog):
    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot

    @app_commands.command(name="help", description="What Sommet knows and how to ask it.")
    async def help(self, interaction: discord.Interaction) -> None:
        counts = self.bot.sommet.store.counts()  # type: ignore[attr-defined]
        embed = discord.Embed(
            title="Sommet",
            colour=_render.COLOUR,
            description=(
                "I follow international AI governance: summits, state visits, conferences, "
                "and the people and institutions behind them. "
                f"I know {counts['events']} events and {counts['actors']} actors "
                f"from {counts['documents']} documents."
            ),
        )
        embed.add_field(
            name="Commands", value="\n".join(f"`{name}` — {what}" for name, what in COMMANDS), inline=False
        )
        embed.add_field(
            name="Tips",
            value=(
                "Names work in French or English, with or without accents, and with a typo or two. "
                "Acronyms work too: try `/actor OCDE` or `/event AI Action Summit`."
            ),
            inline=False,
        )
        await interaction.response.send_message(embed=embed, ephemeral=True)


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Help(bot))

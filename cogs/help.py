"""/help: what the bot knows and how to ask it."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from cogs import _render
from cogs._i18n import t


class Help(commands.Cog):
    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot

    @app_commands.command(name="help", description="What Sommet knows and how to ask it.")
    async def help(self, interaction: discord.Interaction) -> None:
        counts = self.bot.sommet.store.counts()  # type: ignore[attr-defined]
        embed = discord.Embed(
            title="Sommet",
            colour=_render.COLOUR,
            description=t(
                interaction,
                "help.about",
                events=counts["events"],
                actors=counts["actors"],
                documents=counts["documents"],
            ),
        )
        embed.add_field(
            name=t(interaction, "help.commands_title"), value=t(interaction, "help.commands"), inline=False
        )
        embed.add_field(
            name=t(interaction, "help.tips_title"), value=t(interaction, "help.tips"), inline=False
        )
        await interaction.response.send_message(embed=embed, ephemeral=True)


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Help(bot))

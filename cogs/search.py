"""/search: the sentences of every document that best answer what was typed, in pages."""

from __future__ import annotations

import asyncio

import discord
from discord import app_commands
from discord.ext import commands

from cogs import _render
from cogs._i18n import locale, t
from cogs._views import paged
from sommet.store.documents import Hit

PER_PAGE = 5
MOST_HITS = 50
_LONGEST_LINK = 300  # a field holds 1,024 characters: the sentence, the source, and this


class Search(commands.Cog):
    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot

    @app_commands.command(name="search", description="Find what the documents say: best sentences first.")
    @app_commands.describe(text="Words or a question, such as: who organised the citizen consultation?")
    async def search(self, interaction: discord.Interaction, text: app_commands.Range[str, 1, 300]) -> None:
        documents = self.bot.sommet.store.documents  # type: ignore[attr-defined]
        hits = await asyncio.to_thread(documents.search, text, guild_id=interaction.guild_id, limit=MOST_HITS)
        if not hits:
            await interaction.response.send_message(
                t(interaction, "search.none", query=discord.utils.escape_markdown(text[:100])), ephemeral=True
            )
            return
        pages = [
            _page(interaction, text, hits[i : i + PER_PAGE], first=i + 1)
            for i in range(0, len(hits), PER_PAGE)
        ]
        await interaction.response.send_message(
            **paged(pages, interaction.user.id, locale=locale(interaction))
        )


def _page(interaction: discord.Interaction, query: str, hits: list[Hit], *, first: int) -> discord.Embed:
    embed = discord.Embed(
        title=_render.clip(t(interaction, "search.title", query=query), _render.TITLE_LIMIT),
        colour=_render.COLOUR,
    )
    for number, hit in enumerate(hits, start=first):
        source = ", ".join(part for part in (hit.title or hit.name, hit.publisher, hit.published) if part)
        source = discord.utils.escape_markdown(_render.clip(source, 200))
        if hit.url and len(hit.url) <= _LONGEST_LINK:
            source = f"[{source}]({hit.url.replace(')', '%29')})"
        embed.add_field(
            name=f"{number}.",
            value=_render.clip(f"“{discord.utils.escape_markdown(hit.text)}”", 700) + f"\n— {source}",
            inline=False,
        )
    return embed


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Search(bot))

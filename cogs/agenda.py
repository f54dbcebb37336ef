"""/upcoming and /timeline: events ahead and events past, in pages."""

from __future__ import annotations

from datetime import datetime

import discord
from discord import app_commands
from discord.ext import commands

from cogs import _render
from cogs._views import entry_choices, paged, reader_locale
from sommet.service import Sommet


class Agenda(commands.Cog):
    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot
        self.sommet: Sommet = bot.sommet  # type: ignore[attr-defined]

    @app_commands.command(name="upcoming", description="Events ahead, soonest first.")
    @app_commands.describe(
        days="Only events starting within this many days (default: all)",
        kind="Only one kind of event, such as summit or conference",
    )
    async def upcoming(
        self,
        interaction: discord.Interaction,
        days: app_commands.Range[int, 1, 3650] | None = None,
        kind: app_commands.Range[str, 1, 50] | None = None,
    ) -> None:
        now = discord.utils.utcnow()
        locale = reader_locale(interaction)
        guild_id = interaction.guild_id
        kind = kind.strip().lower() if kind else None
        events = self.sommet.upcoming(today=now.date(), days=days, kind=kind, guild_id=guild_id)
        undated = self.sommet.to_be_announced(kind=kind, guild_id=guild_id)
        if not events and not undated:
            text = self._nothing_ahead(days, now=now, locale=locale, guild_id=guild_id)
            await interaction.response.send_message(text)
            return
        title = "Upcoming events" + (f" ({kind})" if kind else "")
        footer = f"{len(events)} ahead" + (f" within {days} days" if days else "")
        pages = _render.agenda_pages(title, events, locale=locale, now=now, footer=footer)
        if not events:
            pages[0].description = self._nothing_ahead(
                days, now=now, locale=locale, guild_id=guild_id, dated=True
            )
        if undated:
            lines = [_render.event_line(event, locale=locale, now=now) for event in undated]
            for page in pages:
                page.add_field(name="Date to be announced", value=_render.join_lines(lines), inline=False)
        await interaction.response.send_message(**paged(pages, interaction.user.id))

    def _nothing_ahead(
        self, days: int | None, *, now: datetime, locale: str, guild_id: int | None, dated: bool = False
    ) -> str:
        """Say that nothing is ahead, and what the most recent event was."""
        text = "Nothing " + ("dated " if dated else "") + "is scheduled ahead"
        text += f" within {days} days." if days else "."
        latest = self.sommet.latest_past(today=now.date(), guild_id=guild_id)
        if latest is not None:
            text += f" The most recent event was {_render.event_line(latest, locale=locale, now=now)}."
        return text

    @upcoming.autocomplete("kind")
    async def kind_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        kinds = self.sommet.kinds(guild_id=interaction.guild_id)
        typed = current.strip().lower()
        return [app_commands.Choice(name=k, value=k) for k in kinds if typed in k][:25]

    @app_commands.command(name="timeline", description="Past events in date order, for a year or an actor.")
    @app_commands.describe(
        year="Only events of this year", actor="Only events this person or body took part in"
    )
    async def timeline(
        self,
        interaction: discord.Interaction,
        year: app_commands.Range[int, 1900, 2100] | None = None,
        actor: str | None = None,
    ) -> None:
        now = discord.utils.utcnow()
        guild_id = interaction.guild_id
        actor_id = self.sommet.pick("actor", actor, guild_id=guild_id) if actor else None
        events = self.sommet.timeline(today=now.date(), year=year, actor_id=actor_id, guild_id=guild_id)
        title = "Timeline"
        if year:
            title += f" {year}"
        if actor_id is not None:
            card = self.sommet.actor_card(actor_id, guild_id=guild_id)
            title += f" — {card.actor.name}"
        if not events:
            await interaction.response.send_message(
                f"No past events found for this {title.lower()}.", ephemeral=True
            )
            return
        pages = _render.agenda_pages(
            _render.clip(title, 256),
            events,
            locale=reader_locale(interaction),
            now=now,
            footer=f"{len(events)} events",
        )
        await interaction.response.send_message(**paged(pages, interaction.user.id))

    @timeline.autocomplete("actor")
    async def actor_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return entry_choices(interaction, "actor", current)


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Agenda(bot))

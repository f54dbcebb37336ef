"""/upcoming and /timeline: events ahead and events past, in pages, and the ones ahead for a calendar."""

from __future__ import annotations

from datetime import datetime

import discord
from discord import app_commands
from discord.ext import commands

from cogs import _render
from cogs._i18n import locale as reader_locale
from cogs._i18n import t
from cogs._views import CalendarButton, entry_choices, paged
from sommet.i18n import term
from sommet.models import Event
from sommet.names import shown_name
from sommet.service import LIST_LIMIT, Sommet


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
        undated = self.sommet.to_be_announced(today=now.date(), kind=kind, guild_id=guild_id)
        if not events and not undated:
            text = self._nothing_ahead(interaction, days, now=now, dated=False)
            await interaction.response.send_message(text)
            return
        title = t(interaction, "upcoming.title")
        if kind:
            title += f" ({term('kind', kind, locale)})"
        footer = t(
            interaction, "upcoming.footer_days" if days else "upcoming.footer", count=len(events), days=days
        ) + _truncated(interaction, events)
        pages = _render.agenda_pages(title, events, locale=locale, now=now, footer=footer)
        if not events:
            pages[0].description = self._nothing_ahead(interaction, days, now=now, dated=True)
        if undated:
            lines = [_render.event_line(event, locale=locale, now=now) for event in undated]
            for page in pages:
                page.add_field(
                    name=t(interaction, "event.tba"),
                    value=_render.join_lines(lines, locale=locale),
                    inline=False,
                )
        button = None
        if events:

            def ahead(pressed: discord.Interaction) -> list[Event]:
                today = discord.utils.utcnow().date()
                return self.sommet.upcoming(today=today, days=days, kind=kind, guild_id=pressed.guild_id)

            button = CalendarButton(t(interaction, "calendar.button"), ahead, "upcoming")
        await interaction.response.send_message(
            **paged(pages, interaction.user.id, locale=locale, extra=button)
        )

    def _nothing_ahead(
        self, interaction: discord.Interaction, days: int | None, *, now: datetime, dated: bool
    ) -> str:
        """Say that nothing is ahead, and what the most recent event was."""
        keys = {
            (False, False): "upcoming.nothing",
            (False, True): "upcoming.nothing_days",
            (True, False): "upcoming.nothing_dated",
            (True, True): "upcoming.nothing_dated_days",
        }
        text = t(interaction, keys[dated, bool(days)], days=days)
        latest = self.sommet.latest_past(today=now.date(), guild_id=interaction.guild_id)
        if latest is not None:
            line = _render.event_line(latest, locale=reader_locale(interaction), now=now)
            text += " " + t(interaction, "upcoming.latest", event=line)
        return text

    @upcoming.autocomplete("kind")
    async def kind_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        kinds = self.sommet.kinds(guild_id=interaction.guild_id)
        locale = reader_locale(interaction)
        typed = current.strip().lower()
        named = [(term("kind", k, locale), k) for k in kinds]
        return [app_commands.Choice(name=n, value=k) for n, k in named if typed in k or typed in n.lower()][
            :25
        ]

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
        locale = reader_locale(interaction)
        guild_id = interaction.guild_id
        actor_id = self.sommet.pick("actor", actor, guild_id=guild_id) if actor else None
        events = self.sommet.timeline(today=now.date(), year=year, actor_id=actor_id, guild_id=guild_id)
        title = t(interaction, "timeline.title")
        if year:
            title += f" {year}"
        if actor_id is not None:
            card = self.sommet.actor_card(actor_id, guild_id=guild_id)
            title += f" — {shown_name(card.actor, locale)}"
        if not events:
            await interaction.response.send_message(
                t(interaction, "timeline.none", title=title), ephemeral=True
            )
            return
        pages = _render.agenda_pages(
            _render.clip(title, 256),
            events,
            locale=locale,
            now=now,
            footer=t(interaction, "timeline.footer", count=len(events)) + _truncated(interaction, events),
        )
        await interaction.response.send_message(**paged(pages, interaction.user.id, locale=locale))

    @timeline.autocomplete("actor")
    async def actor_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return entry_choices(interaction, "actor", current)


def _truncated(interaction: discord.Interaction, events: list[Event]) -> str:
    """A note when a list stopped at the service's limit, so nobody takes it for all there is."""
    if len(events) < LIST_LIMIT:
        return ""
    return " · " + t(interaction, "list.truncated", limit=LIST_LIMIT)


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Agenda(bot))

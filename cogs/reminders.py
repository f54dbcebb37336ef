"""/reminders: each server's reminder settings (admins only), and the scheduler that posts reminders."""

from __future__ import annotations

import dataclasses
from typing import Literal

import discord
from discord import app_commands
from discord.ext import commands

from cogs import _scheduled_events
from cogs._i18n import locale, t
from cogs._reminder_delivery import CLAIMED, Scheduler
from cogs._render import COLOUR, clip, join_lines
from sommet.errors import UserError
from sommet.i18n import term, text
from sommet.names import shown_name
from sommet.reminder_plans import replan_event, replan_server
from sommet.reminders import Delivery, ReminderSettings, format_offsets, parse_grace, parse_offsets
from sommet.service import Sommet

EVENT_CHANGED = "sommet_event_changed"
_NEEDED = ("view_channel", "send_messages", "embed_links")


class Reminders(commands.Cog):
    """Reminder settings per server; the scheduler is started and stopped with the cog."""

    reminders = app_commands.Group(
        name="reminders",
        description="Reminder posts before events (server managers only).",
        guild_only=True,
        default_permissions=discord.Permissions(manage_guild=True),
    )

    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot
        self.sommet: Sommet = bot.sommet  # type: ignore[attr-defined]
        self.store = self.sommet.store
        self.scheduler = Scheduler(bot, self.store)

    async def cog_load(self) -> None:
        self.store.subscribe(self._on_store_change)
        self.scheduler.start()

    async def cog_unload(self) -> None:
        self.store.unsubscribe(self._on_store_change)
        self.scheduler.stop()

    # ---------------------------------------------------------------- events

    def _on_store_change(self, owner: str, entry_id: int) -> None:
        """An event changed: move its pending reminders, wake the scheduler, update the Events tab."""
        if owner != "event":
            return
        if replan_event(self.store, entry_id, now=discord.utils.utcnow()):
            self.scheduler.wake()
        if self.store.mirrored_servers():
            self.scheduler.signal(EVENT_CHANGED, entry_id)

    @commands.Cog.listener(f"on_{CLAIMED}")
    async def deliver(self, delivery_id: int, resumed: bool) -> None:
        await self.scheduler.deliver(delivery_id, resumed=resumed)

    @commands.Cog.listener(f"on_{EVENT_CHANGED}")
    async def mirror_event(self, event_id: int) -> None:
        for guild_id in self.store.mirrored_servers():
            guild = self.bot.get_guild(guild_id)
            if guild is not None:
                await _scheduled_events.sync_event(guild, self.store, event_id, enabled=True)

    @commands.Cog.listener()
    async def on_ready(self) -> None:
        for guild_id in self.store.mirrored_servers():
            guild = self.bot.get_guild(guild_id)
            if guild is not None:
                await _scheduled_events.sync_server(guild, self.store, enabled=True)

    @commands.Cog.listener()
    async def on_guild_available(self, guild: discord.Guild) -> None:
        self.scheduler.wake()

    @commands.Cog.listener()
    async def on_guild_remove(self, guild: discord.Guild) -> None:
        self.store.drop_pending_reminders(guild.id)
        self.scheduler.wake()

    # -------------------------------------------------------------- commands

    @reminders.command(name="channel", description="Turn reminders on, posted in this channel.")
    @app_commands.describe(channel="Where reminders are posted")
    @app_commands.checks.has_permissions(manage_guild=True)
    async def channel(self, interaction: discord.Interaction, channel: discord.TextChannel) -> None:
        mine = channel.permissions_for(channel.guild.me)
        missing = [
            term("permission", name, locale(interaction)) for name in _NEEDED if not getattr(mine, name)
        ]
        if missing:
            raise UserError("reminders.cannot_post", channel=channel.mention, missing=", ".join(missing))
        note = (
            ""
            if mine.read_message_history
            else "\n" + t(interaction, "reminders.history_tip", channel=channel.mention)
        )
        await self._update(interaction, t(interaction, "reminders.on") + note, channel_id=channel.id)

    @reminders.command(name="offsets", description="When reminders come before an event.")
    @app_commands.describe(
        offsets="Days, hours or minutes before, such as: 7d, 1d, 0d (0d is the day itself)"
    )
    @app_commands.checks.has_permissions(manage_guild=True)
    async def offsets(
        self, interaction: discord.Interaction, offsets: app_commands.Range[str, 1, 100]
    ) -> None:
        parsed = parse_offsets(offsets)
        shown = format_offsets(parsed)
        await self._update(
            interaction, t(interaction, "reminders.offsets_set", offsets=shown), offsets=parsed
        )

    @reminders.command(name="hour", description="The local hour of reminders for all-day events.")
    @app_commands.describe(hour="Hour of the day (0-23) in each event's own time zone; default 9")
    @app_commands.checks.has_permissions(manage_guild=True)
    async def hour(self, interaction: discord.Interaction, hour: app_commands.Range[int, 0, 23]) -> None:
        await self._update(
            interaction, t(interaction, "reminders.hour_set", hour=f"{hour:02d}:00"), hour=hour
        )

    @reminders.command(name="role", description="Ping a role with each reminder, or nobody.")
    @app_commands.describe(role="The role to ping; leave empty to ping nobody")
    @app_commands.checks.has_permissions(manage_guild=True)
    async def role(self, interaction: discord.Interaction, role: discord.Role | None = None) -> None:
        if role is not None and role.is_default():
            raise UserError("reminders.no_everyone")
        text = (
            t(interaction, "reminders.role_set", role=role.mention)
            if role
            else t(interaction, "reminders.role_none")
        )
        await self._update(interaction, text, role_id=role.id if role else None)

    @reminders.command(name="grace", description="How late a missed reminder may still be posted.")
    @app_commands.describe(
        hours="Hours after its time that a reminder missed while I was offline still comes"
    )
    @app_commands.checks.has_permissions(manage_guild=True)
    async def grace(self, interaction: discord.Interaction, hours: app_commands.Range[int, 0, 72]) -> None:
        text = t(interaction, "reminders.grace_set", count=hours)
        await self._update(interaction, text, grace=parse_grace(hours))

    @reminders.command(name="off", description="Turn reminders off in this server.")
    @app_commands.checks.has_permissions(manage_guild=True)
    async def off(self, interaction: discord.Interaction) -> None:
        await self._update(interaction, t(interaction, "reminders.off"), channel_id=None)

    @reminders.command(
        name="discord-events", description="Also list upcoming events in the server's Events tab."
    )
    @app_commands.describe(
        state="on to mirror upcoming events as Discord scheduled events, off to remove them"
    )
    @app_commands.checks.has_permissions(manage_guild=True)
    async def discord_events(self, interaction: discord.Interaction, state: Literal["on", "off"]) -> None:
        assert interaction.guild is not None
        enabled = state == "on"
        settings = self._save(interaction.guild.id, discord_events=enabled)
        if enabled and not interaction.guild.me.guild_permissions.manage_events:
            text = t(interaction, "reminders.need_manage_events")
        else:
            text = t(interaction, "reminders.events_tab_on" if enabled else "reminders.events_tab_off")
        await interaction.response.send_message(text, ephemeral=True)
        await _scheduled_events.sync_server(interaction.guild, self.store, enabled=settings.discord_events)

    @reminders.command(
        name="digest", description="Post what followed sources add to events ahead, in the reminder channel."
    )
    @app_commands.describe(
        state="on to post a short digest after each feed pass that adds or changes events ahead"
    )
    @app_commands.checks.has_permissions(manage_guild=True)
    async def digest(self, interaction: discord.Interaction, state: Literal["on", "off"]) -> None:
        assert interaction.guild is not None
        self.store.feeds.set_digest(interaction.guild.id, state == "on")
        key = "digest.off" if state == "off" else "digest.on"
        if state == "on" and self.store.reminder_settings(interaction.guild.id).channel_id is None:
            key = "digest.needs_channel"
        await interaction.response.send_message(t(interaction, key), ephemeral=True)

    @reminders.command(
        name="status", description="Reminder settings, the next reminders and recent problems."
    )
    @app_commands.checks.has_permissions(manage_guild=True)
    async def status(self, interaction: discord.Interaction) -> None:
        assert interaction.guild is not None
        embed = self._status(interaction.guild, locale(interaction))
        await interaction.response.send_message(embed=embed, ephemeral=True)

    # --------------------------------------------------------------- helpers

    def _save(self, guild_id: int, **changes: object) -> ReminderSettings:
        """Store changed settings; any change also resumes a server halted by a problem."""
        current = self.store.reminder_settings(guild_id)
        settings = dataclasses.replace(current, **changes, halted=None)
        self.store.save_reminder_settings(settings)
        if current.halted:
            self.store.resume_reminders(guild_id)
        return settings

    async def _update(self, interaction: discord.Interaction, text: str, **changes: object) -> None:
        assert interaction.guild is not None
        settings = self._save(interaction.guild.id, **changes)
        replan_server(self.store, settings, now=discord.utils.utcnow())
        self.scheduler.wake()
        embed = self._status(interaction.guild, locale(interaction))
        await interaction.response.send_message(text, embed=embed, ephemeral=True)

    def _status(self, guild: discord.Guild, reader: str) -> discord.Embed:
        settings = self.store.reminder_settings(guild.id)
        none = text("reminders.none", reader)
        if settings.halted:
            state = text("reminders.state_paused", reader, reason=settings.halted)
        else:
            state = text("reminders.state_on" if settings.enabled else "reminders.state_off", reader)
        embed = discord.Embed(
            title=text("reminders.title", reader), colour=COLOUR, description=clip(state, 4096)
        )
        on_off = text("reminders.yes" if settings.discord_events else "reminders.no", reader)
        hours = settings.grace.total_seconds() / 3600
        fields = {
            "reminders.field_channel": f"<#{settings.channel_id}>" if settings.channel_id else none,
            "reminders.field_offsets": format_offsets(settings.offsets),
            "reminders.field_hour": text("reminders.local_time", reader, hour=f"{settings.hour:02d}:00"),
            "reminders.field_role": f"<@&{settings.role_id}>"
            if settings.role_id
            else text("reminders.nobody", reader),
            "reminders.field_grace": text(
                "reminders.hours", reader, count=int(hours) if hours == int(hours) else hours
            ),
            "reminders.field_events_tab": on_off,
        }
        for key, value in fields.items():
            embed.add_field(name=text(key, reader), value=value)
        upcoming = [
            f"{discord.utils.format_dt(d.due_at, 'f')} — {self._named(d, reader)}"
            for d in self.store.next_reminders(guild.id)
        ]
        _add_list(embed, text("reminders.field_next", reader), upcoming, reader)
        counts = self.store.reminder_counts(guild.id)
        totals = text(
            "reminders.totals",
            reader,
            sent=counts.get("sent", 0),
            skipped=counts.get("skipped", 0),
            failed=counts.get("failed", 0),
        )
        embed.add_field(name=text("reminders.field_so_far", reader), value=totals, inline=False)
        waiting = [
            text(
                "reminders.waiting_line",
                reader,
                reminder=self._named(d, reader),
                next=discord.utils.format_dt(d.next_attempt_at, "R"),
                count=d.attempts,
            )
            for d in self.store.waiting_reminders(guild.id)
            if d.next_attempt_at
        ]
        _add_list(embed, text("reminders.field_waiting", reader), waiting, reader)
        expired = [
            f"{discord.utils.format_dt(d.due_at, 'f')} — {self._named(d, reader)}"
            for d in self.store.expired_reminders(guild.id)
        ]
        _add_list(embed, text("reminders.field_expired", reader, count=counts["expired"]), expired, reader)
        problems = [
            f"{discord.utils.format_dt(at, 'R')}: {message}"
            for at, message in self.store.reminder_problems(guild.id)
        ]
        _add_list(embed, text("reminders.field_problems", reader), problems, reader)
        return embed

    def _named(self, delivery: Delivery, reader: str) -> str:
        """A reminder as a status line names it: the event as this server sees it, and how far ahead."""
        event = self.store.event(delivery.event_id, guild_id=delivery.guild_id)
        name = (
            discord.utils.escape_markdown(clip(shown_name(event, reader), 80))
            if event
            else text("reminders.event_id", reader, id=delivery.event_id)
        )
        return f"{name} ({delivery.offset.ahead(reader)})"


def _add_list(embed: discord.Embed, name: str, lines: list[str], reader: str) -> None:
    value = join_lines(lines, locale=reader) if lines else text("reminders.none", reader)
    embed.add_field(name=name, value=value, inline=False)


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Reminders(bot))

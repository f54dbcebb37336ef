"""/admin: editors add, edit, link and remove entries for their own server, export, import and read the history."""

from __future__ import annotations

import asyncio
import io
from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from cogs import _admin_views as ui
from cogs._i18n import locale, t
from cogs._views import entry_choices, paged
from sommet.admin import UPLOAD_BYTES
from sommet.admin import Admin as AdminCore
from sommet.admin_input import timezone_choices
from sommet.errors import UserError
from sommet.feeds import check_feed
from sommet.fetch import check_url
from sommet.importing import MAX_BYTES, read_import
from sommet.models import ACTOR_KINDS, EVENT_KINDS, STATUSES
from sommet.names import shown_name

EVENT_KIND_CHOICES = [app_commands.Choice(name=kind, value=kind) for kind in EVENT_KINDS]
ACTOR_KIND_CHOICES = [app_commands.Choice(name=kind, value=kind) for kind in ACTOR_KINDS]
STATUS_CHOICES = [app_commands.Choice(name=status, value=status) for status in STATUSES]
LANG_CHOICES = [
    app_commands.Choice(name="French", value="fr"),
    app_commands.Choice(name="English", value="en"),
]
Name = app_commands.Range[str, 1, 200]  # the core says what is wrong with names over 100
Text = app_commands.Range[str, 1, 1500]

EVENT_FIELDS = {
    "start": "Start date as people write it: 10-11 février 2025, 2025-02-10, Feb 10 2025, mars 2026",
    "end": "Last day, when not given in the start (a year-less date is read after the start)",
    "venue": "Building or site, such as Grand Palais",
    "city": "City",
    "country": "Country",
    "timezone": "IANA time zone, such as Europe/Paris",
    "kind": "What sort of event",
    "status": "Confirmed, announced (not yet certain) or cancelled",
    "parent": "The summit or week this event is part of",
    "description": "A sentence or two about it",
    "link": "Web page about it (https://…)",
}
CLEAR_NOTE = " — type - to empty it"


def _choice(value: app_commands.Choice[str] | None) -> str | None:
    return value.value if value is not None else None


class Admin(commands.Cog):
    """Every subcommand is checked on the bot's side too (Manage Server or the editor role)."""

    admin = app_commands.Group(
        name="admin",
        description="Change what Sommet knows in this server (Manage Server or the editor role).",
        default_permissions=discord.Permissions(manage_guild=True),
        guild_only=True,
    )
    event = app_commands.Group(name="event", description="Add, edit or remove events.", parent=admin)
    actor = app_commands.Group(
        name="actor", description="Add, edit or remove people, bodies and countries.", parent=admin
    )
    alias = app_commands.Group(name="alias", description="Other names of an event or actor.", parent=admin)
    document = app_commands.Group(name="document", description="Documents this server read.", parent=admin)
    source = app_commands.Group(name="source", description="News feeds this server follows.", parent=admin)

    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot
        self.core: AdminCore = bot.admin  # type: ignore[attr-defined]

    async def interaction_check(self, interaction: discord.Interaction) -> bool:  # type: ignore[override]
        return ui.ensure_editor(interaction)

    # --------------------------------------------------------------- events

    @event.command(name="add", description="Add an event that only this server sees.")
    @app_commands.describe(name="The event's name (up to 100 characters)", **EVENT_FIELDS)
    @app_commands.choices(kind=EVENT_KIND_CHOICES, status=STATUS_CHOICES)
    async def event_add(
        self,
        interaction: discord.Interaction,
        name: Name,
        start: Name,
        end: Name | None = None,
        venue: Name | None = None,
        city: Name | None = None,
        country: Name | None = None,
        timezone: Name | None = None,
        kind: app_commands.Choice[str] | None = None,
        status: app_commands.Choice[str] | None = None,
        parent: Name | None = None,
        description: Text | None = None,
        link: Text | None = None,
    ) -> None:
        change = self.core.add_event(
            ui.who(interaction),
            name=name,
            start=start,
            end=end,
            venue=venue,
            city=city,
            country=country,
            timezone=timezone,
            kind=_choice(kind) or "summit",
            status=_choice(status) or "confirmed",
            parent=parent,
            description=description,
            link=link,
        )
        await ui.send_change(interaction, change)

    @event.command(name="edit", description="Change an event as this server sees it.")
    @app_commands.describe(
        target="The event to change",
        name="New name",
        **{
            key: text + (CLEAR_NOTE if key not in ("start", "kind", "status") else "")
            for key, text in EVENT_FIELDS.items()
        },
    )
    @app_commands.choices(kind=EVENT_KIND_CHOICES, status=STATUS_CHOICES)
    async def event_edit(
        self,
        interaction: discord.Interaction,
        target: Name,
        name: Name | None = None,
        start: Name | None = None,
        end: Name | None = None,
        venue: Name | None = None,
        city: Name | None = None,
        country: Name | None = None,
        timezone: Name | None = None,
        kind: app_commands.Choice[str] | None = None,
        status: app_commands.Choice[str] | None = None,
        parent: Name | None = None,
        description: Text | None = None,
        link: Text | None = None,
    ) -> None:
        change = self.core.edit_event(
            ui.who(interaction),
            target,
            name=name,
            start=start,
            end=end,
            venue=venue,
            city=city,
            country=country,
            timezone=timezone,
            kind=_choice(kind),
            status=_choice(status),
            parent=parent,
            description=description,
            link=link,
        )
        await ui.send_change(interaction, change)

    @event.command(name="remove", description="Remove an event from this server (asks first).")
    @app_commands.describe(target="The event to remove")
    async def event_remove(self, interaction: discord.Interaction, target: Name) -> None:
        await self._ask_remove(interaction, "event", target)

    # --------------------------------------------------------------- actors

    @actor.command(
        name="add", description="Add a person, organisation or country that only this server sees."
    )
    @app_commands.describe(
        name="The name (up to 100 characters)",
        kind="Person, organisation, country or place",
        role="Their role, such as minister for digital affairs",
        description="A sentence or two about them",
    )
    @app_commands.choices(kind=ACTOR_KIND_CHOICES)
    async def actor_add(
        self,
        interaction: discord.Interaction,
        name: Name,
        kind: app_commands.Choice[str] | None = None,
        role: Name | None = None,
        description: Text | None = None,
    ) -> None:
        change = self.core.add_actor(
            ui.who(interaction), name=name, kind=_choice(kind) or "person", role=role, description=description
        )
        await ui.send_change(interaction, change)

    @actor.command(name="edit", description="Change an actor as this server sees it.")
    @app_commands.describe(
        target="The actor to change",
        name="New name",
        kind="Person, organisation, country or place",
        role="Their role" + CLEAR_NOTE,
        description="A sentence or two about them" + CLEAR_NOTE,
    )
    @app_commands.choices(kind=ACTOR_KIND_CHOICES)
    async def actor_edit(
        self,
        interaction: discord.Interaction,
        target: Name,
        name: Name | None = None,
        kind: app_commands.Choice[str] | None = None,
        role: Name | None = None,
        description: Text | None = None,
    ) -> None:
        change = self.core.edit_actor(
            ui.who(interaction), target, name=name, kind=_choice(kind), role=role, description=description
        )
        await ui.send_change(interaction, change)

    @actor.command(name="remove", description="Remove an actor from this server (asks first).")
    @app_commands.describe(target="The actor to remove")
    async def actor_remove(self, interaction: discord.Interaction, target: Name) -> None:
        await self._ask_remove(interaction, "actor", target)

    async def _ask_remove(self, interaction: discord.Interaction, owner: str, target: str) -> None:
        entry = self.core.target(owner, target, interaction.guild_id)  # type: ignore[arg-type]
        shared = self.core.store.is_shared(owner, entry.id)  # type: ignore[arg-type]

        async def remove(pressed: discord.Interaction) -> dict[str, Any]:
            change = self.core.remove(ui.who(pressed), owner, entry.id)  # type: ignore[arg-type]
            return ui.change_reply(pressed, change)

        name = discord.utils.escape_markdown(shown_name(entry, locale(interaction)))
        question = t(
            interaction, "admin.remove_event" if owner == "event" else "admin.remove_actor", name=name
        )
        if shared:
            question += " " + t(interaction, "admin.others_keep_it")
        view = ui.ConfirmView(interaction.user.id, remove, locale=locale(interaction))
        await interaction.response.send_message(question, view=view)
        view.message = await interaction.original_response()

    # ------------------------------------------------------- links, aliases

    @admin.command(name="link", description="Say that an actor took part in an event, and in what role.")
    @app_commands.describe(
        actor="The person or body", event="The event", role="Their part, such as host or speaker"
    )
    async def link(self, interaction: discord.Interaction, actor: Name, event: Name, role: Name) -> None:
        change = self.core.link(ui.who(interaction), actor=actor, event=event, role=role)
        await ui.send_change(interaction, change)

    @admin.command(name="unlink", description="Remove an actor's part in an event, in this server.")
    @app_commands.describe(
        actor="The person or body", event="The event", role="Only this role (default: every role)"
    )
    async def unlink(
        self, interaction: discord.Interaction, actor: Name, event: Name, role: Name | None = None
    ) -> None:
        change = self.core.unlink(ui.who(interaction), actor=actor, event=event, role=role)
        await ui.send_change(interaction, change)

    @alias.command(name="add", description="Give an event or an actor another name, in this server.")
    @app_commands.describe(
        name="The other name",
        event="The event (or give an actor)",
        actor="The actor (or give an event)",
        lang="The language of the name",
    )
    @app_commands.choices(lang=LANG_CHOICES)
    async def alias_add(
        self,
        interaction: discord.Interaction,
        name: Name,
        event: Name | None = None,
        actor: Name | None = None,
        lang: app_commands.Choice[str] | None = None,
    ) -> None:
        owner, target = _one_target(event, actor)
        change = self.core.add_alias(ui.who(interaction), owner, target, name, _choice(lang))
        await ui.send_change(interaction, change)

    @alias.command(name="remove", description="Remove another name of an event or an actor, in this server.")
    @app_commands.describe(
        name="The name to remove", event="The event (or give an actor)", actor="The actor (or give an event)"
    )
    async def alias_remove(
        self,
        interaction: discord.Interaction,
        name: Name,
        event: Name | None = None,
        actor: Name | None = None,
    ) -> None:
        owner, target = _one_target(event, actor)
        change = self.core.remove_alias(ui.who(interaction), owner, target, name)
        await ui.send_change(interaction, change)

    # ---------------------------------------------------- server settings

    @admin.command(name="editors", description="Let members of a role use /admin (Manage Server only).")
    @app_commands.describe(role="The editors' role; leave empty to allow Manage Server only")
    async def editors(self, interaction: discord.Interaction, role: discord.Role | None = None) -> None:
        if not interaction.permissions.manage_guild:
            raise ui.NotEditor("admin.editors_manage_only")
        self.core.set_editors(ui.who(interaction), role.id if role else None, role.name if role else None)
        text = (
            t(interaction, "admin.editors_set", role=role.mention)
            if role
            else t(interaction, "admin.editors_cleared")
        )
        await interaction.response.send_message(text, allowed_mentions=discord.AllowedMentions.none())

    @admin.command(name="language", description="The server's language for replies and reminder posts.")
    @app_commands.describe(
        language="Used for reminders, and for members whose Discord language is neither French nor English"
    )
    @app_commands.choices(language=LANG_CHOICES)
    async def language(self, interaction: discord.Interaction, language: app_commands.Choice[str]) -> None:
        if not interaction.permissions.manage_guild:
            raise ui.NotEditor("admin.language_manage_only")
        self.core.set_language(ui.who(interaction), language.value)
        interaction.extras.clear()  # the reply is in the new language for those who fall back to it
        await interaction.response.send_message(t(interaction, "admin.language_set", language=language.name))

    # ----------------------------------------------- export, import, history

    @admin.command(name="export", description="This server's knowledge as JSON, and upcoming events as .ics.")
    async def export(self, interaction: discord.Interaction) -> None:
        now = discord.utils.utcnow()
        data, ics, left_out = await asyncio.to_thread(
            self.core.export_files,
            interaction.guild_id,  # type: ignore[arg-type]
            now,
            locale=locale(interaction),
        )
        note = " " + t(interaction, "calendar.left_out", count=left_out) if left_out else ""
        await interaction.response.send_message(
            t(interaction, "admin.exported") + note,
            files=[
                discord.File(io.BytesIO(data), filename="sommet-export.json"),
                discord.File(io.BytesIO(ics), filename="sommet-upcoming.ics"),
            ],
            ephemeral=True,
        )

    @admin.command(name="import", description="Add or update entries from a JSON file made by /admin export.")
    @app_commands.describe(file="A .json file in the export format, up to 1 MB")
    async def import_(self, interaction: discord.Interaction, file: discord.Attachment) -> None:
        if file.size > MAX_BYTES:
            raise UserError("import.too_big", size=file.size)
        text_type = (file.content_type or "").split(";")[0] in ("application/json", "text/plain", "")
        if not file.filename.lower().endswith(".json") or not text_type:
            raise UserError("import.not_json_file")
        raw = await file.read()
        data = await asyncio.to_thread(read_import, raw)
        change = self.core.apply_import(ui.who(interaction), data)
        await ui.send_change(interaction, change)

    @admin.command(
        name="ingest",
        description="Read a news article (a file up to 1 MB, or a link) and add what it says, after you confirm.",
    )
    @app_commands.describe(
        file="The article: a .txt, .md or .html file, up to 1 MB", url="Or a link to the article's page"
    )
    async def ingest(
        self,
        interaction: discord.Interaction,
        file: discord.Attachment | None = None,
        url: app_commands.Range[str, 1, 2000] | None = None,
    ) -> None:
        if (file is None) == (url is None):
            raise UserError("ingest.file_or_url")
        if file is not None and file.size > UPLOAD_BYTES:
            raise UserError("ingest.too_big", size=file.size)
        await interaction.response.defer(ephemeral=True, thinking=True)
        if file is not None:
            source = self.core.read_upload(file.filename, await file.read(), guild_id=interaction.guild_id)
        else:
            policy = self.bot.fetch_policy  # type: ignore[attr-defined]
            source = await self.core.read_link(url or "", policy, guild_id=interaction.guild_id)
        extraction = await asyncio.to_thread(self.core.extract, source)
        era = self.core.era_of(extraction, guild_id=interaction.guild_id) if extraction.wants_an_era else None
        if era is not None:  # an excerpt without years, read again near the known event it names
            extraction = await asyncio.to_thread(self.core.extract, source, era)
        name = discord.utils.escape_markdown(source.url or source.file_name or "")
        if not extraction.events and not extraction.actors:
            await interaction.followup.send(t(interaction, "ingest.found_nothing", name=name), ephemeral=True)
            return
        report = self.core.preview_ingest(extraction, guild_id=interaction.guild_id)
        shared = self.core.publishes_to(interaction.guild_id) is None

        async def apply(pressed: discord.Interaction) -> dict[str, Any]:
            change = self.core.ingest(ui.who(pressed), extraction)
            return {"content": ui.change_reply(pressed, change)["content"], "view": None}

        view = ui.ConfirmView(interaction.user.id, apply, locale=locale(interaction))
        view.message = await interaction.followup.send(
            ui.ingest_question(interaction, name, report, shared=shared), view=view, ephemeral=True, wait=True
        )

    @document.command(
        name="forget", description="Forget a document this server read, and what only it says (asks first)."
    )
    @app_commands.describe(document="The document: its file name, link or the start of its hash")
    async def document_forget(
        self, interaction: discord.Interaction, document: app_commands.Range[str, 1, 2000]
    ) -> None:
        found = self.core.own_document(interaction.guild_id, document)  # type: ignore[arg-type]
        preview = self.core.preview_forget(found)

        async def forget(pressed: discord.Interaction) -> dict[str, Any]:
            return ui.change_reply(pressed, self.core.forget(ui.who(pressed), found))

        view = ui.ConfirmView(interaction.user.id, forget, locale=locale(interaction))
        await interaction.response.send_message(
            ui.forget_question(interaction, found.name, preview), view=view
        )
        view.message = await interaction.original_response()

    @document_forget.autocomplete("document")
    async def document_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        found = self.core.own_documents(interaction.guild_id, current)  # type: ignore[arg-type]
        return [
            app_commands.Choice(name=doc.name[:100], value=(doc.sha256 or "")[:16] or doc.name[:100])
            for doc in found
        ]

    @source.command(
        name="add", description="Follow an RSS or Atom feed: its new articles are read on schedule."
    )
    @app_commands.describe(url="The feed's address (RSS or Atom)")
    async def source_add(
        self, interaction: discord.Interaction, url: app_commands.Range[str, 1, 2000]
    ) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        url = check_url(url)
        title = await check_feed(url, self.bot.fetch_policy, robots=True)  # type: ignore[attr-defined]
        change = self.core.add_source(ui.who(interaction), url, title)
        self.bot.dispatch("sommet_feed_added")  # the poller reads it at once
        await interaction.followup.send(ui.change_reply(interaction, change)["content"], ephemeral=True)

    @source.command(name="list", description="The feeds this server follows, with their status.")
    async def source_list(self, interaction: discord.Interaction) -> None:
        feeds = self.core.store.feeds.list(guild_id=interaction.guild_id)
        await interaction.response.send_message(ui.sources_text(interaction, feeds), ephemeral=True)

    @source.command(name="remove", description="Stop following a feed (what it brought stays).")
    @app_commands.describe(url="The feed's address, as listed")
    async def source_remove(
        self, interaction: discord.Interaction, url: app_commands.Range[str, 1, 2000]
    ) -> None:
        change = self.core.remove_source(ui.who(interaction), url)
        await interaction.response.send_message(
            ui.change_reply(interaction, change)["content"], ephemeral=True
        )

    @source_remove.autocomplete("url")
    async def source_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        feeds = self.core.store.feeds.list(guild_id=interaction.guild_id)
        return [
            app_commands.Choice(name=feed.url[:100], value=feed.url[:100])
            for feed in feeds
            if current.lower() in feed.url.lower() and len(feed.url) <= 100
        ][:25]

    @admin.command(name="history", description="Who changed what here, and when, newest first.")
    async def history(self, interaction: discord.Interaction) -> None:
        records = self.core.history(interaction.guild_id)  # type: ignore[arg-type]
        pages = ui.history_pages(records, locale=locale(interaction))
        await interaction.response.send_message(
            **paged(pages, interaction.user.id, locale=locale(interaction)), ephemeral=True
        )

    # -------------------------------------------------------- autocomplete

    @event_edit.autocomplete("target")
    @event_remove.autocomplete("target")
    @event_add.autocomplete("parent")
    @event_edit.autocomplete("parent")
    @link.autocomplete("event")
    @unlink.autocomplete("event")
    @alias_add.autocomplete("event")
    @alias_remove.autocomplete("event")
    async def event_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return entry_choices(interaction, "event", current)

    @actor_edit.autocomplete("target")
    @actor_remove.autocomplete("target")
    @link.autocomplete("actor")
    @unlink.autocomplete("actor")
    @alias_add.autocomplete("actor")
    @alias_remove.autocomplete("actor")
    async def actor_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return entry_choices(interaction, "actor", current)

    @event_add.autocomplete("timezone")
    @event_edit.autocomplete("timezone")
    async def timezone_autocomplete(
        self, _interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return [app_commands.Choice(name=zone, value=zone) for zone in timezone_choices(current)]


def _one_target(event: str | None, actor: str | None) -> tuple[str, str]:
    if (event is None) == (actor is None):
        raise UserError("admin.event_or_actor")
    return ("event", event) if event is not None else ("actor", actor)  # type: ignore[return-value]


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Admin(bot))

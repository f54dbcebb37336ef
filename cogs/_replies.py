"""Private answers, and the words for each expected error, shared by commands and components."""

from __future__ import annotations

import logging

import discord
from discord import app_commands

from cogs._i18n import locale, t
from sommet.errors import UserError
from sommet.i18n import term

log = logging.getLogger("sommet.errors")


class ForPeople(app_commands.CheckFailure):
    """A failed check whose catalogue text says what is missing; ``str()`` is the English text."""

    def __init__(self, key: str, /, **params: object) -> None:
        self.error = UserError(key, **params)
        super().__init__(str(self.error))


async def send_private(interaction: discord.Interaction, content: str) -> None:
    """Answer only the person who asked, with no pings."""
    mentions = discord.AllowedMentions.none()
    if interaction.response.is_done():
        await interaction.followup.send(content, ephemeral=True, allowed_mentions=mentions)
    else:
        await interaction.response.send_message(content, ephemeral=True, allowed_mentions=mentions)


def user_message(interaction: discord.Interaction, error: Exception) -> str | None:
    """The text to show for an expected error, in the reader's language, or None for a bug."""
    cause = error.original if isinstance(error, app_commands.CommandInvokeError) else error
    if isinstance(cause, UserError):
        return cause.render(locale(interaction))
    if isinstance(error, app_commands.NoPrivateMessage):
        return t(interaction, "error.server_only")
    if isinstance(error, ForPeople):
        return error.error.render(locale(interaction))
    if isinstance(error, app_commands.MissingPermissions):
        reader = locale(interaction)
        missing = ", ".join(term("permission", p, reader) for p in error.missing_permissions)
        return t(interaction, "error.missing_permission", missing=missing)
    if isinstance(error, app_commands.CheckFailure):
        return t(interaction, "error.not_allowed")
    if isinstance(error, app_commands.TransformerError):
        shown = discord.utils.escape_markdown(str(error.value))[:100]
        return t(interaction, "error.not_understood", value=shown)
    return None


async def report_error(interaction: discord.Interaction, error: Exception) -> None:
    """Tell the person what went wrong; log what they cannot fix.

    Discord refusing our answer (an outage, a rate limit, an expired interaction) is no bug of
    ours: it is logged in one line, and the person is asked to try again if Discord still listens.
    """
    message = user_message(interaction, error)
    command = interaction.command.qualified_name if interaction.command else "a component"
    cause = error.original if isinstance(error, app_commands.CommandInvokeError) else error
    if message is None and isinstance(cause, discord.HTTPException):
        log.warning("Discord refused an answer to %s: %s %s", command, cause.status, cause.text[:200])
        message = t(interaction, "error.discord", status=cause.status)
    elif message is None:
        log.error("Unexpected error in %s", command, exc_info=error)
        message = t(interaction, "error.bug")
    try:
        await send_private(interaction, message)
    except discord.HTTPException:
        log.warning("Could not tell the user about an error", exc_info=True)

"""Private answers, and the words for each expected error, shared by commands and components."""

from __future__ import annotations

import logging

import discord
from discord import app_commands

from sommet.errors import UserError

log = logging.getLogger("sommet.errors")


async def send_private(interaction: discord.Interaction, content: str) -> None:
    """Answer only the person who asked, with no pings."""
    mentions = discord.AllowedMentions.none()
    if interaction.response.is_done():
        await interaction.followup.send(content, ephemeral=True, allowed_mentions=mentions)
    else:
        await interaction.response.send_message(content, ephemeral=True, allowed_mentions=mentions)


def user_message(error: Exception) -> str | None:
    """The text to show for an expected error, or None for a bug."""
    cause = error.original if isinstance(error, app_commands.CommandInvokeError) else error
    if isinstance(cause, UserError):
        return str(cause)
    if isinstance(error, app_commands.NoPrivateMessage):
        return "This command only works in a server."
    if isinstance(error, app_commands.CheckFailure) and getattr(error, "for_people", False):
        return str(error)
    if isinstance(error, app_commands.MissingPermissions):
        missing = ", ".join(p.replace("_", " ") for p in error.missing_permissions)
        return f"You need the {missing} permission to do that."
    if isinstance(error, app_commands.CheckFailure):
        return "You are not allowed to use this command here."
    if isinstance(error, app_commands.TransformerError):
        return f"I could not understand “{discord.utils.escape_markdown(str(error.value))[:100]}”."
    return None


async def report_error(interaction: discord.Interaction, error: Exception) -> None:
    """Tell the person what went wrong; log what they cannot fix."""
    message = user_message(error)
    if message is None:
        command = interaction.command.qualified_name if interaction.command else "a component"
        log.error("Unexpected error in %s", command, exc_info=error)
        message = "Sorry, something went wrong on my side. The error has been logged."
    try:
        await send_private(interaction, message)
    except discord.HTTPException:
        log.warning("Could not tell the user about an error", exc_info=True)

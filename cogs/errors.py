"""The one error handler for the command tree.

Errors are handled in this order (see ``cogs._replies.user_message``):
1. a ``UserError`` from the core (also when wrapped by discord.py): its message, privately; a
   write the database refused (``StoreBusy``) is one, rolled back and reported as busy;
2. a failed check (permissions, server-only command, not an editor): what is missing, privately;
3. an option discord.py could not convert: which one, privately;
4. Discord refusing an answer (HTTPException): one line in the log, and "try again", privately;
5. anything else: logged with its traceback, and a short apology, privately.
Buttons and menus report their errors through the same function.
"""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from cogs._replies import report_error


class ErrorHandler(commands.Cog):
    """Installs the tree's error handler and puts the previous one back when unloaded."""

    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot
        self._previous = bot.tree.on_error

    async def cog_load(self) -> None:
        self.bot.tree.on_error = self.on_app_command_error  # type: ignore[method-assign]

    async def cog_unload(self) -> None:
        self.bot.tree.on_error = self._previous  # type: ignore[method-assign]

    async def on_app_command_error(
        self, interaction: discord.Interaction, error: app_commands.AppCommandError
    ) -> None:
        await report_error(interaction, error)


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(ErrorHandler(bot))

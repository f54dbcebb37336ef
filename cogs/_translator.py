"""French names and descriptions for every command, option and choice, from the catalogue, at sync.

English is what the decorators say (Discord's default); the French catalogue holds the rest
under keys derived from where a string sits in the command tree:
``command.<path>.name|description``, ``option.<path>.<option>.name|description`` and
``choice.<value>``, where <path> is the command's qualified name with dots.
"""

from __future__ import annotations

import discord
from discord import app_commands
from discord.app_commands import TranslationContextLocation as Where

from sommet.i18n import ENGLISH, catalogue, language

_NAME = (Where.command_name, Where.group_name, Where.parameter_name)


def _path(command: app_commands.Command | app_commands.Group | app_commands.ContextMenu) -> str:
    return command.qualified_name.replace(" ", ".")


def key_for(context: app_commands.TranslationContext) -> str | None:
    """The catalogue key of a string discord.py asks to translate, or None for one we leave alone."""
    where, data = context.location, context.data
    part = "name" if where in _NAME else "description"
    if where in (Where.command_name, Where.command_description, Where.group_name, Where.group_description):
        return f"command.{_path(data)}.{part}"
    if where in (Where.parameter_name, Where.parameter_description):
        return f"option.{_path(data.command)}.{data.name}.{part}"
    if where is Where.choice_name:
        return f"choice.{data.value}"
    return None


class CatalogueTranslator(app_commands.Translator):
    """Answers discord.py's translation requests from the catalogues; English stays as written."""

    async def translate(
        self,
        string: app_commands.locale_str,
        locale: discord.Locale,
        context: app_commands.TranslationContext,
    ) -> str | None:
        lang = language(locale.value)
        if lang in (None, ENGLISH):
            return None
        key = key_for(context)
        found = catalogue(lang).get(key) if key else None
        return found if isinstance(found, str) else None

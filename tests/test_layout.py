"""The shape of the project: the core stays free of Discord, and every cog loads without clashes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from discord import app_commands

import bot as bot_module

ROOT = Path(__file__).resolve().parent.parent


def test_core_never_imports_discord_in_a_fresh_interpreter():
    modules = sorted(
        "sommet." + ".".join(p.relative_to(ROOT / "sommet").with_suffix("").parts)
        for p in (ROOT / "sommet").rglob("*.py")
        if p.name != "__init__.py"
    )
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "leaks = sorted(m for m in sys.modules if m.split('.')[0] in ('discord', 'cogs', 'bot'))\n"
        "assert not leaks, leaks\n"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)


def test_every_cog_file_is_loaded_by_the_bot():
    files = {f"cogs.{p.stem}" for p in (ROOT / "cogs").glob("*.py") if not p.stem.startswith("_")}
    assert files == set(bot_module.EXTENSIONS)


@pytest.mark.asyncio
async def test_all_cogs_load_and_no_two_commands_share_a_name():
    bot = bot_module.create_bot(memory=True)
    for extension in bot_module.EXTENSIONS:
        await bot.load_extension(extension)
    names = [command.qualified_name for command in bot.tree.walk_commands()]
    assert len(names) == len(set(names))
    assert {"event", "actor", "upcoming", "timeline", "help"} <= set(names)
    for command in bot.tree.walk_commands():
        assert command.description and command.description != "…"
        if isinstance(command, app_commands.Command):
            for parameter in command.parameters:
                assert parameter.description not in ("", "…"), (command.name, parameter.name)
    await bot.close()

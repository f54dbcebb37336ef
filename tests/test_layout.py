"""The shape of the project: the core stays free of Discord and of import cycles, and every cog loads
without clashes."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest
from discord import app_commands

import bot as bot_module

ROOT = Path(__file__).resolve().parent.parent


def _core_modules() -> dict[str, Path]:
    """Every module of ``sommet/`` by dotted name (a package by its ``__init__.py``)."""
    modules = {}
    for path in (ROOT / "sommet").rglob("*.py"):
        parts = path.relative_to(ROOT).with_suffix("").parts
        modules[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return modules


def _imported(name: str, path: Path, modules: dict[str, Path]) -> set[str]:
    """The core modules one module imports, at its top or inside functions (a lazy import is still
    a dependency); imports only for type checkers (``if TYPE_CHECKING:``) are left out."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test):
                for statement in child.orelse:
                    visit(statement)
            elif isinstance(child, ast.Import):
                found.update(alias.name for alias in child.names)
            elif isinstance(child, ast.ImportFrom):
                base = child.module or ""
                if child.level:
                    parents = package.split(".")[: len(package.split(".")) - child.level + 1]
                    base = ".".join([*parents, base] if base else parents)
                for alias in child.names:
                    submodule = f"{base}.{alias.name}"
                    found.add(submodule if submodule in modules else base)
            else:
                visit(child)

    visit(ast.parse(path.read_text(encoding="utf-8")))
    return {module for module in found if module in modules and module != name}


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle in the graph, as the modules along it, or None."""
    done: set[str] = set()
    path: list[str] = []

    def walk(module: str) -> list[str] | None:
        if module in path:
            return [*path[path.index(module) :], module]
        if module in done:
            return None
        path.append(module)
        for imported in sorted(graph[module]):
            if cycle := walk(imported):
                return cycle
        path.pop()
        done.add(module)
        return None

    for module in sorted(graph):
        if cycle := walk(module):
            return cycle
    return None


def test_core_modules_import_each_other_without_a_cycle():
    modules = _core_modules()
    graph = {name: _imported(name, path, modules) for name, path in modules.items()}
    assert _cycle(graph) is None, " -> ".join(_cycle(graph) or [])


def test_cycle_finder_follows_lazy_and_relative_imports_but_not_type_checking_ones(tmp_path):
    (tmp_path / "a.py").write_text(
        "from typing import TYPE_CHECKING\n"
        "from sommet import b as bee\n"
        "if TYPE_CHECKING:\n    from sommet.c import C\n"
        "def later():\n    from .c import D\n"
    )
    modules = {"sommet.a": tmp_path / "a.py", "sommet.b": tmp_path / "b.py", "sommet.c": tmp_path / "c.py"}
    assert _imported("sommet.a", modules["sommet.a"], modules) == {"sommet.b", "sommet.c"}
    assert _cycle({"sommet.a": {"sommet.b"}, "sommet.b": {"sommet.c"}, "sommet.c": {"sommet.a"}}) == [
        "sommet.a",
        "sommet.b",
        "sommet.c",
        "sommet.a",
    ]
    assert _cycle({"sommet.a": {"sommet.b"}, "sommet.b": set(), "sommet.c": {"sommet.a"}}) is None


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


def _refuse_repeated_keys(pairs: list[tuple[str, object]]) -> dict[str, object]:
    keys = [key for key, _ in pairs]
    repeated = sorted({key for key in keys if keys.count(key) > 1})
    assert not repeated, f"written twice: {repeated}"
    return dict(pairs)


@pytest.mark.parametrize("path", sorted((ROOT / "data").glob("*.json")), ids=lambda path: path.name)
def test_no_data_file_writes_a_key_twice(path):
    # A key written twice is silently the last one: the first entry, edited by a user, would do nothing.
    json.loads(path.read_text(encoding="utf-8"), object_pairs_hook=_refuse_repeated_keys)

"""The bot's token is never logged or echoed, and .env (where it lives) is never committed."""

from __future__ import annotations

import logging
from pathlib import Path
from types import SimpleNamespace

import discord
import pytest

import bot

TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4.Gfake0.this-is-not-a-real-token-but-looks-like-one"
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def restore_logging():
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    root.handlers[:], root.level = handlers, level  # main installs its own handler


@pytest.fixture
def logs_everything(monkeypatch, tmp_path):
    """bot.main as an operator runs it, logging at DEBUG, with the token in the environment."""
    monkeypatch.setenv("DISCORD_TOKEN", TOKEN)
    monkeypatch.setenv("LOG_LEVEL", "DEBUG")
    monkeypatch.delenv("DEV_GUILD_ID", raising=False)


async def _discord_refuses_the_token(self, route, **kwargs):
    """What Discord answers GET /users/@me with an unknown token, without going on the network."""
    logging.getLogger("discord.http").debug("%s %s has returned 401", route.method, route.url)
    raise discord.HTTPException(
        SimpleNamespace(status=401, reason="Unauthorized"), {"message": "401: Unauthorized"}
    )


def test_a_refused_token_is_reported_without_echoing_it(
    logs_everything, monkeypatch, capfd, caplog, tmp_path
):
    caplog.set_level(logging.DEBUG)
    monkeypatch.setattr(discord.http.HTTPClient, "request", _discord_refuses_the_token)
    assert bot.main(["--db", str(tmp_path / "sommet.db")]) == 2
    out, err = capfd.readouterr()
    assert "Discord refused the DISCORD_TOKEN" in err
    assert caplog.records  # the run did log: the check below is not vacuous
    for text in (out, err, caplog.text):
        assert TOKEN not in text and TOKEN.split(".")[0] not in text


def test_without_a_token_the_message_says_how_to_get_one_and_nothing_else(monkeypatch, capfd, tmp_path):
    monkeypatch.setenv("DISCORD_TOKEN", "")
    monkeypatch.chdir(tmp_path)
    assert bot.main([]) == 2
    assert "No DISCORD_TOKEN is set" in capfd.readouterr().err


def test_env_files_are_ignored_by_git():
    ignored = [line.strip() for line in (ROOT / ".gitignore").read_text(encoding="utf-8").splitlines()]
    assert ".env" in ignored

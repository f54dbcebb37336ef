"""Hostile input for every slash command and autocomplete, and the checks every answer must pass.

Shared by the fuzz tests (tests/cogs/test_fuzz.py) and ``python -m bench.robustness``, so that the
bench counts exactly what the tests try. Option values are drawn from each command's synced
definition, so a new option is fuzzed without being listed here.
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import discord
from hypothesis import strategies as st
from simcord import OptionError

from sommet.i18n import text
from tests.cogs.helpers import assert_within_discord_limits

# Every slash command, by its full name; test_fuzz checks this against the synced tree.
COMMANDS = (
    "event",
    "actor",
    "upcoming",
    "timeline",
    "help",
    "search",
    "admin event add",
    "admin event edit",
    "admin event remove",
    "admin actor add",
    "admin actor edit",
    "admin actor remove",
    "admin alias add",
    "admin alias remove",
    "admin link",
    "admin unlink",
    "admin editors",
    "admin language",
    "admin export",
    "admin import",
    "admin ingest",
    "admin document forget",
    "admin source add",
    "admin source list",
    "admin source remove",
    "admin history",
    "reminders channel",
    "reminders offsets",
    "reminders hour",
    "reminders role",
    "reminders grace",
    "reminders off",
    "reminders discord-events",
    "reminders digest",
    "reminders status",
)
# Every option that offers autocomplete; test_fuzz checks this against the synced tree too.
AUTOCOMPLETES = (
    ("event", "query"),
    ("actor", "query"),
    ("upcoming", "kind"),
    ("timeline", "actor"),
    ("admin event add", "timezone"),
    ("admin event add", "parent"),
    ("admin event edit", "target"),
    ("admin event edit", "timezone"),
    ("admin event edit", "parent"),
    ("admin event remove", "target"),
    ("admin actor edit", "target"),
    ("admin actor remove", "target"),
    ("admin alias add", "event"),
    ("admin alias add", "actor"),
    ("admin alias remove", "event"),
    ("admin alias remove", "actor"),
    ("admin link", "actor"),
    ("admin link", "event"),
    ("admin unlink", "actor"),
    ("admin unlink", "event"),
    ("admin document forget", "document"),
    ("admin source remove", "url"),
)
# Discord's limit on a string option without a max_length of its own.
STRING_LIMIT = 6000
BUG_TEXTS = {text("error.bug", "en"), text("error.bug", "fr")}

# Fragments that have broken bots: mentions, markdown, format strings, SQL, invisible and RTL characters.
HOSTILE = (
    "@everyone",
    "@here",
    "<@123456789012345678>",
    "<@!123456789012345678>",
    "<@&456789012345678901>",
    "<#123456789012345678>",
    "</event:1>",
    "<t:99999999999999:R>",
    "**",
    "__",
    "~~",
    "||spoiler||",
    "`",
    "```",
    "> ",
    "# ",
    "[link](https://example.com)",
    "\\",
    "{0}",
    "{}",
    "{name}",
    "{0.__class__}",
    "%s",
    "%(x)s",
    "%d",
    "'; DROP TABLE events; --",
    '" OR 1=1 --',
    "id:",
    "id:1",
    "id:999999999999999999",
    "id:-1",
    "id:٣",
    "\x00",
    "\x07",
    "\x1b[31m",
    "\r\n",
    "\t",
    "\u200b",
    "\u200d",
    "\u2060",
    "\ufeff",
    "\u202e",
    "\u202d",
    "مؤتمر القمة",
    "שלום",
    "🏛️",
    "👩🏽‍💻",
    "🇫🇷",
    "é",
    "e\u0301",
    "Σ",
    "ß",
    "İ",
    "ﬁ",
    "Ａ",
    "-",
    " ",
    "AI Action Summit",
    "Sommet pour l'action sur l'IA",
    "OCDE",
    "Paris",
    "10-11 février 2025",
    "2026",
    "tomorrow",
    "7d, 1d, 0d",
    "Europe/Paris",
)
# Dates at the edges: the first and last years, 29 February in leap and other years, a DST gap.
EDGE_DATES = (
    "0001-01-01",
    "0001-01-01/0001-01-02",
    "9999-12-31",
    "9998-12-31/9999-12-31",
    "29 février 2024",
    "29 February 2028",
    "29 février 2025",
    "29/02/2100",
    "2000-02-29",
    "2026-03-29 02:30",
    "29 mars 2026",
    "25 octobre 2026",
    "2026-03-29",
    "31 décembre 2026",
    "1 janvier 2027",
    "today",
    "demain",
    "février 2026",
    "2026",
    "1900",
    "2100",
    "0",
    "-1",
    "99999",
)
ZONES = (
    None,
    "Europe/Paris",
    "UTC",
    "Pacific/Kiritimati",
    "Pacific/Pago_Pago",
    "America/St_Johns",
    "Asia/Kathmandu",
    "Australia/Lord_Howe",
)


# ------------------------------------------------------------------- strategies


def _fit(value: str, low: int, high: int) -> str:
    """Cut or pad a string to the option's length bounds (Discord counts code points)."""
    value = value[:high]
    return value + "x" * (low - len(value)) if len(value) < low else value


def hostile_text(low: int = 0, high: int = STRING_LIMIT) -> st.SearchStrategy[str]:
    """Arbitrary text between ``low`` and ``high`` characters, leaning to what breaks bots."""
    pieces = st.lists(st.one_of(st.sampled_from(HOSTILE), st.text(max_size=12)), min_size=0, max_size=12).map(
        "".join
    )
    huge = st.builds(
        lambda piece, extra: piece * (high // max(len(piece), 1)) + extra,
        st.sampled_from(HOSTILE),
        st.text(max_size=3),
    )
    return st.one_of(pieces, st.text(max_size=60), huge, st.sampled_from(EDGE_DATES)).map(
        lambda value: _fit(value, low, high)
    )


@dataclass(frozen=True)
class Ref:
    """A role or channel of the world an example runs in, resolved when the command is sent."""

    kind: str
    name: str


def _json_values() -> st.SearchStrategy[Any]:
    scalars = st.one_of(
        st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), hostile_text(0, 80)
    )
    return st.recursive(
        scalars,
        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(hostile_text(0, 12), inner, max_size=4),
        max_leaves=20,
    )


def _export_like() -> st.SearchStrategy[dict[str, Any]]:
    """Files in (or close to) the export format, with hostile names, dates, times and zones."""
    optional = st.one_of(st.none(), hostile_text(0, 120), _json_values())
    event = st.fixed_dictionaries(
        {"name": st.one_of(hostile_text(1, 120), _json_values())},
        optional={
            "start": st.one_of(st.sampled_from([d for d in EDGE_DATES if d[:1].isdigit()]), optional),
            "end": st.one_of(st.sampled_from(["0001-01-02", "9999-12-31", "2026-03-30"]), optional),
            "start_time": st.sampled_from(["02:30", "00:00", "23:59", "24:00", "2:30", None]),
            "timezone": st.sampled_from([*ZONES, "Mars/Olympus"]),
            "kind": st.sampled_from(["summit", "conference", "party", None]),
            "status": st.sampled_from(["confirmed", "announced", "cancelled", "maybe"]),
            "location": st.one_of(
                st.fixed_dictionaries({"venue": optional, "city": optional, "country": optional}), optional
            ),
            "aliases": st.one_of(st.lists(hostile_text(0, 120), max_size=3), optional),
            "actors": st.one_of(st.lists(st.lists(hostile_text(0, 40), max_size=3), max_size=3), optional),
            "parent": optional,
            "description": optional,
            "url": st.one_of(st.sampled_from(["https://example.com", "javascript:alert(1)"]), optional),
        },
    )
    actor = st.fixed_dictionaries(
        {"name": st.one_of(hostile_text(1, 120), _json_values())},
        optional={
            "kind": st.sampled_from(["person", "organisation", "country", "alien"]),
            "role": optional,
            "aliases": st.lists(hostile_text(0, 40), max_size=3),
            "description": optional,
        },
    )
    return st.fixed_dictionaries(
        {}, optional={"events": st.lists(event, max_size=4), "actors": st.lists(actor, max_size=4)}
    )


def upload(extensions: tuple[str, ...]) -> st.SearchStrategy[tuple[str, bytes]]:
    """An uploaded file: hostile names, right or wrong extensions, bytes from JSON to binary."""
    name = st.tuples(hostile_text(0, 40), st.sampled_from((*extensions, ".pdf", ".JSON", ""))).map(
        lambda parts: (parts[0].replace("/", "_").replace("\\", "_").strip() or "file") + parts[1]
    )
    data = st.one_of(
        _export_like().map(lambda value: json.dumps(value).encode()),
        _json_values().map(lambda value: json.dumps(value).encode()),
        hostile_text(0, 2000).map(lambda value: value.encode("utf-8", "surrogatepass")),
        st.binary(max_size=400),
        st.just(b""),
        st.just(b"\xef\xbb\xbf{}"),
        st.just(b"<html>" + b"<div>" * 300 + b"@everyone" + b"</div>" * 300 + b"</html>"),
    )
    return st.tuples(name, data)


def _in_range(option: dict[str, Any]) -> st.SearchStrategy[Any]:
    kind = discord.AppCommandOptionType(option["type"])
    if option.get("choices"):
        return st.sampled_from([choice["value"] for choice in option["choices"]])
    if kind is discord.AppCommandOptionType.string:
        return hostile_text(option.get("min_length", 0), option.get("max_length", STRING_LIMIT))
    if kind is discord.AppCommandOptionType.integer:
        low, high = option.get("min_value", -(2**53)), option.get("max_value", 2**53)
        return st.one_of(st.sampled_from([low, high]), st.integers(low, high))
    if kind is discord.AppCommandOptionType.role:
        return st.sampled_from([Ref("role", "editors"), Ref("role", "managers"), Ref("role", "everyone")])
    if kind is discord.AppCommandOptionType.channel:
        return st.just(Ref("channel", "general"))
    if kind is discord.AppCommandOptionType.attachment:
        return upload((".json",) if ".json" in option.get("description", "") else (".txt", ".md", ".html"))
    raise AssertionError(f"no strategy for option type {kind}")


def _out_of_range(option: dict[str, Any]) -> st.SearchStrategy[Any] | None:
    """Values Discord itself refuses for this option, or None when every value of its type is allowed."""
    if option.get("choices"):
        allowed = {choice["value"] for choice in option["choices"]}
        return hostile_text(1, 100).filter(lambda value: value not in allowed)
    bad = []
    if "min_length" in option and option["min_length"] > 0:
        bad.append(st.just(""))
    if "max_length" in option:
        bad.append(
            hostile_text(option["max_length"] + 1, option["max_length"] + 50).map(
                lambda value, limit=option["max_length"]: value + "x" * (limit + 1 - len(value))
            )
        )
    if "min_value" in option:
        bad.append(st.integers(max_value=option["min_value"] - 1).map(lambda v: max(v, -(2**53))))
    if "max_value" in option:
        bad.append(st.integers(min_value=option["max_value"] + 1).map(lambda v: min(v, 2**53)))
    return st.one_of(bad) if bad else None


def options_for(definition: dict[str, Any]) -> st.SearchStrategy[dict[str, Any]]:
    """Values for a command's options within Discord's rules: required ones always, others sometimes."""
    required = {o["name"]: _in_range(o) for o in definition.get("options", []) if o.get("required")}
    optional = {o["name"]: _in_range(o) for o in definition.get("options", []) if not o.get("required")}
    return st.fixed_dictionaries(required, optional=optional)


def refused_options_for(definition: dict[str, Any]) -> st.SearchStrategy[dict[str, Any]] | None:
    """Options with exactly one value Discord refuses (out of its range, length or choices)."""
    bounded = [(o, _out_of_range(o)) for o in definition.get("options", [])]
    bounded = [(o, bad) for o, bad in bounded if bad is not None]
    if not bounded:
        return None

    @st.composite
    def draw(draw_: st.DrawFn) -> dict[str, Any]:
        values = draw_(options_for(definition))
        option, bad = draw_(st.sampled_from(bounded))
        values[option["name"]] = draw_(bad)
        return values

    return draw()


def leaf(env: Any, name: str) -> dict[str, Any]:
    """A command's synced definition, walked down to the subcommand ``name`` names."""
    head, *path = name.split()
    node = env.backend.find_command(head, None)
    assert node is not None, f"/{head} was not synced"
    for part in path:
        node = next(o for o in node["options"] if o["name"] == part)
    return node


def autocompleted(env: Any) -> list[tuple[str, str]]:
    """Every (command, option) pair that offers autocomplete."""
    return [
        (name, option["name"])
        for name in COMMANDS
        for option in leaf(env, name).get("options", [])
        if option.get("autocomplete")
    ]


# ------------------------------------------------------------------------ worlds


@dataclass
class World:
    """A fresh server for one example: an admin (Manage Server), a plain member, roles, a channel."""

    env: Any
    guild: Any
    channel: Any
    admin: Any
    member: Any
    roles: dict[str, Any]


def new_world(env: Any, number: int) -> World:
    guild = env.create_guild(f"Fuzz {number}")
    channel = guild.create_text_channel("general")
    managers = guild.create_role("Managers", permissions=discord.Permissions(manage_guild=True))
    editors = guild.create_role("Editors")
    admin = guild.add_member(env.create_user(f"admin{number}"), roles=[managers])
    member = guild.add_member(env.create_user(f"member{number}"))
    roles = {"managers": managers, "editors": editors, "everyone": guild.default_role}
    return World(env, guild, channel, admin, member, roles)


def _resolve(world: World, options: dict[str, Any]) -> dict[str, Any]:
    def one(value: Any) -> Any:
        if isinstance(value, Ref):
            return world.roles[value.name] if value.kind == "role" else world.channel
        return value

    return {key: one(value) for key, value in options.items()}


# ------------------------------------------------------------------------ checks


class ErrorLog(logging.Handler):
    """Everything logged at ERROR or above while fuzzing: the error handler's "unexpected error"
    and discord.py's "Ignoring exception" both land here."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@contextmanager
def error_log() -> Iterator[ErrorLog]:
    handler = ErrorLog()
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        yield handler
    finally:
        root.removeHandler(handler)


def _component_limits(components: list[dict[str, Any]]) -> None:
    assert len(components) <= 5
    for row in components:
        assert len(row["components"]) <= 5
        for item in row["components"]:
            assert len(item.get("label") or "") <= 80
            assert len(item.get("placeholder") or "") <= 150
            options = item.get("options") or []
            assert len(options) <= 25
            for option in options:
                assert 0 < len(option["label"]) <= 100 and len(option["value"]) <= 100
                assert len(option.get("description") or "") <= 100


def check_message(message: Any) -> None:
    """A message Discord would accept, that is not the apology for a bug."""
    assert len(message.content) <= 2000, len(message.content)
    assert message.content not in BUG_TEXTS, message.content
    assert len(message.embeds) <= 10
    for embed in message.embeds:
        assert_within_discord_limits(embed)
    _component_limits(message.components)


def _payloads(requests: list[Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """The message bodies the bot sent: interaction callbacks, followups, channel posts."""
    for request in requests:
        body = request.json if isinstance(request.json, dict) else {}
        if request.path.endswith("/callback"):
            body = body.get("data") or {}
        elif not (request.path.startswith("/webhooks/") or request.path.endswith("/messages")):
            continue
        if request.method in ("POST", "PATCH") and body.get("content"):
            yield request.path, body


def check_no_pings(requests: list[Any], *, roles: tuple[int, ...] = ()) -> int:
    """Every message with text says whom it may ping: nobody, or only the reminder role. Returns how
    many bodies were checked."""
    checked = 0
    for path, body in _payloads(requests):
        mentions = body.get("allowed_mentions")
        assert mentions is not None, f"{path} sent text without allowed_mentions: {body['content'][:80]!r}"
        assert mentions.get("parse") == [], (path, mentions)
        assert not mentions.get("users"), (path, mentions)
        assert set(mentions.get("roles") or []) <= set(roles), (path, mentions)
        checked += 1
    return checked


@dataclass
class Tally:
    """What the fuzzing tried, for the bench's report."""

    tried: Counter[str] = field(default_factory=Counter)
    refused_by_discord: Counter[str] = field(default_factory=Counter)
    answered: Counter[str] = field(default_factory=Counter)
    told_why: Counter[str] = field(default_factory=Counter)
    pressed: int = 0
    bodies_checked: int = 0


TALLY = Tally()


async def run_command(world: World, name: str, options: dict[str, Any], *, press: int = 0) -> Any:
    """Run one command as the admin and check its answer; ``press`` picks a button of the answer to
    press too (Undo, Confirm, Next, Add to calendar), so the follow-up paths are fuzzed as well."""
    env = world.env
    cursor, errors = len(env.http_requests), env.error_cursor
    TALLY.tried[name] += 1
    with error_log() as log:
        result = await world.admin.slash(world.channel, name, **_resolve(world, options))
        messages = [m for m in (result.response, *result.followups) if m is not None]
        assert messages, f"/{name} left the interaction unanswered"
        for message in messages:
            check_message(message)
        (TALLY.told_why if messages[-1].ephemeral and not messages[-1].embeds else TALLY.answered)[name] += 1
        buttons = [
            item
            for message in messages
            for row in message.components
            for item in row["components"]
            if item["type"] == 2 and not item.get("disabled") and item.get("custom_id")
        ]
        if buttons and press:
            target = buttons[press % len(buttons)]
            owner = next(m for m in messages if any(target in row["components"] for row in m.components))
            pressed = await world.admin.click(owner, custom_id=target["custom_id"])
            TALLY.pressed += 1
            for message in (pressed.response, *pressed.followups):
                if message is not None:
                    check_message(message)
    assert not log.records, [r.getMessage() for r in log.records]
    assert not env.errors_since(errors), env.errors_since(errors)
    TALLY.bodies_checked += check_no_pings(env.http_requests[cursor:])
    return result


async def run_refused(world: World, name: str, options: dict[str, Any]) -> None:
    """A value out of an option's range, length or choices: Discord (SimCord) refuses it before the bot
    sees it, as it would for a real client."""
    TALLY.tried[name] += 1
    try:
        await world.admin.slash(world.channel, name, **_resolve(world, options))
    except OptionError:
        TALLY.refused_by_discord[name] += 1
        return
    raise AssertionError(f"/{name} accepted an out-of-range value: {options!r}")


async def run_autocomplete(world: World, name: str, option: str, typed: str) -> list[dict[str, Any]]:
    """Autocomplete answers, with at most 25 choices whose names and values Discord accepts."""
    env = world.env
    cursor, errors = len(env.http_requests), env.error_cursor
    TALLY.tried[f"{name} [{option}]"] += 1
    with error_log() as log:
        choices = await world.admin.autocomplete(world.channel, name, option, typed)
    assert not log.records, [r.getMessage() for r in log.records]
    assert not env.errors_since(errors), env.errors_since(errors)
    answered = [r for r in env.http_requests[cursor:] if r.path.endswith("/callback")]
    assert answered and answered[-1].json["type"] == 8, f"{name} [{option}] was not answered"
    assert len(choices) <= 25
    for choice in choices:
        assert 1 <= len(choice["name"]) <= 100, choice
        assert isinstance(choice["value"], str) and len(choice["value"]) <= 100, choice
    TALLY.answered[f"{name} [{option}]"] += 1
    return choices

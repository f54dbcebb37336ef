"""Several processes, each running some of the bot's shards against one database file."""

from __future__ import annotations

import pytest
import simcord

from bot import ShardedSommetBot, create_bot, shard_settings

# Guild ids pinned so that both simulated worlds hold the same two servers: Discord puts a guild
# on shard (id >> 22) % shard_count.
ON_SHARD_0 = 10 << 22
ON_SHARD_1 = 11 << 22


async def _answers(bot, *, guild_id: int, other_guild_id: int) -> tuple[str | None, object]:
    """Ask /event in the bot's own server and in the other one; give the two responses."""
    async with simcord.run(bot) as env:
        replies = []
        for gid in (guild_id, other_guild_id):
            guild = env.create_guild(f"server {gid}", id=gid)
            channel = guild.create_text_channel("general")
            member = guild.add_member(env.create_user(f"member {gid}"))
            replies.append((await member.slash(channel, "event", query="private briefing")).response)
        mine, other = replies
        return (mine.embeds[0].title if mine.embeds else mine.content), other


async def test_each_process_answers_only_for_the_servers_of_its_shards(tmp_path, monkeypatch):
    monkeypatch.delenv("DEV_GUILD_ID", raising=False)
    database = tmp_path / "shared.db"
    first = create_bot(database, shard_count=2, shard_ids=[0])
    second = create_bot(database, shard_count=2, shard_ids=[1])
    # Written through the first process, read by the second: one database for both.
    with first.sommet.store.transaction():
        first.sommet.store.add_event(
            name="Private briefing", kind="meeting", origin="admin", guild_id=ON_SHARD_1
        )
    assert isinstance(first, ShardedSommetBot) and (first.shard_count, first.shard_ids) == (2, [0])

    title, unanswered = await _answers(first, guild_id=ON_SHARD_0, other_guild_id=ON_SHARD_1)
    assert title.startswith("No event matches")  # its server cannot see the other's private event
    assert unanswered is None  # the other server's shard runs elsewhere: no reply from this one

    title, unanswered = await _answers(second, guild_id=ON_SHARD_1, other_guild_id=ON_SHARD_0)
    assert title == "Private briefing"
    assert unanswered is None


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({}, (None, None)),
        ({"SHARD_COUNT": "4"}, (4, None)),
        ({"SHARD_COUNT": "4", "SHARD_IDS": "0, 2"}, (4, [0, 2])),
        ({"SHARD_COUNT": "8", "SHARD_IDS": "4-7"}, (8, [4, 5, 6, 7])),
    ],
)
def test_shard_settings_are_read_from_the_environment(environ, expected):
    assert shard_settings(environ) == expected


@pytest.mark.parametrize(
    ("environ", "message"),
    [
        ({"SHARD_IDS": "0"}, "needs SHARD_COUNT"),
        ({"SHARD_COUNT": "two"}, "whole number"),
        ({"SHARD_COUNT": "2", "SHARD_IDS": "2"}, "from 0 to 1"),
        ({"SHARD_COUNT": "2", "SHARD_IDS": "0,0"}, "distinct"),
        ({"SHARD_COUNT": "2", "SHARD_IDS": "a-b"}, "look like"),
    ],
)
def test_bad_shard_settings_are_refused_with_a_reason(environ, message):
    with pytest.raises(ValueError, match=message):
        shard_settings(environ)

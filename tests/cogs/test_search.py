"""/search through SimCord: best sentences first, with their document and link, in pages."""

from __future__ import annotations

import pytest

from sommet.ingest.merge import merge
from sommet.ingest.pipeline import extract


@pytest.fixture
def searchable(world):
    env, *_ = world
    text = "Le point sur la consultation\n\n" + "\n\n".join(
        f"La consultation citoyenne numéro {i} a réuni des milliers de participants à Lyon."
        for i in range(12)
    )
    extraction = extract(text, file_name="lyon.txt", sha256="l" * 64)
    merge(env.bot.sommet.store, extraction)
    env.bot.sommet.store.db.execute(
        "UPDATE documents SET url = 'https://news.example/lyon' WHERE file_name = 'lyon.txt'"
    )
    return world


async def test_search_answers_with_sentences_their_source_and_pages(searchable):
    _env, _guild, channel, member = searchable
    result = await member.slash(channel, "search", text="consultation citoyenne")
    embed = result.response.embeds[0]
    assert "consultation citoyenne" in embed.title
    assert len(embed.fields) == 5 and "La consultation citoyenne" in embed.fields[0].value
    assert "(https://news.example/lyon)" in embed.fields[0].value
    assert not result.response.ephemeral
    turned = await member.click(result.response, label="Next")
    assert turned.response.embeds[0].fields[0].name == "6."


async def test_nothing_found_is_said_privately(searchable):
    _env, _guild, channel, member = searchable
    result = await member.slash(channel, "search", text="zzzzqqq")
    assert result.response.ephemeral and "No sentence" in result.response.content

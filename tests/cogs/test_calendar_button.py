""" "Add to calendar" under /event and /upcoming: a private .ics file, in the reader's language."""

from __future__ import annotations

from datetime import date

from icalendar import Calendar

from sommet.dates import PartialDate
from sommet.models import Location


async def _ics(result) -> Calendar:
    [attachment] = result.response.attachments
    assert attachment.filename == "sommet.ics"
    return Calendar.from_ical(await attachment.read())


async def test_an_event_offers_its_dates_and_programme_as_a_calendar_file(world, user_locales):
    _env, _guild, channel, alice = world
    answer = await alice.slash(channel, "event", query="AI Action Summit")
    pressed = await alice.click(answer.response, label="Add to calendar")
    assert pressed.ephemeral and "events for your calendar" in pressed.response.content
    events = {str(e["summary"]): e for e in (await _ics(pressed)).walk("VEVENT")}
    summit = events["AI Action Summit"]
    assert summit.decoded("dtstart") == date(2025, 2, 10) and summit.decoded("dtend") == date(2025, 2, 12)
    assert "Grand Palais" in str(summit["location"]) and "Sources:" in str(summit["description"])
    assert len(events) > 1  # its programme comes along
    user_locales[alice.id] = "fr"
    answer = await alice.slash(channel, "event", query="AI Action Summit")
    pressed = await alice.click(answer.response, label="Ajouter à l’agenda")
    summaries = {str(e["summary"]) for e in (await _ics(pressed)).walk("VEVENT")}
    assert "Sommet pour l'action sur l'IA" in summaries


async def test_upcoming_offers_the_events_ahead_to_anyone_who_presses(world):
    env, guild, channel, alice = world
    store = env.bot.sommet.store
    for day in (date(2026, 1, 20), date(2026, 2, 3)):
        store.add_event(
            name=f"Réunion du {day.day}",
            kind="meeting",
            origin="admin",
            start=PartialDate.from_date(day),
            timezone="Europe/Paris",
            location=Location(city="Paris"),
        )
    answer = await alice.slash(channel, "upcoming")
    bob = guild.add_member(env.create_user("bob"))
    pressed = await bob.click(answer.response, label="Add to calendar")
    assert pressed.ephemeral
    uids = [str(e["uid"]) for e in (await _ics(pressed)).walk("VEVENT")]
    assert len(uids) == 2 and all(uid.startswith("event-") for uid in uids)
    again = await alice.click(answer.response, label="Add to calendar")
    assert [str(e["uid"]) for e in (await _ics(again)).walk("VEVENT")] == uids

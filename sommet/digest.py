"""The digest a server that opted in receives after a feed pass: each new or changed event ahead,
with its date, place and source link, in the server's language. Plain text: it never pings."""

from __future__ import annotations

from sommet.formatting import format_span
from sommet.i18n import text
from sommet.models import Event
from sommet.names import shown_name
from sommet.store import Store

MOST_EVENTS = 10
_LIMIT = 2000  # Discord's message length


def digest_text(store: Store, events: list[Event], *, guild_id: int, lang: str) -> str | None:
    """The digest for one server, or None when none of the events is visible there."""
    lines = []
    visible = [e for e in (store.event(event.id, guild_id=guild_id) for event in events) if e is not None]
    for event in visible[:MOST_EVENTS]:
        parts = [f"**{_plain(shown_name(event, lang))}**"]
        if event.start is not None:
            parts.append(format_span(event.start, event.end, lang))
        place = event.location.label() if event.location else ""
        if place:
            parts.append(_plain(place))
        sources = store.sources("event", event.id, guild_id=guild_id)
        link = next((s.url for s in reversed(sources) if s.url), None)
        if link:
            parts.append(f"<{link}>")
        lines.append("• " + " — ".join(parts))
    if not lines:
        return None
    if len(visible) > MOST_EVENTS:
        lines.append(text("digest.more", lang, count=len(visible) - MOST_EVENTS))
    out = text("digest.title", lang) + "\n" + "\n".join(lines)
    return out if len(out) <= _LIMIT else out[: _LIMIT - 1] + "…"


def _plain(value: str) -> str:
    """Names come from documents: markdown in them is shown, not applied."""
    return "".join("\\" + c if c in "*_~`|>[]()" else c for c in value)

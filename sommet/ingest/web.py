"""A fetched web page as a document: trafilatura takes the article and its metadata, then our cleaner
reads that text as it reads any document (``bench.fulltext`` measures why both, in that order)."""

from __future__ import annotations

import asyncio
import hashlib
import re
from urllib.parse import urlsplit

from sommet.fetch import FetchError, Policy, fetch
from sommet.ingest.clean import normalise_text
from sommet.ingest.pipeline import Source

_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([\w-]+)""", re.IGNORECASE)
_LONGEST_NAME = 120
_SPACES = re.compile(r"\s+")


def page_source(url: str, raw: bytes, *, charset: str | None = None) -> Source | None:
    """The article of an HTML page, as a Markdown document with its metadata as front matter.

    Its identity is the sha256 of the article's text (not of the page, whose menus, ads and
    counters change from one fetch to the next), so a page met again under another URL is known.
    None when trafilatura finds no article in the page.
    """
    import trafilatura  # 23 MB with lxml and dateparser, ~1.5 s to import: only when a page arrives

    page = decode(raw, charset)
    found = trafilatura.bare_extraction(
        page, url=url, with_metadata=True, include_comments=False, include_tables=False
    )
    body = (found.text or "").strip() if found is not None else ""
    if not body:
        return None
    text = _front_matter(
        title=found.title, date=found.date, source=found.sitename, author=found.author
    ) + body.replace("\n", "\n\n")
    identity = hashlib.sha256(_SPACES.sub(" ", normalise_text(body)).encode("utf-8")).hexdigest()
    return Source(text, "md", file_name=document_name(url), sha256=identity, url=url)


def decode(raw: bytes, charset: str | None) -> str:
    """The page's text in its declared encoding (header, then ``<meta charset>``), else UTF-8."""
    declared = charset or _meta_charset(raw)
    for encoding in (declared, "utf-8"):
        if not encoding:
            continue
        try:
            return raw.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    return raw.decode("utf-8", errors="replace")


def document_name(url: str) -> str:
    """How a page is named where a file name would be: host and path, shortened."""
    parts = urlsplit(url)
    name = (parts.netloc + parts.path).rstrip("/") or url
    return name if len(name) <= _LONGEST_NAME else name[: _LONGEST_NAME - 1] + "…"


def _meta_charset(raw: bytes) -> str | None:
    found = _CHARSET.search(raw[:4096])
    return found.group(1).decode("ascii") if found else None


def _front_matter(**fields: str | None) -> str:
    lines = [f"{key}: {' '.join(value.split())}" for key, value in fields.items() if value]
    return "---\n" + "\n".join(lines) + "\n---\n\n" if lines else ""


async def fetch_page(url: str, policy: Policy) -> Source:
    """Fetch a page within ``policy`` and read its article (off the event loop); FetchError otherwise."""
    fetched = await fetch(url, policy)
    source = await asyncio.to_thread(page_source, fetched.url, fetched.body, charset=fetched.charset)
    if source is None:
        raise FetchError("fetch.no_article")
    return source

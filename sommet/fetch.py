"""Fetching a URL safely: bounded in time, size and redirects, only the content types asked for, and
never the host's own network (loopback, private, link-local) unless the operator allows it.

A URL given in Discord is a member's choice, not the operator's: without these bounds a member
could make the bot probe the machine it runs on, or read a gigabyte.
"""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass, replace
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import aiohttp
from aiohttp.abc import AbstractResolver, ResolveResult
from aiohttp.resolver import ThreadedResolver

from sommet.errors import UserError

USER_AGENT = "SommetBot/0.1 (+https://github.com/sommet-bot/sommet; news reader for an AI-governance team)"
PAGE_TYPES = frozenset({"text/html", "application/xhtml+xml"})
FEED_TYPES = frozenset(
    {"application/rss+xml", "application/atom+xml", "application/xml", "text/xml", "application/rdf+xml"}
)
_CHUNK = 65_536
_ROBOTS_BYTES = 200_000


@dataclass(frozen=True)
class Policy:
    """The bounds of one fetch. ``allow_private`` lets tests and trusted operators reach 127.0.0.1."""

    timeout: float = 20.0
    max_bytes: int = 2_000_000
    max_redirects: int = 5
    allow_private: bool = False
    accept: frozenset[str] = PAGE_TYPES


@dataclass(frozen=True)
class Fetched:
    """An answer: the final URL (after redirects), its body and the validators for the next request."""

    url: str
    status: int
    content_type: str | None
    charset: str | None
    body: bytes
    etag: str | None = None
    last_modified: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


class FetchError(UserError):
    """A fetch that failed or was refused; its message says why, for the person or the feed's status."""


def check_url(url: str) -> str:
    """An http(s) URL with a host, stripped; otherwise a polite error."""
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname or len(url) > 2000:
        raise FetchError("fetch.bad_url", url=url[:200])
    return url


def public_address(address: str) -> bool:
    """Whether an IP address is on the public internet (not loopback, private, link-local, reserved)."""
    ip = ipaddress.ip_address(address.split("%")[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


class _PublicResolver(AbstractResolver):
    """Resolves names, then keeps only public addresses: the connection uses what was checked, so a
    name that resolves to a private address a second time (DNS rebinding) cannot slip through."""

    def __init__(self) -> None:
        self._resolver = ThreadedResolver()

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        found = await self._resolver.resolve(host, port, family)
        public = [entry for entry in found if public_address(entry["host"])]
        if not public:
            raise FetchError("fetch.private", host=host[:100])
        return public

    async def close(self) -> None:
        await self._resolver.close()


async def fetch(
    url: str, policy: Policy, *, etag: str | None = None, last_modified: str | None = None
) -> Fetched:
    """GET ``url`` within ``policy``, following at most ``max_redirects`` redirects, each checked.

    Raises FetchError for a bad URL, a private address, a timeout, an error status, a wrong
    content type or a body over the size limit. A 304 (with ``etag``/``last_modified``) is returned.
    """
    url = check_url(url)
    headers = {"User-Agent": USER_AGENT, "Accept": ", ".join(sorted(policy.accept)) + ", */*;q=0.1"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    connector = aiohttp.TCPConnector(resolver=None if policy.allow_private else _PublicResolver())
    timeout = aiohttp.ClientTimeout(total=policy.timeout, sock_connect=min(policy.timeout, 10))
    try:
        async with aiohttp.ClientSession(connector=connector, timeout=timeout, headers=headers) as session:
            for _ in range(policy.max_redirects + 1):
                _check_host(url, policy)
                async with session.get(url, allow_redirects=False) as response:
                    if response.status in (301, 302, 303, 307, 308) and "Location" in response.headers:
                        url = check_url(urljoin(url, response.headers["Location"]))
                        continue
                    return await _read(url, response, policy)
            raise FetchError("fetch.redirects", count=policy.max_redirects)
    except TimeoutError:
        raise FetchError("fetch.timeout", seconds=int(policy.timeout)) from None
    except aiohttp.ClientError as error:
        raise FetchError("fetch.failed", reason=type(error).__name__) from None


def _check_host(url: str, policy: Policy) -> None:
    """An address written in the URL never reaches the resolver: check it here."""
    host = urlsplit(url).hostname or ""
    if policy.allow_private:
        return
    try:
        literal = public_address(host)
    except ValueError:
        if host.lower() == "localhost" or host.lower().endswith(".localhost"):
            raise FetchError("fetch.private", host=host[:100]) from None
        return  # a name: the resolver checks its addresses
    if not literal:
        raise FetchError("fetch.private", host=host[:100])


async def _read(url: str, response: aiohttp.ClientResponse, policy: Policy) -> Fetched:
    if response.status == 304:
        return Fetched(
            url, 304, None, None, b"", response.headers.get("ETag"), response.headers.get("Last-Modified")
        )
    if response.status >= 400:
        raise FetchError("fetch.status", status=response.status)
    content_type = response.content_type
    if content_type not in policy.accept:
        raise FetchError("fetch.wrong_type", content_type=content_type[:60])
    if (response.content_length or 0) > policy.max_bytes:
        raise FetchError("fetch.too_big", limit=policy.max_bytes // 1000)
    body = bytearray()
    async for chunk in response.content.iter_chunked(_CHUNK):
        body.extend(chunk)
        if len(body) > policy.max_bytes:
            raise FetchError("fetch.too_big", limit=policy.max_bytes // 1000)
    return Fetched(
        url,
        response.status,
        content_type,
        response.charset,
        bytes(body),
        response.headers.get("ETag"),
        response.headers.get("Last-Modified"),
    )


async def robots_allow(url: str, policy: Policy) -> bool:
    """Whether the site's robots.txt lets SommetBot fetch ``url`` (RFC 9309: none, or a 4xx, allows all).

    Checked for feeds added from Discord, whose sites did not choose to be read by this bot.
    """
    parts = urlsplit(check_url(url))
    robots = f"{parts.scheme}://{parts.netloc}/robots.txt"
    try:
        fetched = await fetch(
            robots, replace(policy, accept=frozenset({"text/plain"}), max_bytes=_ROBOTS_BYTES)
        )
    except FetchError as error:
        if error.message.key == "fetch.status" and 400 <= error.message.params["status"] < 500:
            return True
        raise
    parser = RobotFileParser()
    parser.parse(fetched.body.decode("utf-8", errors="replace").splitlines())
    return parser.can_fetch("SommetBot", url)

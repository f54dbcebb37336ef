"""Safe fetching against a local server: bounds on time, size, type, redirects and addresses."""

from __future__ import annotations

import pytest

from sommet.fetch import FEED_TYPES, FetchError, Policy, check_url, fetch, public_address
from tests.web import answer, endless, local_site, redirect, slow

LOCAL = Policy(allow_private=True, timeout=2.0, max_bytes=50_000)


async def test_a_page_is_fetched_with_a_clear_user_agent():
    with local_site({"/a": answer("<p>Bonjour</p>", ETag='"v1"')}) as site:
        got = await fetch(site.url("/a"), LOCAL)
    assert (got.status, got.body, got.etag, got.content_type) == (200, b"<p>Bonjour</p>", '"v1"', "text/html")
    assert site.hits[0][1]["User-Agent"].startswith("SommetBot/")


@pytest.mark.parametrize(
    ("route", "key"),
    [
        (answer("nope", status=404), "fetch.status"),
        (answer("boom", status=500), "fetch.status"),
        (answer(b"%PDF-1.7", content_type="application/pdf"), "fetch.wrong_type"),
        (answer("x" * 60_000), "fetch.too_big"),
        (endless(), "fetch.too_big"),
        (slow(4), "fetch.timeout"),
    ],
    ids=["404", "500", "pdf", "content-length-too-big", "endless-body", "slow"],
)
async def test_bad_answers_are_refused_with_a_reason(route, key):
    with local_site({"/x": route}) as site, pytest.raises(FetchError) as refused:
        await fetch(site.url("/x"), LOCAL)
    assert refused.value.message.key == key


async def test_redirects_are_followed_and_bounded():
    routes = {"/r0": redirect("/r1"), "/r1": redirect("/page"), "/page": answer("<p>ok</p>")}
    routes |= {f"/loop{i}": redirect(f"/loop{i + 1}") for i in range(10)}
    with local_site(routes) as site:
        got = await fetch(site.url("/r0"), LOCAL)
        assert got.url == site.url("/page")
        with pytest.raises(FetchError) as refused:
            await fetch(site.url("/loop0"), LOCAL)
    assert refused.value.message.key == "fetch.redirects"


async def test_private_addresses_are_refused_unless_allowed():
    with local_site({"/a": answer("<p>secret</p>")}) as site:
        for url in (site.url("/a"), site.url("/a").replace("127.0.0.1", "localhost")):
            with pytest.raises(FetchError) as refused:
                await fetch(url, Policy())
            assert refused.value.message.key == "fetch.private"
        assert site.hits == []  # refused before any request was made


async def test_a_redirect_to_a_private_address_is_refused(monkeypatch):
    # Let this test's server count as public, so that only the redirect's target is private.
    real = public_address
    monkeypatch.setattr("sommet.fetch.public_address", lambda a: a == "127.0.0.1" or real(a))
    with local_site({"/r": redirect("http://10.0.0.1/admin")}) as site:
        with pytest.raises(FetchError) as refused:
            await fetch(site.url("/r"), Policy(timeout=2.0))
        assert [path for path, _ in site.hits] == ["/r"]
    assert refused.value.message.key == "fetch.private"


async def test_conditional_requests_send_validators_and_accept_304():
    with local_site({"/feed": answer("", status=304, content_type="application/rss+xml")}) as site:
        got = await fetch(site.url("/feed"), Policy(allow_private=True, accept=FEED_TYPES), etag='"v1"')
    assert got.not_modified
    assert site.hits[0][1]["If-None-Match"] == '"v1"'


@pytest.mark.parametrize("url", ["ftp://example.org/a", "javascript:alert(1)", "example.org", "http://", ""])
def test_urls_that_are_not_web_addresses_are_refused(url):
    with pytest.raises(FetchError):
        check_url(url)


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("127.0.0.1", False),
        ("10.1.2.3", False),
        ("192.168.0.1", False),
        ("169.254.169.254", False),
        ("::1", False),
        ("::ffff:127.0.0.1", False),
        ("fc00::1", False),
        ("0.0.0.0", False),
        ("93.184.216.34", True),
        ("2606:4700::1111", True),
    ],
)
def test_only_public_addresses_count_as_public(address, public):
    assert public_address(address) is public

"""News pages wrapped in site furniture, and a local HTTP server on 127.0.0.1 that serves them.

Shared by the fetching and feed tests and by ``bench.fulltext``, which scores text extractors on
the same pages. The server runs in a thread, answers only while its ``with`` block runs, and each
answer is bounded (the slow one sleeps a few seconds at most).
"""

from __future__ import annotations

import html
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"

_MENU = ["Accueil", "International", "Économie", "Tech", "Culture", "Sport", "Opinions", "Podcasts"]
_COMMENTS = [
    (
        "Jean-Pierre Lemaire",
        "Encore un sommet où les grandes puissances se félicitent entre elles pendant que les "
        "citoyens ne sont jamais consultés sur les sujets qui les concernent directement.",
    ),
    (
        "Sarah Whitfield",
        "I attended the conference in Montreal last year and the speeches were long on promises "
        "and short on commitments, so I will believe it when I see the budget.",
    ),
    (
        "Marc Dubois",
        "Quelqu'un sait si les vidéos des tables rondes seront mises en ligne après la réunion ? "
        "Je n'ai pas pu me libérer cette semaine et le sujet m'intéresse beaucoup.",
    ),
]
_RELATED = [
    "Le Forum de Genève sur la gouvernance numérique aura lieu en novembre 2027",
    "Why the Lisbon Data Conference was postponed again",
    "Cinq questions sur la Semaine européenne de la cybersécurité",
]


_NEWSLETTER = """<div class="newsletter"><p>Recevez chaque matin notre lettre sur la régulation de
l'intelligence artificielle : inscrivez-vous gratuitement, désinscription en un clic.</p></div>"""


@dataclass(frozen=True)
class Article:
    """An article as a reader sees it: headline, date, author, site and body paragraphs."""

    title: str
    published: str  # ISO date
    author: str
    site: str
    lang: str
    paragraphs: list[str]


def article_from_fixture(name: str, *, site: str, lang: str) -> Article:
    """A fixture text (headline, byline, date, then paragraphs) as an article; its furniture dropped."""
    blocks = [b.strip() for b in (FIXTURES / name).read_text(encoding="utf-8").split("\n\n") if b.strip()]
    body = [b for b in blocks[1:] if len(b.split()) > 12 and "\n" not in b]
    return Article(blocks[0], "2026-03-12", "Staff Reporter", site, lang, body)


def articles() -> list[Article]:
    """The articles the tests and the bench serve: French and English, from the test fixtures."""
    return [
        article_from_fixture("english_summit.txt", site="Example News", lang="en"),
        article_from_fixture("english_ministerial.txt", site="Policy Wire", lang="en"),
        article_from_fixture("french_programme_dakar.txt", site="Le Fil Tech", lang="fr"),
    ]


def news_page(article: Article, *, comments: bool = True, semantic: bool = True, inline: bool = False) -> str:
    """An article inside a site: menu, breadcrumbs, share buttons, related links, newsletter box,
    readers' comments and footer. ``semantic=False`` uses only ``div``s with meaningless class names,
    as many CMS themes do;
    ``inline=True`` puts a "read also" box inside the body and neither share bar nor newsletter
    after it, so that the comments follow the article directly."""
    if semantic:
        box, end = (lambda tag, cls: f'<{tag} class="{cls}">'), (lambda tag: f"</{tag}>")
    else:  # a theme's generated class names say nothing about what a block holds
        box, end = (lambda _tag, cls: f'<div class="b-{len(cls)}">'), (lambda _tag: "</div>")
    menu = "".join(f'<li><a href="/{m.lower()}">{m}</a></li>' for m in _MENU)
    paragraphs = [f"<p>{html.escape(p)}</p>" for p in article.paragraphs]
    if inline:
        paragraphs.insert(
            1, f'<div class="read-also"><b>Lire aussi</b> <a href="/a/9">{html.escape(_RELATED[0])}</a></div>'
        )
    body = "".join(paragraphs)
    related = "".join(f'<li><a href="/a/{i}">{html.escape(r)}</a></li>' for i, r in enumerate(_RELATED))
    talk = "".join(
        f'<div class="c{i}"><span>{html.escape(who)}</span><p>{html.escape(said)}</p></div>'
        for i, (who, said) in enumerate(_COMMENTS)
    )
    return f"""<!doctype html>
<html lang="{article.lang}"><head><meta charset="utf-8">
<title>{html.escape(article.title)} - {html.escape(article.site)}</title>
<meta property="og:site_name" content="{html.escape(article.site)}">
<meta property="og:title" content="{html.escape(article.title)}">
<meta property="article:published_time" content="{article.published}T08:00:00+00:00">
<meta name="author" content="{html.escape(article.author)}">
</head><body>
{box("nav", "menu")}<ul>{menu}</ul>{end("nav")}
{box("header", "masthead")}<p>{html.escape(article.site)} — le journal des politiques numériques</p>{end("header")}
<div class="breadcrumbs"><a href="/">Accueil</a> › <a href="/tech">Tech</a></div>
{box("main", "content")}{box("article", "story")}
<h1>{html.escape(article.title)}</h1>
<p class="byline">Par {html.escape(article.author)}, le {article.published}</p>
<div class="share"><a href="#">Partager sur Facebook</a> <a href="#">Share on LinkedIn</a> <a href="#">Tweet</a></div>
<div class="article-body">{body}</div>
{"" if inline else '<div class="share"><a href="#">Partager l&#39;article</a> <a href="#">Imprimer</a></div>'}
{end("article")}
{box("aside", "related")}<h2>À lire aussi</h2><ul>{related}</ul>{end("aside")}
{"" if inline else _NEWSLETTER}
{box("section", "comments") + "<h2>Commentaires</h2>" + talk + end("section") if comments else ""}
{end("main")}
{box("footer", "site-footer")}<p>© 2026 {html.escape(article.site)}. Tous droits réservés.
Mentions légales · Confidentialité · Nous contacter</p>{end("footer")}
<script>window.analytics = {{"site": "tracker"}};</script>
</body></html>"""


# ---------------------------------------------------------------------------- server

Handler = Callable[[BaseHTTPRequestHandler], None]


def answer(
    body: bytes | str, *, status: int = 200, content_type: str = "text/html; charset=utf-8", **headers: str
) -> Handler:
    """A route answering the same bytes every time."""
    data = body.encode("utf-8") if isinstance(body, str) else body

    def respond(request: BaseHTTPRequestHandler) -> None:
        request.send_response(status)
        request.send_header("Content-Type", content_type)
        request.send_header("Content-Length", str(len(data)))
        for name, value in headers.items():
            request.send_header(name.replace("_", "-"), value)
        request.end_headers()
        request.wfile.write(data)

    return respond


def redirect(to: str, *, status: int = 302) -> Handler:
    def respond(request: BaseHTTPRequestHandler) -> None:
        request.send_response(status)
        request.send_header("Location", to)
        request.send_header("Content-Length", "0")
        request.end_headers()

    return respond


def slow(seconds: float) -> Handler:
    """Headers at once, then a body that takes ``seconds`` to come (bounded: the server stops it)."""

    def respond(request: BaseHTTPRequestHandler) -> None:
        request.send_response(200)
        request.send_header("Content-Type", "text/html")
        request.end_headers()
        time.sleep(min(seconds, 5))
        request.wfile.write(b"<p>late</p>")

    return respond


def endless(chunk: bytes = b"<p>" + b"x" * 1000 + b"</p>", *, limit: int = 20_000_000) -> Handler:
    """An answer with no Content-Length that keeps coming (up to ``limit`` bytes, then stops)."""

    def respond(request: BaseHTTPRequestHandler) -> None:
        request.send_response(200)
        request.send_header("Content-Type", "text/html")
        request.end_headers()
        sent = 0
        try:
            while sent < limit:
                request.wfile.write(chunk)
                sent += len(chunk)
        except OSError:
            pass  # the client stopped reading, as it should

    return respond


class _Handler(BaseHTTPRequestHandler):
    routes: dict[str, Handler]
    hits: list[tuple[str, dict[str, str]]]

    def do_GET(self) -> None:
        self.hits.append((self.path, dict(self.headers)))
        route = self.routes.get(self.path)
        if route is None:
            answer("<h1>Not found</h1>", status=404)(self)
        else:
            route(self)

    def log_message(self, *_args: object) -> None:
        pass


@dataclass
class Site:
    """A running local server: its base URL, its routes (editable while it runs) and the requests it saw."""

    base: str
    routes: dict[str, Handler]
    hits: list[tuple[str, dict[str, str]]]

    def url(self, path: str) -> str:
        return self.base + path


@contextmanager
def local_site(routes: dict[str, Handler] | None = None) -> Iterator[Site]:
    """Serve ``routes`` on 127.0.0.1 (a free port) for the duration of the block."""
    table: dict[str, Handler] = dict(routes or {})
    hits: list[tuple[str, dict[str, str]]] = []
    handler = type("Handler", (_Handler,), {"routes": table, "hits": hits})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield Site(f"http://127.0.0.1:{server.server_address[1]}", table, hits)
    finally:
        server.shutdown()
        server.server_close()


# ---------------------------------------------------------------------------- feeds


def rss(title: str, links: list[tuple[str, str]]) -> str:
    """An RSS 2.0 feed listing (title, link) items."""
    items = "".join(
        f"<item><title>{html.escape(t)}</title><link>{html.escape(u)}</link><guid>{html.escape(u)}</guid></item>"
        for t, u in links
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>{html.escape(title)}</title>{items}</channel></rss>'


def atom(title: str, links: list[tuple[str, str]]) -> str:
    """An Atom feed listing (title, link) entries."""
    entries = "".join(
        f'<entry><title>{html.escape(t)}</title><link href="{html.escape(u)}"/><id>{html.escape(u)}</id>'
        "<updated>2026-11-30T08:00:00Z</updated></entry>"
        for t, u in links
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>{html.escape(title)}</title><id>urn:feed</id><updated>2026-11-30T08:00:00Z</updated>{entries}</feed>"
    )


def conditional(body: str, *, content_type: str = "application/rss+xml", etag: str = '"v1"') -> Handler:
    """A feed that answers 304 Not Modified to a request carrying its ETag."""
    full = answer(body, content_type=content_type, ETag=etag)
    unchanged = answer(b"", status=304, content_type=content_type, ETag=etag)

    def respond(request: BaseHTTPRequestHandler) -> None:
        (unchanged if request.headers.get("If-None-Match") == etag else full)(request)

    return respond

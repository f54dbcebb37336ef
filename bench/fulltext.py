"""Which reads a news page better: our cleaner, trafilatura, or trafilatura then our cleaner?

Each article of ``tests/web.py`` is served inside site furniture (menu, share buttons, related
links, newsletter box, readers' comments, footer), with semantic tags and with ``div``s only, plus
the hand-made ``tests/fixtures/french_forum.html``. An extractor's paragraphs are scored by words:
recall is the share of the article's words it kept, noise the share of its words that are not the
article's (furniture and comments). Run: ``python -m bench.fulltext``.
"""

from __future__ import annotations

import re
import time
from collections import Counter
from collections.abc import Callable

from sommet.ingest.clean import normalise_text, read_page
from sommet.ingest.web import page_source
from tests.web import FIXTURES, articles, news_page

_WORDS = re.compile(r"\w+")


def words(text: str) -> Counter[str]:
    return Counter(w.lower() for w in _WORDS.findall(normalise_text(text)))


def cleaner(page: str) -> list[str]:
    return read_page(page, "html").paragraphs


def trafilatura_alone(page: str) -> list[str]:
    source = page_source("https://news.example/a", page.encode("utf-8"))
    if source is None:
        return []
    body = source.text.split("\n---\n", 1)[-1]
    return [p for p in body.split("\n\n") if p.strip()]


def trafilatura_then_cleaner(page: str) -> list[str]:
    source = page_source("https://news.example/a", page.encode("utf-8"))
    return read_page(source.text, "md").paragraphs if source is not None else []


def score(extracted: list[str], truth: list[str]) -> tuple[float, float]:
    got, want = words(" ".join(extracted)), words(" ".join(truth))
    kept = sum((got & want).values())
    return kept / max(sum(want.values()), 1), 1 - kept / max(sum(got.values()), 1)


def cases() -> list[tuple[str, str, list[str]]]:
    out: list[tuple[str, str, list[str]]] = []
    for article in articles():
        for semantic in (True, False):
            for inline in (False, True):
                label = f"{article.site} ({'tags' if semantic else 'divs'}{', inline' if inline else ''})"
                out.append((label, news_page(article, semantic=semantic, inline=inline), article.paragraphs))
    forum = (FIXTURES / "french_forum.html").read_text(encoding="utf-8")
    body = forum.split("<article>")[1].split('<div class="share')[0]
    out.append(("french_forum.html", forum, [re.sub(r"<[^>]+>", " ", body)]))
    return out


def main() -> None:
    extractors: dict[str, Callable[[str], list[str]]] = {
        "cleaner": cleaner,
        "trafilatura": trafilatura_alone,
        "trafilatura+cleaner": trafilatura_then_cleaner,
    }
    trafilatura_alone("<html><body><p>warm up the import</p></body></html>")
    print(f"{'page':34} " + " ".join(f"{name:>22}" for name in extractors))
    totals = {name: [0.0, 0.0, 0.0] for name in extractors}
    all_cases = cases()
    for label, page, truth in all_cases:
        row = []
        for name, extract in extractors.items():
            started = time.perf_counter()
            recall, noise = score(extract(page), truth)
            totals[name][2] += time.perf_counter() - started
            totals[name][0] += recall
            totals[name][1] += noise
            row.append(f"r {recall:.2f} noise {noise:.2f}")
        print(f"{label[:34]:34} " + " ".join(f"{cell:>22}" for cell in row))
    n = len(all_cases)
    print(
        f"{'mean (ms per page)':34} "
        + " ".join(f"r {r / n:.2f} n {z / n:.2f} {1000 * s / n:4.0f}ms" for r, z, s in totals.values())
    )


if __name__ == "__main__":
    main()

"""Well-known institutions, countries, regions and media, read from data files users can extend."""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from sommet.search import normalise

GAZETTEER_FILE = Path(__file__).resolve().parent.parent.parent / "data" / "gazetteer.json"
ENV_VAR = "SOMMET_GAZETTEER"
KINDS = ("organisation", "country", "region", "place", "media")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Known:
    """An entry: its canonical name, kind, and every other name (with its language when known).

    ``institution`` marks a place named for the power seated there ("l'Élysée" for the French
    presidency): a location for events, and an organisation as an actor.
    """

    name: str
    kind: str
    aliases: tuple[tuple[str, str | None], ...]
    institution: bool = False

    @property
    def actor_kind(self) -> str | None:
        """The kind of actor the entry is, if any: media, regions and plain places are none."""
        if self.kind in ("organisation", "country"):
            return self.kind
        return "organisation" if self.institution else None

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *(alias for alias, _ in self.aliases))


@dataclass(frozen=True)
class Hit:
    """Where the text names a known entry."""

    start: int
    end: int
    known: Known


class Gazetteer:
    """Looks names up by their normalised form, and finds them in running text."""

    def __init__(self, entries: list[Known]) -> None:
        self._by_key: dict[tuple[str, ...], Known] = {}
        self._exact_case: set[tuple[str, ...]] = set()
        # Which words after the first a name writes with a capital: "La Réunion" is not "La réunion".
        self._capitals: dict[tuple[str, ...], list[tuple[bool, ...]]] = {}
        for known in entries:
            for name in known.names:
                key = tuple(normalise(name).split())
                if not key:
                    continue
                self._by_key.setdefault(key, known)
                written = name.split()
                if len(written) == len(key) > 1:
                    self._capitals.setdefault(key, []).append(tuple(w[:1].isupper() for w in written[1:]))
                if name.isupper() and len(name) <= 4:
                    # "UE", "AP": only in capitals, or ordinary words would match ("Unesco" may be written so).
                    self._exact_case.add(key)
        # Which name lengths start with each word, so that lookups try only those.
        self._sizes: dict[str, list[int]] = {}
        for key in self._by_key:
            self._sizes.setdefault(key[0], []).append(len(key))
        for sizes in self._sizes.values():
            sizes[:] = sorted(set(sizes), reverse=True)

    def __len__(self) -> int:
        return len(self._by_key)

    def lookup(self, name: str) -> Known | None:
        return self._by_key.get(tuple(normalise(name).split()))

    def _capitalised_as_known(self, key: tuple[str, ...], following: list[re.Match[str]]) -> bool:
        patterns = self._capitals.get(key)
        if not patterns or len(following) != len(key) - 1:
            return True
        written = [word.group(0)[:1].isupper() for word in following]
        return any(all(w or not p for w, p in zip(written, pattern, strict=True)) for pattern in patterns)

    def find(self, text: str) -> list[Hit]:
        """Every longest known name in the text that starts with a capital letter."""
        words = list(_WORD.finditer(text))
        keys = [_key(w.group(0)) for w in words]
        hits: list[Hit] = []
        index = 0
        while index < len(words):
            first = words[index].group(0)
            found = None
            if first[0].isupper() or first[0].isdigit():
                for size in self._sizes.get(keys[index], ()):
                    if index + size > len(words):
                        continue
                    key = tuple(keys[index : index + size])
                    known = self._by_key.get(key)
                    if known is None:
                        continue
                    span = text[words[index].start() : words[index + size - 1].end()]
                    if key in self._exact_case and not span.replace(" ", "").replace("-", "").isupper():
                        continue
                    if not self._capitalised_as_known(key, words[index + 1 : index + size]):
                        continue
                    found = Hit(words[index].start(), words[index + size - 1].end(), known)
                    index += size
                    break
            if found:
                hits.append(found)
            else:
                index += 1
        return hits


@lru_cache(maxsize=65536)
def _key(word: str) -> str:
    return normalise(word)


def _entries(path: Path) -> list[Known]:
    data = json.loads(path.read_text(encoding="utf-8"))
    items = data["entries"] if isinstance(data, dict) else data
    out = []
    for item in items:
        if item.get("kind") not in KINDS:
            raise ValueError(
                f"{path}: {item.get('name')!r} has kind {item.get('kind')!r}, not one of {KINDS}"
            )
        aliases = tuple(
            (alias, None) if isinstance(alias, str) else (alias["name"], alias.get("lang"))
            for alias in item.get("aliases", [])
        )
        out.append(Known(item["name"], item["kind"], aliases, bool(item.get("institution"))))
    return out


def user_files() -> tuple[Path, ...]:
    """The extra files named by SOMMET_GAZETTEER (separated like PATH)."""
    value = os.environ.get(ENV_VAR, "")
    return tuple(Path(part) for part in value.split(os.pathsep) if part)


@cache
def load(extra: tuple[Path, ...] = ()) -> Gazetteer:
    """The shipped gazetteer with the user's files; a user entry wins over a shipped one."""
    entries: list[Known] = []
    for path in reversed((GAZETTEER_FILE, *extra)):
        entries.extend(_entries(path))
    return Gazetteer(entries)


def default() -> Gazetteer:
    return load(user_files())

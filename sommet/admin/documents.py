"""Admins adding documents (upload, preview, ingest), forgetting them, and following sources."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import PurePath
from typing import TYPE_CHECKING

from sommet.admin.core import UPLOAD_BYTES, AdminBase, Change, Who, ingest_counts
from sommet.errors import UserError
from sommet.store.documents import Document, Forgotten

if TYPE_CHECKING:
    from sommet.dates import PartialDate
    from sommet.fetch import Policy
    from sommet.ingest.merge import MergeReport
    from sommet.ingest.model import Extraction
    from sommet.ingest.pipeline import Source


class DocumentEdits(AdminBase):
    """Documents and followed sources."""

    # ----------------------------------------------------------------- ingest
    # The pipeline loads spaCy, so it is imported when a document first arrives, not at start-up.

    def read_upload(self, file_name: str, raw: bytes, *, guild_id: int | None = None) -> Source:
        """An uploaded document, checked: a .txt, .md or .html text of at most 1 MB, not read before
        where this server's documents go."""
        from sommet.ingest.clean import FORMATS
        from sommet.ingest.pipeline import source_from_bytes

        if len(raw) > UPLOAD_BYTES:
            raise UserError("ingest.too_big", size=len(raw))
        if PurePath(file_name).suffix.lower() not in FORMATS:
            raise UserError("ingest.wrong_type")
        try:
            if b"\x00" in raw:
                raise UnicodeDecodeError("utf-8", raw, 0, 1, "NUL byte")
            raw.decode("utf-8")
        except UnicodeDecodeError:
            raise UserError("ingest.not_text") from None
        source = source_from_bytes(file_name, raw)
        self._check_new(source, file_name, guild_id)
        return source

    async def read_link(self, url: str, policy: Policy, *, guild_id: int | None = None) -> Source:
        """A news page fetched within ``policy`` and read to its article; not read before (by URL
        or by text) where this server's documents go. FetchError (a UserError) says why a link
        cannot be read."""
        from sommet.fetch import check_url
        from sommet.ingest.web import fetch_page

        url = check_url(url)
        if self.store.documents.by_url(url, guild_id=self.publishes_to(guild_id)) is not None:
            raise UserError("ingest.known", name=url[:100])
        source = await fetch_page(url, policy)
        self._check_new(source, url, guild_id)
        return source

    def _check_new(self, source: Source, name: str, guild_id: int | None) -> None:
        """Refuse a text already read where this server's documents go (another server's private
        copy does not count: it is theirs)."""
        if self.store.document_by_hash(source.sha256 or "", guild_id=self.publishes_to(guild_id)):
            raise UserError("ingest.known", name=name[:100])

    @staticmethod
    def extract(source: Source, era: PartialDate | None = None) -> Extraction:
        """Read a document into facts, near ``era`` when it writes days without a year (see the
        ``era_of``). Blocking (spaCy): callers run it off the event loop."""
        from sommet.ingest.pipeline import extract_many

        return next(extract_many([source], era=(lambda _extraction: era) if era else None))

    def era_of(self, extraction: Extraction, *, guild_id: int | None = None) -> PartialDate | None:
        """The date of the first known entry an excerpt without years names, in this server's view."""
        from sommet.ingest.merge import era_in

        return era_in(self.store, extraction, guild_id=self.publishes_to(guild_id))

    def preview_ingest(self, extraction: Extraction, *, guild_id: int | None = None) -> MergeReport:
        """What merging would add and merge in this server's view, with the store left as it was."""
        from sommet.ingest.merge import plan

        return plan(self.store, [extraction], guild_id=self.publishes_to(guild_id)).reports[0]

    def ingest(self, who: Who, extraction: Extraction) -> Change:
        """Merge a document's facts and record who did it, in one transaction: seen by every
        server when the operator trusts this one, else by this server only."""
        from sommet.ingest.merge import merge

        scope = self.publishes_to(who.guild_id)
        with self.store.transaction():
            sha256 = extraction.sha256
            if sha256 and self.store.document_by_hash(sha256, guild_id=scope) is not None:
                raise UserError("ingest.known", name=(extraction.file_name or "")[:100])
            report = merge(self.store, extraction, guild_id=scope)
            if report.document_id is not None and scope is None:
                self.store.documents.claim(report.document_id, who.guild_id)
            summary = extraction.title or extraction.file_name or ""
            return self._record(who, "ingest", None, None, summary[:200], None, ingest_counts(report))

    # ------------------------------------------------------------ documents

    def own_document(self, guild_id: int, ref: str) -> Document:
        """One of the documents this server may forget, by name, link or hash prefix: those it
        added, but a document it shared (while trusted) only while the operator still trusts it,
        as forgetting that changes what every server sees."""
        return self.store.documents.find(ref, guild_id=guild_id, private_only=guild_id not in self.trusted)

    def own_documents(self, guild_id: int, current: str) -> list[Document]:
        """The documents this server may forget whose name, title or link contains ``current``."""
        return self.store.documents.names(
            current, guild_id=guild_id, private_only=guild_id not in self.trusted
        )

    def _may_forget(self, guild_id: int, document: Document) -> bool:
        return document.guild_id == guild_id and (document.private or guild_id in self.trusted)

    def preview_forget(self, document: Document) -> Forgotten:
        """What forgetting would remove and keep, with the store left as it was."""
        return self.store.documents.would_forget(document.id)

    def forget(self, who: Who, document: Document) -> Change:
        """Forget one of this server's documents and what only it supports, recorded with all it
        removed (so that Undo can put it back), in one transaction."""
        with self.store.transaction():
            current = self.store.documents.get(document.id)
            if current is None or not self._may_forget(who.guild_id, current):  # forgotten meanwhile
                raise UserError("forget.unknown", ref=document.name[:100])
            forgotten = self.store.documents.forget(document.id)
            return self._record(
                who,
                "document.forget",
                None,
                document.id,
                forgotten.document[:200],
                None,
                forgotten.counts(),
                {"forgotten": asdict(forgotten)},
            )

    # -------------------------------------------------------------- sources

    def add_source(self, who: Who, url: str, title: str | None) -> Change:
        """Follow a feed for this server (checked beforehand by the caller), recorded in its history."""
        with self.store.transaction():
            feed = self.store.feeds.add(url, guild_id=who.guild_id, now=who.now)
            return self._record(who, "source.add", None, feed.id, (title or url)[:200], None, {"url": url})

    def remove_source(self, who: Who, url: str) -> Change:
        """Stop following one of this server's feeds; what it brought stays."""
        with self.store.transaction():
            feed = self.store.feeds.remove(url, guild_id=who.guild_id)
            return self._record(
                who, "source.remove", None, feed.id, (feed.title or feed.url)[:200], {"url": feed.url}, None
            )

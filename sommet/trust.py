"""Who may teach everyone: the servers the operator trusts to publish (``SOMMET_TRUSTED_SERVERS``).

What any other server adds from Discord (documents it reads, feeds it follows) is seen there only.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

SETTING = "SOMMET_TRUSTED_SERVERS"


def trusted_servers(environ: Mapping[str, str] = os.environ) -> frozenset[int]:
    """The server ids listed in ``SOMMET_TRUSTED_SERVERS`` (separated by commas or spaces); none
    when unset. Raises ValueError with a message for people."""
    ids = set()
    for part in environ.get(SETTING, "").replace(",", " ").split():
        if not part.isdigit():
            raise ValueError(f"{SETTING} must list server ids separated by commas, not {part!r}.")
        ids.add(int(part))
    return frozenset(ids)


def publishes_to(guild_id: int | None, trusted: frozenset[int]) -> int | None:
    """Where what a server adds goes: None (every server) for the operator (no server) and for a
    trusted server, else that server alone."""
    return None if guild_id is None or guild_id in trusted else guild_id

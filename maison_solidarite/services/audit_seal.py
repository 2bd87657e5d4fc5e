"""What the database file alone cannot vouch for: the seal key and the chain's last known head.

The key (32 random bytes) lives in the user's configuration folder, readable by its owner
only, never in the database: each audit entry carries an HMAC of its hash with it, so a
person who edits the database file can recompute the public chain, not the seals.

The anchors file, beside the key, records for each database the last entry this account
saw (its id and hash), at each start, each backup, each check and each restore. An entry
removed or rewritten at or before that head is found by ``db check`` even if the rest of
the chain was made to agree. The anchors are themselves sealed with the key.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from ..db.engine import Database
from ..db.models import AuditRow
from ..private import open_private, private_folder

KEY_FILE = "audit.key"
ANCHORS_FILE = "audit-anchors.json"


def key_id(key: bytes) -> str:
    """A short public name of the key, stored with each entry it seals."""
    return hashlib.sha256(b"maison-solidarite audit key id\x00" + key).hexdigest()[:16]


def seal_of(key: bytes, digest: str) -> str:
    return hmac.new(key, digest.encode("ascii"), hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class Anchor:
    entry_id: int
    hash: str
    at: str  # when it was recorded, ISO 8601
    mac: str = ""

    def payload(self, where: str) -> bytes:
        return json.dumps([where, self.entry_id, self.hash, self.at]).encode("utf-8")


@dataclass(frozen=True)
class AuditSeal:
    key: bytes
    folder: Path

    @property
    def key_id(self) -> str:
        return key_id(self.key)

    @classmethod
    def load_or_create(cls, folder: Path) -> AuditSeal:
        """The key of this account on this computer, made on first use."""
        path = folder / KEY_FILE
        try:
            key = bytes.fromhex(path.read_text(encoding="ascii").strip())
            if len(key) >= 32:
                return cls(key, folder)
        except (OSError, ValueError):
            pass
        key = secrets.token_bytes(32)
        private_folder(folder)
        partial = path.with_name(path.name + ".part")
        with open_private(partial, "w", encoding="ascii") as stream:
            stream.write(key.hex())
        partial.replace(path)
        return cls(key, folder)

    def _read(self) -> dict[str, dict[str, object]]:
        try:
            data = json.loads((self.folder / ANCHORS_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def anchor_of(self, where: str) -> Anchor | None:
        """The last head recorded for ``where``, or None if none (or an altered one) is known."""
        raw = self._read().get(where)
        try:
            anchor = Anchor(**raw)  # type: ignore[arg-type]  # read from a file: a wrong shape raises TypeError
        except TypeError:
            return None
        expected = hmac.new(self.key, anchor.payload(where), hashlib.sha256).hexdigest()
        return anchor if hmac.compare_digest(expected, anchor.mac) else None

    def record_head(self, db: Database, now: datetime | None = None) -> Anchor | None:
        """Remember the trail's last entry for this database; None while the trail is empty."""
        with db.read() as session:
            head = session.execute(select(AuditRow.id, AuditRow.hash).order_by(AuditRow.id.desc()).limit(1)).first()
        if head is None:
            return None
        at = (now or datetime.now()).isoformat(timespec="seconds")
        bare = Anchor(head.id, head.hash, at)
        anchor = Anchor(head.id, head.hash, at, hmac.new(self.key, bare.payload(db.where), hashlib.sha256).hexdigest())
        data = self._read()
        data[db.where] = asdict(anchor)
        try:
            private_folder(self.folder)
            partial = self.folder / f"{ANCHORS_FILE}.{secrets.token_hex(4)}.part"
            with open_private(partial, "w", encoding="utf-8") as stream:
                json.dump(data, stream, indent=1)
            partial.replace(self.folder / ANCHORS_FILE)
        except OSError:
            return None  # a read-only profile: the seals still hold, the head is not kept
        return anchor

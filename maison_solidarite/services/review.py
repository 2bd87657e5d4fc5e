"""What the annual review holds beyond the figures: the structure's logo and the coordinator's
observations of each year. Both are settings of the structure, so they travel to every desk.

The logo is kept as PNG bytes in base64, at most LOGO_MAX_SIDE pixels a side: any PNG or JPEG
chosen is checked, reduced and written again, so that a damaged or huge file never reaches a
printed sheet. The audit trail records its size and fingerprint, never the image itself.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import io
import json
from pathlib import Path

from PIL import Image, UnidentifiedImageError
from sqlalchemy.orm import Session

from ..db.engine import Database
from ..db.models import SettingRow
from ..domain.errors import QT_TRANSLATE_NOOP, ValidationError
from ..domain.review import check_observations
from ..domain.roles import Action, requires
from . import audit
from .context import DeskContext

LOGO = "structure_logo"
OBSERVATIONS = "review_observations_{year}"
LOGO_FILE_MAX = 5_000_000  # bytes of the file chosen
LOGO_MAX_SIDE = 600  # pixels: sharp at 5 cm on paper
LOGO_FORMATS = ("PNG", "JPEG")


def _stored(session: Session, key: str) -> object:
    row = session.get(SettingRow, key)
    return None if row is None else json.loads(row.value)


def logo_in(session: Session) -> bytes | None:
    """The logo's PNG bytes, in the caller's transaction; None when none was chosen."""
    value = _stored(session, LOGO)
    if not isinstance(value, str) or not value:
        return None
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        return None  # a value this version did not write: no logo rather than a broken sheet


def observations_in(session: Session, year: int) -> str:
    value = _stored(session, OBSERVATIONS.format(year=year))
    return value if isinstance(value, str) else ""


def _bad_image(name: str) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("Errors", '"{name}" is not a PNG or JPEG image that can be read. Choose another file.'),
        name=name,
    )


def logo_png(data: bytes, name: str = "logo") -> bytes:
    """``data`` checked as a PNG or JPEG image and written again as a PNG of at most LOGO_MAX_SIDE a side."""
    if len(data) > LOGO_FILE_MAX:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", '"{name}" weighs {size} MB; a logo may weigh {limit} MB at most.'),
            name=name,
            size=-(-len(data) // 1_000_000),  # whole megabytes, rounded up: no decimal point to translate
            limit=LOGO_FILE_MAX // 1_000_000,
        )
    try:
        with Image.open(io.BytesIO(data)) as probe:
            if probe.format not in LOGO_FORMATS:
                raise _bad_image(name)
            probe.verify()  # a truncated or damaged file fails here
        with Image.open(io.BytesIO(data)) as image:
            image.load()
            picture = image.convert("RGBA") if image.mode not in ("RGB", "RGBA", "L", "LA") else image.copy()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        raise _bad_image(name) from None
    picture.thumbnail((LOGO_MAX_SIDE, LOGO_MAX_SIDE))
    if picture.width < 1 or picture.height < 1:
        raise _bad_image(name)
    out = io.BytesIO()
    picture.save(out, format="PNG", optimize=True)
    return out.getvalue()


def _fingerprint(data: bytes | None) -> dict[str, object] | None:
    """What the audit trail keeps of an image: its size, and a fingerprint that tells two apart."""
    if data is None:
        return None
    return {"bytes": len(data), "value": hashlib.sha256(data).hexdigest()[:16]}


class ReviewService:
    """The logo (the administrator's, with the structure's name) and each year's observations
    (the coordinator's). Both are written on the hub when the desk joined one."""

    def __init__(self, db: Database, ctx: DeskContext) -> None:
        self.db, self.ctx = db, ctx

    @requires(Action.READ_SETTINGS)
    def logo(self) -> bytes | None:
        with self.db.read() as session:
            return logo_in(session)

    @requires(Action.MANAGE_SETTINGS)
    def set_logo(self, data: bytes | None, name: str = "logo") -> bytes | None:
        """Keep ``data`` (checked and reduced, see ``logo_png``) as the logo, or none; the PNG kept is returned."""
        png = None if data is None else logo_png(data, name)
        with self.db.write() as session:
            before = logo_in(session)
            if before == png:
                return png
            audit.record(session, self.ctx, "update", "setting", LOGO, _fingerprint(before), _fingerprint(png))
            value = "" if png is None else base64.b64encode(png).decode("ascii")
            session.merge(SettingRow(key=LOGO, value=json.dumps(value)))
        return png

    @requires(Action.MANAGE_SETTINGS)
    def set_logo_file(self, path: Path) -> bytes | None:
        """The logo read from ``path``; a file that cannot be read gets a French message."""
        try:
            with path.open("rb") as file:
                data = file.read(LOGO_FILE_MAX + 1)
        except OSError:
            raise _bad_image(path.name) from None
        return self.set_logo(data, path.name)

    @requires(Action.READ_STATISTICS)
    def observations(self, year: int) -> str:
        """What the coordinator wrote for ``year``'s review ("" when nothing)."""
        with self.db.read() as session:
            return observations_in(session, year)

    @requires(Action.READ_STATISTICS)
    def set_observations(self, year: int, text: str) -> str:
        """Keep the observations of ``year`` (checked); each change goes to the audit trail with the text.

        Whoever may print the review writes them: they are part of it (coordinators, administrators)."""
        kept = check_observations(text)
        key = OBSERVATIONS.format(year=year)
        with self.db.write() as session:
            before = observations_in(session, year)
            if before == kept:
                return kept
            # Read in the audit trail as "Annual review 2026", its observations before and after.
            audit.record(
                session,
                self.ctx,
                "update",
                "annual_review",
                str(year),
                {"observations": before} if before else None,
                {"observations": kept},
            )
            session.merge(SettingRow(key=key, value=json.dumps(kept)))
        return kept

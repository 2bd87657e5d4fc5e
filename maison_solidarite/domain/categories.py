"""Request categories: data, with stable codes, seeded from the Dijon annual review."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from .errors import QT_TRANSLATE_NOOP, ValidationError

LABEL_MAX = 80
CODE_PATTERN = re.compile(r"^[a-z][a-z0-9_]{0,31}$")


@dataclass(frozen=True, slots=True)
class Category:
    id: int
    code: str
    label: str
    position: int
    active: bool = True


# (code, French label). Labels are data, stored in the database and editable there;
# they are French because the structure is French, like the organisations' names.
DEFAULT_CATEGORIES: tuple[tuple[str, str], ...] = (
    ("rights", "Accès aux droits sociaux"),
    ("finance", "Budget et surendettement"),
    ("admin", "Aide administrative"),
    ("jobs", "Emploi et insertion"),
    ("health", "Santé"),
    ("childcare", "Petite enfance"),
    ("legal", "Aide juridique et aide aux victimes"),
    ("parenting", "Soutien à la parentalité"),
    ("housing", "Logement"),
    ("training", "Formation et savoirs de base"),
    ("other", "Autre demande"),
)


def fold(text: str) -> str:
    """Lower-case ``text`` and strip its accents, for matching what people type."""
    decomposed = unicodedata.normalize("NFKD", text.strip().casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def check_label(label: str) -> str:
    label = " ".join(label.split())
    if not label:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A category needs a label."))
    if len(label) > LABEL_MAX:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A category label has at most {max} characters."), max=LABEL_MAX
        )
    return label


def check_code(code: str) -> str:
    code = code.strip()
    if not CODE_PATTERN.match(code):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                'The code "{code}" is not valid: use lower-case letters, digits and _ (32 at most).',
            ),
            code=code,
        )
    return code


def code_from_label(label: str, taken: set[str]) -> str:
    """A stable code derived from a new category's label, unique among ``taken``."""
    base = re.sub(r"[^a-z0-9]+", "_", fold(label)).strip("_")[:28] or "category"
    if not base[0].isalpha():
        base = "c_" + base
    code, n = base, 2
    while code in taken:
        code, n = f"{base}_{n}", n + 1
    return code


def shortcut_keys(count: int) -> list[str]:
    """The keys that log each category, in order: 1-9, 0, then F2-F12.

    F1 is left to help, as on every desktop.
    """
    keys = [str(d) for d in range(1, 10)] + ["0"] + [f"F{n}" for n in range(2, 13)]
    return keys[:count] + [""] * max(0, count - len(keys))


# On a French AZERTY keyboard the top row types these without Shift: each logs the
# category of the digit above it, as the numeric keypad's digits do.
AZERTY_TOP_ROW = {"1": "&", "2": "é", "3": '"', "4": "'", "5": "(", "6": "-", "7": "è", "8": "_", "9": "ç", "0": "à"}

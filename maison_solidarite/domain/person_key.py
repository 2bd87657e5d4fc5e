"""The person key: distinct people counted without a name ever being stored.

A person key is a keyed hash (HMAC-SHA256) of a person's birth name, first name and birth
date, computed with the structure's secret (kept outside the database). What the agent
typed is discarded as soon as the key is computed; only the key is stored.

Normalisation, so that the same person gives the same key however the name is typed:

- case and accents do not count: "ÉLODIE" = "elodie"; "ß" = "ss", "Œ" = "oe", "Æ" = "ae",
  "Ø" = "o", "Ł" = "l", "Đ" = "d";
- separators do not count at all: spaces, hyphens, apostrophes (straight or curly), dots
  and any other punctuation are removed, so "Élodie-Marie" = "elodie marie" =
  "ELODIE  MARIE" = "elodiemarie", and "N'Diaye" = "N Diaye" = "ndiaye". Removing them
  rather than turning them into one space is the choice that forgives most: the desk
  hears a name, it does not see how the person writes it;
- digits are kept (a name never holds one by mistake), letters of every script are kept
  (casefolded), so names in Arabic or Cyrillic letters count too.

The key's period: by default the key changes with the calendar year of the visit or
event (``key_period(day, across_years=False)`` is "2026"), so people are counted within a
year and not followed across years. A coordinator may choose a key that holds across years
(the period is then "all").

The stored form of a key is ``KEY_LENGTH`` characters of Crockford's base 32 (the first 50
bits of the HMAC): ``"7K2M9QXD4H"``. Its printable code adds a check character (Luhn mod 32
over the same alphabet, which catches any one mistyped character and every swap of two
neighbours but "0Z" for "Z0") and is grouped for reading: ``"7K2M9-QXD4H-R"``. Reading a
code forgives case, spaces, hyphens and the letters people confuse with digits (O for 0,
I and L for 1). With 50 bits, two different people of a structure of 100,000 share a key with a
probability of about 4 in a million.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from .errors import QT_TRANSLATE_NOOP, ValidationError

KEY_LENGTH = 10
SECRET_LENGTH = 32
ACROSS_YEARS = "all"
EARLIEST_BIRTH_YEAR = 1900
NAME_MAX = 100
_DOMAIN = b"maison-solidarite person key v1"

# Crockford's base 32: no I, L, O, U, so that no two symbols look alike.
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_VALUE = {ch: i for i, ch in enumerate(ALPHABET)}
_READ_AS = {"O": "0", "I": "1", "L": "1"}

# Letters that NFKD does not decompose into a base letter and an accent.
_SPELLED = str.maketrans({"ø": "o", "ł": "l", "đ": "d", "ħ": "h", "ı": "i", "þ": "th", "œ": "oe", "æ": "ae"})


@dataclass(frozen=True)
class Person:
    """What the agent typed: held in memory only until the key is computed."""

    birth_name: str
    first_name: str
    birth_date: date

    def __repr__(self) -> str:  # never a name in a log line or a crash report
        return "Person(…)"


def normalise_name(text: str) -> str:
    """The letters and digits of ``text``, casefolded and without accents or separators."""
    folded = unicodedata.normalize("NFKD", text).casefold().translate(_SPELLED)
    folded = unicodedata.normalize("NFKD", folded).casefold()
    return "".join(ch for ch in folded if ch.isalnum() and not unicodedata.combining(ch))


def check_name(text: str, *, first: bool) -> str:
    """The name as typed, refused when it holds no letter; return it normalised."""
    if len(text) > NAME_MAX:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A name has at most {max} characters."),
            max=NAME_MAX,
        )
    normalised = normalise_name(text)
    if not normalised:
        if first:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The first name is empty."))
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The birth name is empty."))
    return normalised


def parse_birth_date(text: str, today: date) -> date:
    """A birth date written AAAA-MM-JJ or JJ/MM/AAAA, in the past and after 1900."""
    text = text.strip()
    iso = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text)
    french = re.fullmatch(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})", text)
    if iso:
        year, month, day = (int(g) for g in iso.groups())
    elif french:
        day, month, year = (int(g) for g in french.groups())
    else:
        # What was typed is not repeated: a name typed in the wrong field would be shown again.
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The birth date is not a date: write it as DD/MM/YYYY or YYYY-MM-DD.")
        )
    try:
        born = date(year, month, day)
    except ValueError:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The birth date does not exist in the calendar.")) from None
    if born > today:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The birth date is in the future."))
    if born.year < EARLIEST_BIRTH_YEAR:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The birth date is before {year}."),
            year=EARLIEST_BIRTH_YEAR,
        )
    return born


def check_person(birth_name: str, first_name: str, birth_date: str, today: date) -> Person:
    """The three fields typed at the desk, checked in reading order."""
    check_name(birth_name, first=False)
    check_name(first_name, first=True)
    return Person(birth_name, first_name, parse_birth_date(birth_date, today))


def parse_person(text: str, today: date) -> Person:
    """ "NOM;Prénom;AAAA-MM-JJ", as the command line takes it."""
    parts = text.split(";")
    if len(parts) != 3:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "A person is written as three fields separated by semicolons: NAME;First name;YYYY-MM-DD."
            )
        )
    return check_person(parts[0], parts[1], parts[2], today)


def key_period(day: date, *, across_years: bool) -> str:
    """The period a key holds for: the calendar year of ``day``, or every year."""
    return ACROSS_YEARS if across_years else f"{day.year:04d}"


def person_key(person: Person, secret: bytes, period: str) -> str:
    """The stored key: ``KEY_LENGTH`` characters of base 32 from HMAC-SHA256."""
    if len(secret) < SECRET_LENGTH:
        raise ValueError("the secret is too short")
    message = b"\x1f".join(
        (
            _DOMAIN,
            period.encode(),
            check_name(person.birth_name, first=False).encode(),
            check_name(person.first_name, first=True).encode(),
            person.birth_date.isoformat().encode(),
        )
    )
    digest = hmac.new(secret, message, hashlib.sha256).digest()
    number = int.from_bytes(digest[:8], "big") >> (64 - 5 * KEY_LENGTH)
    return "".join(ALPHABET[(number >> (5 * (KEY_LENGTH - 1 - i))) & 31] for i in range(KEY_LENGTH))


def check_character(symbols: str) -> str:
    """Luhn mod 32 over ``symbols``: one character that catches one typing mistake."""
    factor = 2
    total = 0
    for ch in reversed(symbols):
        addend = factor * _VALUE[ch]
        factor = 1 if factor == 2 else 2
        total += addend // 32 + addend % 32
    return ALPHABET[(32 - total % 32) % 32]


def printable_code(key: str) -> str:
    """ "7K2M9-QXD4H-R": the key in two groups of five and its check character."""
    if not is_key(key):
        raise ValueError("not a person key")
    return f"{key[:5]}-{key[5:]}-{check_character(key)}"


def is_key(text: str) -> bool:
    return len(text) == KEY_LENGTH and all(ch in _VALUE for ch in text)


def read_code(text: str) -> str:
    """The key a printed code gives, or a French message when it is mistyped."""
    symbols = "".join(_READ_AS.get(ch, ch) for ch in text.upper() if not ch.isspace() and ch not in "-.")
    if len(symbols) != KEY_LENGTH + 1 or any(ch not in _VALUE for ch in symbols):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A card code has {count} characters, letters and digits: like 7K2M9-QXD4H-R."),
            count=KEY_LENGTH + 1,
        )
    key, check = symbols[:KEY_LENGTH], symbols[KEY_LENGTH]
    if check_character(key) != check:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The card code is mistyped: check each character."))
    return key


# -- the secret, as a code an administrator copies to the other computers ----------------
_SECRET_SYMBOLS = (SECRET_LENGTH * 8 + 4) // 5  # 52 characters of base 32


def secret_code(secret: bytes) -> str:
    """The secret as 52 characters of base 32 and a check character, in groups of five."""
    number = int.from_bytes(secret[:SECRET_LENGTH], "big") << (_SECRET_SYMBOLS * 5 - SECRET_LENGTH * 8)
    symbols = "".join(ALPHABET[(number >> (5 * (_SECRET_SYMBOLS - 1 - i))) & 31] for i in range(_SECRET_SYMBOLS))
    symbols += check_character(symbols)
    return "-".join(symbols[i : i + 5] for i in range(0, len(symbols), 5))


def read_secret_code(text: str) -> bytes:
    """The secret a code gives back, or a French message when the code is not whole."""
    symbols = "".join(_READ_AS.get(ch, ch) for ch in text.upper() if not ch.isspace() and ch not in "-.")
    if len(symbols) != _SECRET_SYMBOLS + 1 or any(ch not in _VALUE for ch in symbols):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The secret's code has {count} letters and digits; this one has {given}."),
            count=_SECRET_SYMBOLS + 1,
            given=len(symbols),
        )
    body, check = symbols[:-1], symbols[-1]
    if check_character(body) != check:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The secret's code is mistyped: check each character."))
    number = 0
    for ch in body:
        number = number * 32 + _VALUE[ch]
    return (number >> (_SECRET_SYMBOLS * 5 - SECRET_LENGTH * 8)).to_bytes(SECRET_LENGTH, "big")


def fingerprint(secret: bytes) -> str:
    """A short public name of the secret, to check that two computers hold the same one."""
    digest = hashlib.sha256(b"maison-solidarite person key secret id\x00" + secret).digest()
    return printable_code(
        "".join(ALPHABET[(int.from_bytes(digest[:8], "big") >> (59 - 5 * i)) & 31] for i in range(KEY_LENGTH))
    )[:11]


def check_key(key: str | None) -> str | None:
    """A stored key as the services take it: None, or ``KEY_LENGTH`` symbols of base 32."""
    if key is not None and not is_key(key):
        raise ValueError("not a person key")  # a programming error: the window and the CLI give keys
    return key

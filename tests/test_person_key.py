"""The person key: normalisation, keyed hash, period, printable code with its check character."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from maison_solidarite.domain.errors import ValidationError
from maison_solidarite.domain.person_key import (
    ALPHABET,
    KEY_LENGTH,
    Person,
    check_character,
    fingerprint,
    key_period,
    normalise_name,
    parse_birth_date,
    parse_person,
    person_key,
    printable_code,
    read_code,
    read_secret_code,
    secret_code,
)
from maison_solidarite.i18n import load_catalog

SECRET = bytes(range(32))
OTHER_SECRET = bytes(range(1, 33))
TODAY = date(2026, 11, 26)
FRENCH = load_catalog("fr").translate

names = st.text(alphabet=st.characters(categories=("Lu", "Ll", "Zs", "Pd")), min_size=1, max_size=30).filter(
    lambda s: normalise_name(s) != ""
)
birth_dates = st.dates(min_value=date(1900, 1, 1), max_value=TODAY)
keys = st.text(alphabet=ALPHABET, min_size=KEY_LENGTH, max_size=KEY_LENGTH)


def key(name: str, first: str, born: date, period: str = "2026", secret: bytes = SECRET) -> str:
    return person_key(Person(name, first, born), secret, period)


# -- normalisation ----------------------------------------------------------------------
@pytest.mark.parametrize(
    "typed",
    ["Élodie-Marie", "elodie marie", "ELODIE  MARIE", "elodiemarie", " Elodie - Marie ", "ÉLODIE\u2011MARIE"],
)
def test_case_accents_hyphens_and_spaces_do_not_count(typed: str) -> None:
    assert normalise_name(typed) == "elodiemarie"


@pytest.mark.parametrize("typed", ["N'Diaye", "N\u2019Diaye", "n diaye", "NDIAYE", "N-Diaye", "N.Diaye"])
def test_apostrophes_do_not_count_either(typed: str) -> None:
    assert normalise_name(typed) == "ndiaye"


@pytest.mark.parametrize(
    ("typed", "normal"),
    [("Œuvray", "oeuvray"), ("Strauß", "strauss"), ("Søren", "soren"), ("Łukasz", "lukasz"), ("Læticia", "laeticia")],
)
def test_letters_without_a_decomposition_are_spelled_out(typed: str, normal: str) -> None:
    assert normalise_name(typed) == normal


def test_other_scripts_count_as_letters() -> None:
    assert normalise_name("Мария") == "мария"
    assert normalise_name("محمد") == "محمد"


@given(names)
def test_the_normal_form_is_stable_and_ignores_case(name: str) -> None:
    assert normalise_name(normalise_name(name)) == normalise_name(name)
    assert normalise_name(name.upper()) == normalise_name(name.lower()) == normalise_name(name)


@given(names, names, birth_dates)
def test_the_same_person_typed_differently_gets_the_same_key(name: str, first: str, born: date) -> None:
    spaced = " ".join(name.upper())
    assert key(spaced, f"-{first.lower()}-", born) == key(name, first, born)


# -- the keyed hash ---------------------------------------------------------------------
@given(names, names, birth_dates, names, names, birth_dates)
def test_different_people_get_different_keys(n1: str, f1: str, b1: date, n2: str, f2: str, b2: date) -> None:
    assume((normalise_name(n1), normalise_name(f1), b1) != (normalise_name(n2), normalise_name(f2), b2))
    assert key(n1, f1, b1) != key(n2, f2, b2)


def test_the_birth_name_and_the_first_name_are_not_interchangeable() -> None:
    born = date(1980, 5, 17)
    assert key("Martin", "Paul", born) != key("Paul", "Martin", born)
    assert key("Ab", "Cd", born) != key("A", "Bcd", born)


@given(names, names, birth_dates, st.integers(2000, 2099))
def test_the_year_key_changes_with_the_year(name: str, first: str, born: date, year: int) -> None:
    this_year = key(name, first, born, key_period(date(year, 12, 31), across_years=False))
    assert this_year == key(name, first, born, key_period(date(year, 1, 1), across_years=False))
    assert this_year != key(name, first, born, key_period(date(year + 1, 1, 1), across_years=False))


def test_the_key_across_years_holds_every_year() -> None:
    born = date(1990, 2, 3)
    periods = {key_period(date(y, 6, 1), across_years=True) for y in (2024, 2025, 2026)}
    assert periods == {"all"}
    assert key("Durand", "Léa", born, "all") != key("Durand", "Léa", born, "2026")


def test_the_key_depends_on_the_secret_and_is_base32() -> None:
    born = date(1975, 12, 1)
    first = key("Nguyen", "Thi", born)
    assert first != key("Nguyen", "Thi", born, secret=OTHER_SECRET)
    assert len(first) == KEY_LENGTH and set(first) <= set(ALPHABET)
    assert "nguyen" not in first.casefold()


def test_a_short_secret_is_refused() -> None:
    with pytest.raises(ValueError, match="too short"):
        person_key(Person("A", "B", date(2000, 1, 1)), b"short", "2026")


def test_the_person_typed_never_shows_in_its_representation() -> None:
    person = Person("Dupont", "Jeanne", date(1961, 3, 4))
    assert "Dupont" not in repr(person) and "Jeanne" not in repr(person) and "1961" not in repr(person)


# -- the printable code -----------------------------------------------------------------
@given(keys)
def test_the_code_round_trips(stored: str) -> None:
    code = printable_code(stored)
    assert len(code) == KEY_LENGTH + 3 and code[5] == code[11] == "-"
    assert read_code(code) == stored
    assert read_code(code.lower().replace("-", " ")) == stored


@given(keys, st.integers(0, KEY_LENGTH), st.sampled_from(ALPHABET))
def test_one_mistyped_character_is_caught(stored: str, position: int, wrong: str) -> None:
    symbols = stored + check_character(stored)
    assume(symbols[position] != wrong)
    mistyped = symbols[:position] + wrong + symbols[position + 1 :]
    with pytest.raises(ValidationError) as caught:
        read_code(mistyped)
    assert caught.value.render(FRENCH)


def test_letters_read_as_digits() -> None:
    stored = "0123456789"
    code = printable_code(stored)
    assert read_code(code.replace("0", "O").replace("1", "l")) == stored
    assert read_code(code.replace("1", "I")) == stored


@pytest.mark.parametrize("typed", ["", "ABC", "7K2M9-QXD4H-RR", "7K2M9-QXD4U-R", "7K2M9_QXD4H_R"])
def test_a_code_of_the_wrong_shape_is_refused(typed: str) -> None:
    with pytest.raises(ValidationError, match="11 characters"):
        read_code(typed)


# -- bad input --------------------------------------------------------------------------
def test_a_person_on_the_command_line() -> None:
    person = parse_person("N'DIAYE;Aïssatou;1984-07-09", TODAY)
    assert person.birth_date == date(1984, 7, 9)
    assert key(person.birth_name, person.first_name, person.birth_date) == key("ndiaye", "aissatou", date(1984, 7, 9))


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("Martin;Paul", "three fields"),
        ("Martin;Paul;1980-01-01;x", "three fields"),
        (" - ;Paul;1980-01-01", "birth name is empty"),
        ("Martin;'';1980-01-01", "first name is empty"),
        ("Martin;Paul;", "not a date"),
        ("Martin;Paul;80-01-01", "not a date"),
        ("Martin;Paul;1980-02-30", "does not exist"),
        ("Martin;Paul;31/04/1980", "does not exist"),
        ("Martin;Paul;2026-11-27", "in the future"),
        ("Martin;Paul;1899-12-31", "before 1900"),
        ("M" * 101 + ";Paul;1980-01-01", "at most 100"),
    ],
)
def test_bad_input_is_refused_with_a_message(typed: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message) as caught:
        parse_person(typed, TODAY)
    assert caught.value.render(FRENCH)


@pytest.mark.parametrize("typed", ["17/05/1980", "17.05.1980", "1980-05-17", "1980-5-17", " 17/5/1980 "])
def test_birth_dates_in_french_or_iso_form(typed: str) -> None:
    assert parse_birth_date(typed, TODAY) == date(1980, 5, 17)


def test_a_birth_date_of_today_is_accepted() -> None:
    assert parse_birth_date("26/11/2026", TODAY) == TODAY


@given(keys, st.integers(0, KEY_LENGTH - 1))
def test_two_neighbours_swapped_are_caught(stored: str, position: int) -> None:
    symbols = stored + check_character(stored)
    a, b = symbols[position], symbols[position + 1]
    assume(a != b and {a, b} != {"0", "Z"})
    swapped = symbols[:position] + b + a + symbols[position + 2 :]
    with pytest.raises(ValidationError, match="mistyped"):
        read_code(swapped)


# -- the secret's code ------------------------------------------------------------------
@given(st.binary(min_size=32, max_size=32))
def test_the_secret_s_code_round_trips(secret: bytes) -> None:
    code = secret_code(secret)
    assert len(code.replace("-", "")) == 53
    assert read_secret_code(code) == secret
    assert read_secret_code(code.lower().replace("-", " ")) == secret
    assert fingerprint(secret) != fingerprint(bytes(32) if secret != bytes(32) else bytes([1] * 32))


@given(st.binary(min_size=32, max_size=32), st.integers(0, 52), st.sampled_from(ALPHABET))
def test_a_mistyped_secret_code_is_refused(secret: bytes, position: int, wrong: str) -> None:
    symbols = secret_code(secret).replace("-", "")
    assume(symbols[position] != wrong)
    with pytest.raises(ValidationError, match="mistyped"):
        read_secret_code(symbols[:position] + wrong + symbols[position + 1 :])


def test_a_secret_code_cut_short_says_how_long_it_is() -> None:
    with pytest.raises(ValidationError, match="53 letters and digits; this one has 52") as caught:
        read_secret_code(secret_code(SECRET)[:-1])
    assert "53" in caught.value.render(FRENCH)

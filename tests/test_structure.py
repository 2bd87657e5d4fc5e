"""The structure's name and address: kept tidy, audited, and printed on the sheets."""

from __future__ import annotations

import io
from dataclasses import replace

import pdfplumber
import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from maison_solidarite.db.models import AuditRow
from maison_solidarite.domain.errors import ValidationError
from maison_solidarite.domain.roles import PermissionDenied, Role
from maison_solidarite.domain.statistics import Period, number_format
from maison_solidarite.domain.structure import ADDRESS_MAX_LINES, check_structure
from maison_solidarite.i18n import load_catalog
from maison_solidarite.services.settings import SettingsService
from maison_solidarite.services.statistics import StatisticsService
from maison_solidarite.services.statistics_outputs import StatisticsOutputs


def test_name_and_address_are_tidied_and_form_the_letterhead() -> None:
    structure = check_structure("  CCAS   de Dijon ", "Maison de la Solidarité\n\n  1 place   Émile Zola \n21000 Dijon")
    assert structure.name == "CCAS de Dijon"
    assert structure.address == "Maison de la Solidarité\n1 place Émile Zola\n21000 Dijon"
    assert structure.letterhead == "CCAS de Dijon · Maison de la Solidarité, 1 place Émile Zola, 21000 Dijon"
    assert check_structure("CCAS").letterhead == "CCAS"


@pytest.mark.parametrize(
    ("name", "address"),
    [("", ""), ("   ", ""), ("x" * 121, ""), ("CCAS", "a\nb\nc\nd\ne"), ("CCAS", "y" * 81)],
)
def test_an_empty_or_overlong_name_or_address_is_refused(name: str, address: str) -> None:
    with pytest.raises(ValidationError):
        check_structure(name, address)


@given(st.text(max_size=140), st.lists(st.text(max_size=90), max_size=6))
def test_what_is_accepted_fits_the_limits(name: str, lines: list[str]) -> None:
    try:
        structure = check_structure(name, "\n".join(lines))
    except ValidationError:
        return
    assert 0 < len(structure.name) <= 120
    assert len(structure.address.splitlines()) <= ADDRESS_MAX_LINES
    assert "\n\n" not in structure.address


def test_the_structure_is_audited_and_printed_on_the_monthly_sheet(services) -> None:
    services.settings.set_structure("CCAS de Dijon & Quetigny", "1 place Émile Zola\n21000 Dijon")
    assert services.settings.structure().address == "1 place Émile Zola\n21000 Dijon"
    catalog = load_catalog("fr")
    outputs = StatisticsOutputs(StatisticsService(services.db, services.ctx, services.rota))
    pdf = outputs.monthly_pdf(Period.month(2026, 11), catalog.translate, number_format("fr"))
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        text = document.pages[0].extract_text()
    assert "CCAS de Dijon & Quetigny · 1 place Émile Zola, 21000 Dijon" in text
    with services.db.read() as session:
        keys = set(session.scalars(select(AuditRow.entity_key).where(AuditRow.entity == "setting")))
    assert {"structure_name", "structure_address"} <= keys


def test_an_agent_may_not_change_the_structure(services) -> None:
    agent = SettingsService(services.db, replace(services.ctx, role=Role.AGENT))
    with pytest.raises(PermissionDenied):
        agent.set_structure("Autre nom")
    assert services.settings.structure().name == "Maison de la Solidarité"

"""Categories are data: added, renamed, reordered, switched off, deleted only when unused."""

from __future__ import annotations

import pytest

from maison_solidarite.domain.categories import shortcut_keys
from maison_solidarite.domain.errors import ValidationError
from maison_solidarite.services.audit import entries


def test_defaults_come_from_the_annual_review(services) -> None:
    labels = {c.code: c.label for c in services.categories.list()}
    assert labels["rights"] == "Accès aux droits sociaux"
    assert labels["finance"] == "Budget et surendettement"
    assert labels["other"] == "Autre demande"
    assert len(labels) == 11


def test_add_rename_reorder_and_switch_off(services) -> None:
    added = services.categories.add("Mobilité et transport")
    assert added.code == "mobilite_et_transport" and added.position == 11
    services.categories.rename(added.id, "Mobilité")
    ids = [c.id for c in services.categories.list()]
    services.categories.reorder([added.id, *[i for i in ids if i != added.id]])
    services.categories.set_active(added.id, False)
    first = services.categories.list()[0]
    assert (first.label, first.active) == ("Mobilité", False)
    assert added.id not in [c.id for c in services.categories.list(active_only=True)]
    actions = [e.action for e in entries(services.db, "category", added.code)]
    assert actions == ["create", "update", "update", "update"]


def test_find_by_code_or_label_ignores_case_and_accents(services) -> None:
    assert services.categories.find("SANTE").code == "health"
    assert services.categories.find("accès aux droits sociaux").code == "rights"


def test_duplicate_label_is_refused(services) -> None:
    with pytest.raises(ValidationError):
        services.categories.add("santé")
    with pytest.raises(ValidationError):
        services.categories.add("   ")


def test_a_used_category_is_never_deleted(services, category_ids) -> None:
    services.visits.log(category_ids["jobs"])
    with pytest.raises(ValidationError) as caught:
        services.categories.delete(category_ids["jobs"])
    assert "switch it off" in str(caught.value)
    assert "jobs" in [c.code for c in services.categories.list()]


def test_a_category_used_only_as_secondary_is_not_deleted_either(services, category_ids) -> None:
    services.visits.log(category_ids["rights"], secondary_ids=(category_ids["legal"],))
    with pytest.raises(ValidationError):
        services.categories.delete(category_ids["legal"])


def test_an_unused_category_can_be_deleted(services) -> None:
    added = services.categories.add("Essai")
    services.categories.delete(added.id)
    assert "Essai" not in [c.label for c in services.categories.list()]


def test_shortcut_keys_leave_f1_to_help() -> None:
    assert shortcut_keys(12) == ["1", "2", "3", "4", "5", "6", "7", "8", "9", "0", "F2", "F3"]
    assert shortcut_keys(25)[-5:] == ["F12", "", "", "", ""]  # 21 keys, then none

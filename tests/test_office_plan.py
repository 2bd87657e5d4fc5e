"""The first start's office list becomes offices without a name clash at any step."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from maison_solidarite.domain.rota import Office, plan_offices

NAMES = st.sampled_from(["Bureau 1", "Bureau 2", "bureau 1", "Salle A", "Salle B", "Accueil"])


def apply(existing: list[Office], plan) -> list[Office]:
    """Carry the plan out in the wizard's order, checking the rule the service applies."""
    offices = {o.id: o for o in existing}

    def names_unique() -> None:
        names = [o.name.casefold() for o in offices.values()]
        assert len(names) == len(set(names)), names

    for office_id in plan.close:
        offices[office_id] = Office(office_id, offices[office_id].name, 0, False)
    for office_id, name in plan.renames:
        offices[office_id] = Office(office_id, name, 0, offices[office_id].active)
        names_unique()
    for office_id in plan.reopen:
        offices[office_id] = Office(office_id, offices[office_id].name, 0, True)
    for n, name in enumerate(plan.add):
        offices[1000 + n] = Office(1000 + n, name, 0, True)
        names_unique()
    return list(offices.values())


def test_swapping_two_names_renames_nothing() -> None:
    existing = [Office(1, "Bureau 1"), Office(2, "Bureau 2")]
    plan = plan_offices(existing, ["Bureau 2", "Bureau 1"])
    assert (plan.renames, plan.add, plan.close, plan.reopen) == ((), (), (), ())


def test_a_name_taken_by_an_office_left_over_keeps_that_office() -> None:
    existing = [Office(1, "Bureau 1"), Office(2, "Bureau 2", active=False)]
    plan = plan_offices(existing, ["Bureau 2", "Salle A"])
    assert plan.renames == ((1, "Salle A"),) and plan.reopen == (2,) and plan.close == ()


@given(
    st.lists(st.tuples(NAMES, st.booleans()), max_size=5, unique_by=lambda t: t[0].casefold()),
    st.lists(NAMES, min_size=1, max_size=5, unique_by=str.casefold),
)
def test_the_plan_reaches_the_names_asked_for(existing_names, names) -> None:
    existing = [Office(n + 1, name, n, active) for n, (name, active) in enumerate(existing_names)]
    final = apply(existing, plan_offices(existing, names))
    assert sorted(o.name for o in final if o.active) == sorted(names)
    assert len(final) == max(len(existing), len(existing) + len(plan_offices(existing, names).add))

"""The annual review as a board receives it: its five key figures and the coordinator's observations.

Plain rules, shared by the PDF and the workbook so that both print the same figures.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .errors import QT_TRANSLATE_NOOP, ValidationError
from .statistics import AnnualReview, relative_change

OBSERVATIONS_MAX = 12_000  # characters: about four printed pages


@dataclass(frozen=True, slots=True)
class KeyFigures:
    """The five figures of the cover, chosen for a board that reads one page.

    - ``visits``: how many people the reception received, the Maison's first measure;
    - ``change``: whether that grows, against the year before (None: not known, « n.d. »);
    - ``oriented``: visitors sent on to a partner, the Maison's role as a door to the others;
    - ``permanences_held``: the partners' sessions that took place in the offices;
    - ``partners_present``: how many partners held at least one of them.
    ``visits`` and ``oriented`` are None when the year is not known (counting had not begun).
    """

    visits: int | None
    change: float | None
    oriented: int | None
    permanences_held: int
    partners_present: int


@dataclass(frozen=True)
class ReviewDocument:
    """Everything the review prints: the figures, the coordinator's text, and where the figures come from.

    ``in_progress_until``: the last day counted when the year is not over (None for a past year);
    ``counting_began``: the first day the Maison's figures are known (None: no figure at all);
    ``paper_visits`` over ``paper_days``: visits entered from paper tally sheets,
    ``paper_closed_days`` of those days ones the Maison was closed (entered with a confirmation);
    ``past_total_years``: years whose figures are totals entered from before the application.
    """

    review: AnnualReview
    observations: str = ""
    in_progress_until: date | None = None
    counting_began: date | None = None
    paper_visits: int = 0
    paper_days: int = 0
    paper_closed_days: int = 0
    past_total_years: tuple[int, ...] = ()
    before_first: int | None = None  # the total of the year before the three shown (None: not known)

    @property
    def year(self) -> int:
        return self.review.year

    def growth(self) -> dict[int, float | None]:
        """Each year's change on the one before, the first of the three included when its year before is known."""
        result = dict(self.review.growth())
        first_year, first_total = self.review.totals_by_year[0]
        result[first_year] = None if first_total is None else relative_change(first_total, self.before_first)
        return result


def key_figures(review: AnnualReview) -> KeyFigures:
    stats = review.statistics
    totals = dict(review.totals_by_year)
    visits: int | None = totals.get(review.year, stats.total)
    growth = dict(review.growth())
    return KeyFigures(
        visits=visits,
        change=growth.get(review.year),
        oriented=sum(line.count for line in stats.by_orientation) if stats.known else None,
        permanences_held=sum(p.held for p in stats.permanences),
        partners_present=sum(1 for p in stats.permanences if p.held),
    )


def check_observations(text: str) -> str:
    """The observations as kept: the ends of the text trimmed, line ends made plain, length bounded."""
    kept = "\n".join(line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").strip().split("\n"))
    if len(kept) > OBSERVATIONS_MAX:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "The observations are {excess} characters too long for the review: shorten them."
            ),
            excess=len(kept) - OBSERVATIONS_MAX,
        )
    return kept


def paragraphs(text: str) -> list[str]:
    """The observations' paragraphs: blocks of text between blank lines, their line breaks kept."""
    blocks: list[str] = []
    current: list[str] = []
    for line in text.split("\n"):
        if line.strip():
            current.append(line.strip())
        elif current:
            blocks.append("\n".join(current))
            current = []
    if current:
        blocks.append("\n".join(current))
    return blocks

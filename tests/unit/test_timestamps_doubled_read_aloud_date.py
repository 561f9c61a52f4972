"""A stamp whose short date innerText prints twice (the visible date and its copy for screen
readers) before the full form ("Posted 3 Dec 2026 3 Dec 2026 Thu 3 Dec 2026 at 7:05am"): the
line is a stamp, the full form's, and under the text it is no paragraph of the story."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles
from streams.timestamps import find_time

FETCHED = datetime(2026, 12, 3, 12, 0, tzinfo=UTC)

DOUBLED = (
    "Posted 3 Dec 2026 3 Dec 2026 Thu 3 Dec 2026 at 7:05am, "
    "updated 3 Dec 2026 3 Dec 2026 Thu 3 Dec 2026 at 9:20am"
)

PAGE = f"""\
Queensland opens two new rural birthing units after midwife hiring drive
By health reporter Sam Whitfield
Posted Thu 3 Dec 2026 at 7:05am, updated Thu 3 Dec 2026 at 9:20am
Two rural hospitals in Queensland will reopen their birthing units next month after a hiring drive brought in 40 midwives.
The units in Kingaroy and Biloela had been closed for almost two years because of staff shortages.
Health Minister Tim Nicholls said the reopening would spare mothers a three-hour drive.
{DOUBLED}
Health
"""  # noqa: E501


def test_the_doubled_date_is_read_as_the_full_forms_stamp() -> None:
    assert find_time(DOUBLED) == "Posted Thu 3 Dec 2026 at 7:05am"


def test_the_doubled_stamp_under_the_text_is_no_paragraph() -> None:
    drafts = split_articles(clean_page(RawPage(text=PAGE, fetched_at=FETCHED)))
    assert "Health Minister Tim Nicholls" in drafts[0].body
    assert "3 Dec 2026 3 Dec" not in drafts[0].body

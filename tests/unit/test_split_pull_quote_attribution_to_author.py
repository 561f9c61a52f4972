"""split: the byline's author named alone under a pull quote mid-text ("By Ruth Okoro" / … /
"“…”" / "Ruth Okoro" / text going on) is the quote's attribution, not an author box: the
paragraphs under it stay the column's (audit C-1)."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)
ABOVE = (
    "The county has spent three years telling us that fewer buses would mean better buses, "
    "and every winter the opposite turns out to be true.",
    "Riders in the eastern villages now wait an hour for a service that used to come every "
    "twenty minutes, and many have simply stopped trying.",
)
UNDER = (
    "Eleven routes have been cut since 2024, and the council has not published a single "
    "study of what happened to the people who used them.",
    "Councillors should restore the evening services before they spend another penny on "
    "consultants or new shelters nobody asked for.",
    "Until they do, the promise of a better network is only a line in a press release.",
)


def test_the_authors_name_under_a_pull_quote_keeps_the_text_under_it() -> None:
    page = "\n".join(
        ("Opinion", "Our county is quietly abandoning its bus riders", "By Ruth Okoro",
         "29 November 2026", *ABOVE, "“A bus route is not a luxury. It is how people get to work.”",
         "Ruth Okoro", *UNDER, "Share this article")
    )  # fmt: skip
    lead = split_articles(clean_page(RawPage(text=page, fetched_at=FETCHED)))[0]
    assert all(paragraph in lead.body for paragraph in (*ABOVE, *UNDER))

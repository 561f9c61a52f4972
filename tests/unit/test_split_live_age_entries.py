"""split_live._live_entries, in a blog a "Live" label announces: an entry opened by an age
("34 min ago") over its headline, an attribution line ("From the Ledger's Ann Lee") and
its text is one, also right under a reader poll between entries: the blog ends over the
cards under its last entry, not at the poll."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 4, 22, 19, 5, tzinfo=UTC)

HEADER = """\
The Ledger
US
World
LIVE UPDATES
Live updates: Jury finds hedge fund founder guilty on all counts of fraud
Updated 3:02 PM EDT, Wed April 22, 2026
A federal jury in Manhattan found the founder guilty on all nine counts, including securities fraud.
Sentencing is set for August 19, and the defense has said it will appeal the verdict.
"""

ENTRIES = """\
3 min ago
Defense lawyer says the team will appeal
From the Ledger's Kevin Ortiz
The defense attorney told reporters outside the courthouse that her team was deeply disappointed.
12 min ago
Investors who lost money react to the verdict
From the Ledger's Priya Nair
Several former clients watched the verdict from the overflow room, some of them in tears.
Quick poll
Do you think white-collar crime is punished too lightly?
Yes
No
Vote
4,318 votes · Results are not scientific
34 min ago
Prosecutor says no one is above the rules
From the Ledger's Marisa Diaz
The US attorney said the verdict sends a message to Wall Street about honesty with investors.
58 min ago
The founder showed no reaction as the verdict was read
From the Ledger's Kevin Ortiz
He stood beside his lawyers, hands clasped in front of him, as the forewoman answered nine times.
"""


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


CARDS = """\
Watch the moment the verdict was announced outside the courthouse
The Ledger · 1 hr ago
Who is the founder? The rise and fall of the trader behind the fund
The former bond trader built a $12 billion firm in six years. Then it unraveled in a week.
The Ledger · Apr 6, 2026
"""


def test_attributed_age_entries_under_a_poll_stay_in_the_blog_over_its_cards() -> None:
    drafts = split(HEADER + ENTRIES + CARDS)
    assert [draft.title for draft in drafts[1:]] == [
        "Watch the moment the verdict was announced outside the courthouse",
        "Who is the founder? The rise and fall of the trader behind the fund",
    ]
    body = drafts[0].body
    assert "her team was deeply disappointed" in body
    assert "34 min ago" in body and "message to Wall Street" in body
    assert "hands clasped in front of him" in body  # (a real blog keeps every entry)
    assert "Then it unraveled in a week." not in body


# must stay: a card's title over its age, then the next card's title and summary, under
# the blog's last entry: cards, no entries (an age opens an entry only over its headline
# and text, and a card's title and source line are no entry's headline and attribution)
LISTED = """\
Watch the moment the verdict was announced outside the courthouse
1 hr ago
Who is the founder? The rise and fall of the trader behind the fund
The former bond trader built a $12 billion firm in six years. Then it unraveled in a week.
2 hr ago
"""


def test_stamped_cards_under_the_last_entry_stay_cards() -> None:
    drafts = split(HEADER + ENTRIES + LISTED)
    assert [draft.title for draft in drafts[1:]] == [
        "Watch the moment the verdict was announced outside the courthouse",
        "Who is the founder? The rise and fall of the trader behind the fund",
    ]
    assert "Then it unraveled in a week." not in drafts[0].body
    assert "hands clasped in front of him" in drafts[0].body


# must stay: no "Live" label: an article whose text quotes ages over short lines stays one
# article with its text
ARTICLE = """\
The Ledger
Jury finds hedge fund founder guilty on all counts of fraud
Updated 3:02 PM EDT, Wed April 22, 2026
A federal jury in Manhattan found the founder guilty on all nine counts, including securities fraud.
Sentencing is set for August 19, and the defense has said it will appeal the verdict.
The defense attorney told reporters outside the courthouse that her team was deeply disappointed.
"""


def test_an_article_without_label_is_no_blog() -> None:
    drafts = split(ARTICLE)
    assert len(drafts) == 1
    assert "deeply disappointed" in drafts[0].body


def test_a_card_with_a_source_line_under_the_last_entry_stays_a_card() -> None:
    """Must stay: a card's source line under its title is name-like too ("The Ledger"), but
    the age over the card follows the title of the card before, no entry's text."""
    sourced = LISTED.replace("the fund\n", "the fund\nThe Ledger\n")
    drafts = split(HEADER + ENTRIES + sourced)
    assert [(draft.title[:22], draft.source) for draft in drafts[1:]] == [
        ("Watch the moment the v", None),
        ("Who is the founder? Th", "The Ledger"),
    ]


def test_age_cards_with_a_publisher_line_under_the_blog_are_no_entries() -> None:
    """Must stay (audit B-L3): age / title / publisher / summary cards under the blog's last
    entry ("2 hr ago" / title / "Associated Press" / summary): the publisher's line is
    name-like, but no reporter's attribution; the cards stay out of the blog's body."""
    cards = """\
Elsewhere at the Ledger
2 hr ago
Storm knocks out power to 200,000 in Texas
Associated Press
Crews from four states are working to restore electricity after high winds toppled lines.
3 hr ago
Fed official signals rate cut is possible in June
Reuters
The comments pushed Treasury yields lower in late trading.
"""
    drafts = split(HEADER + ENTRIES + cards)
    assert "Treasury yields lower" not in drafts[0].body
    assert "hands clasped in front of him" in drafts[0].body

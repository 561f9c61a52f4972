"""split_body / boilerplate: a box label that calls its stories related to the page's
("Related news", "RELATED NEWS") heads a box of the story's own, no stream of the site's next
story ("More news", "Up next"): one dated card under it between the paragraphs is a teaser,
and the paragraphs under it are the story going on (``announces_stream``)."""

from datetime import UTC, datetime

import pytest

from streams.boilerplate import announces_stream
from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 6, 3, 12, 0, tzinfo=UTC)

PAGE = (
    "Coastal Herald\n"
    "News\n"
    "Sport\n"
    "Harbour board approves new ferry terminal for Port Elliot\n"
    "Published on June 3, 2026\n"
    "The harbour board has approved plans for a new ferry terminal at Port Elliot.\n"
    "Work on the terminal is due to begin in September.\n"
    "{label}\n"
    "Fishermen protest against rising mooring fees\n"
    "3 days ago\n"
    "Residents will be consulted on the design before building starts.\n"
    "The old jetty will stay open until the new one is finished.\n"
    "Join our WhatsApp channel\n"
)
CARD = "Fishermen protest against rising mooring fees"


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


@pytest.mark.parametrize("label", ["RELATED NEWS", "Related news"])
def test_a_dated_card_under_a_related_news_label_leaves_the_text_to_the_story(label: str) -> None:
    drafts = split(PAGE.format(label=label))
    assert [(d.role, d.title) for d in drafts] == [
        ("lead", "Harbour board approves new ferry terminal for Port Elliot"),
        ("related", CARD),
    ]
    assert "Residents will be consulted on the design" in drafts[0].body
    assert "The old jetty will stay open" in drafts[0].body
    assert drafts[1].body == ""


def test_a_related_word_takes_the_stream_out_of_a_label() -> None:
    assert not announces_stream("Related news")
    assert announces_stream("More news")
    assert announces_stream("Up next")

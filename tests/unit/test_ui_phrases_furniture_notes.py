"""Furniture lines a site prints among or under an article's paragraphs: a skip-the-ad
link, a button opening the site's summary, a paywall's or a gift tool's note, a
broadcaster's on-air note, a wire's standards trailer, a newsletter pitch in full
sentences and a comment-rules heading. They are UI, not text; sentences of a story that
share their words stay."""

from datetime import UTC, datetime

import pytest

from streams.boilerplate import Kind, classify
from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    "line",
    [
        "Passer la publicité",
        "Werbung überspringen",
        "Ler resumo da notícia",
        "Zusammenfassung anzeigen",
        "Jetzt weiterlesen mit NORDPLUS+",
        "Assinantes podem liberar 5 acessos por dia para conteúdos do Jornal.",
        "This article is only available to subscribers.",
        "This segment aired on December 2, 2026.",
        "Unsere Standards: Die Grundsätze unserer Agentur.",
        "Nuestros estándares: los principios de la agencia.",
        "Wil je op de hoogte blijven? Meld je aan voor onze wekelijkse nieuwsbrief.",
        "Meld u aan voor onze avondkrant en ontvang het nieuws van de dag in uw mailbox.",
    ],
)
def test_the_furniture_line_is_dropped(line: str) -> None:
    assert classify(line) is Kind.DROP


@pytest.mark.parametrize(
    "line",
    [
        "The segment aired on a local station before the network picked it up.",
        "Unsere Standards sind hoch, sagte der Minister.",
        "Meld u aan voor de marathon via de website van de gemeente.",
        "The records are only available to subscribers of the registry, the court heard.",
    ],
)
def test_a_story_sentence_with_the_words_stays(line: str) -> None:
    assert classify(line) is None


def test_comment_guidelines_end_the_article() -> None:
    assert classify("Comment Guidelines") is Kind.END


PAGE = """\
Riverside Evening Post
News
Transport
Council approves new bus lane on Mill Road
By Tom Harker
Published 30th Nov 2026, 09:20 GMT
A new bus lane on Mill Road was approved by the council's transport committee on Monday.
Work is expected to start in March and last about six weeks.
Comment Guidelines
Riverside Media welcomes reader discussion on our stories.
"""


def test_the_comment_rules_under_the_text_leave_the_body() -> None:
    drafts = split_articles(clean_page(RawPage(text=PAGE, fetched_at=FETCHED)))
    assert drafts
    assert "six weeks" in drafts[0].body
    assert "Comment Guidelines" not in drafts[0].body
    assert "reader discussion" not in drafts[0].body

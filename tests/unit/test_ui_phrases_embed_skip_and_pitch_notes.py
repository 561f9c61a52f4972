"""clean: an embedded post's skip link, a subscribers' article's closing note, a newsletter
box heading that names the site, a fact-checker's accreditation note and an author's "More
by" list heading are UI, as data; a story's sentences with those words stay text."""

import pytest

from streams.boilerplate import Kind, classify


@pytest.mark.parametrize(
    "line",
    [
        "Skip twitter post by Coastguard Wales",
        "Skip instagram post by Harbour Trust",
        "Skip youtube content",
        "Dieser Artikel gehört zum Angebot von NORDBLATT+.",
        "Dieser Beitrag gehört zum Angebot von Kurier Plus",
        "Stay up to date with The Valley Courier",
        "Verifica.es es miembro verificado de la International Fact-Checking Network (IFCN).",
    ],
)
def test_a_skip_link_a_subscription_note_or_a_newsletter_heading_is_dropped(line: str) -> None:
    assert classify(line) is Kind.DROP


def test_a_more_by_heading_opens_the_authors_teasers() -> None:
    assert classify("More by Ann Lee") is Kind.RELATED


@pytest.mark.parametrize(
    "line",
    [
        "Skipper Tom Evans said the crew had been at sea for nine days.",
        "Dieser Artikel im Grundgesetz gehört zu den umstrittensten, sagte die Richterin.",
        "Staying up late before exams does more harm than good, the study found.",
        "More than 400 homes were evacuated overnight.",
        "The International Fact-Checking Network said 170 groups had signed its code.",
    ],
)
def test_a_story_sentence_with_those_words_stays(line: str) -> None:
    assert classify(line) is None

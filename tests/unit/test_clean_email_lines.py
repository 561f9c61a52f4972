"""A line giving an e-mail address goes when it is a note (a label, the site's or the
author's contact, a notice of several sentences); one news sentence naming an address, a
police appeal, stays text."""

import pytest

from streams.boilerplate import Kind, classify
from streams.clean import clean_page
from streams.model import RawPage


@pytest.mark.parametrize(
    "news",
    [
        "Tips can be sent to tips@police.example.",
        "Die Polizei bittet Zeugen, sich unter hinweise@polizei.example zu melden.",
        "Anyone with information should email the inquiry at inquiry@gov.example.",
        "La gendarmerie a ouvert une adresse, temoins@gendarmerie.example, pour les témoins.",
    ],
)
def test_one_news_sentence_naming_an_address_stays(news: str) -> None:
    assert classify(news) is None
    page = (
        "Police appeal after harbour break-in\n"
        "Thieves broke into three boat sheds at the harbour on Sunday night and took two "
        "outboard engines, police said on Monday.\n"
        f"{news}\n"
        "The harbour master said the sheds would get new locks this week.\n"
    )
    assert news in clean_page(RawPage(text=page)).lines


@pytest.mark.parametrize(
    "note",
    [
        "Email: news@paper.example",
        "Kontakt: redaktion@zeitung.example",
        "Got a story? Email us at news@paper.example",
        "You can get in touch by emailing haveyoursay@paper.example.",
        "Send your pictures to pics@paper.example",
        "Jane Doe can be reached at jane@paper.example.",
        "Write to Jane Doe at jane.doe@paper.example",
        "Sie erreichen die Autorin unter anna@zeitung.example.",
    ],
)
def test_a_contact_note_with_an_address_goes(note: str) -> None:
    assert classify(note) is Kind.DROP

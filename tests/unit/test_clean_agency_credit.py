"""An agency's copyright alone under a caption mid-text ("© AP") is the picture's credit,
not the site's footer: the text under it stays. A footer's copyright, or an agency's after
the last paragraph, still ends the text."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
URL = "https://www.example-news.example/world/floods-italy"

HEAD = """\
World
Floods force thousands from their homes in northern Italy
Published March 9, 2026
Rescuers evacuated 4,000 people from villages along the Po on Monday after two days of \
heavy rain.
The river rose by three metres in 24 hours at Boretto, the civil protection agency said.
"""
LAST = "Schools were closed in 30 towns, and the A1 motorway was closed between Parma and Modena."


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, url=URL, fetched_at=FETCHED)))


def test_an_agency_copyright_under_a_caption_mid_text_is_the_pictures_credit() -> None:
    for credit, agency in (("© AP", "AP"), ("© AFP/Luca Bruno", "AFP/Luca Bruno")):
        drafts = split(f"{HEAD}A flooded street in Guastalla on Monday\n{credit}\n{LAST}\n")
        assert len(drafts) == 1, credit
        assert LAST in drafts[0].body, credit
        assert "A flooded street" not in drafts[0].body, credit
        assert [(c.text, c.credit) for c in drafts[0].captions] == [
            ("A flooded street in Guastalla on Monday", agency)
        ], credit


def test_must_stay_a_footer_copyright_after_the_text_ends_it() -> None:
    page = f"{HEAD}{LAST}\n© 2026 Example Media. All rights reserved.\nPrivacy\nTerms\n"
    drafts = split(page)
    assert len(drafts) == 1
    assert drafts[0].body.endswith(LAST)
    assert "©" not in drafts[0].body and "Privacy" not in drafts[0].body


def test_must_stay_an_agency_copyright_after_the_last_paragraph_leaves_the_body() -> None:
    drafts = split(f"{HEAD}{LAST}\n© dpa\n")
    assert len(drafts) == 1
    assert drafts[0].body.endswith(LAST)
    assert "dpa" not in drafts[0].body


def test_must_stay_an_agency_copyright_under_a_caption_over_the_texts_start() -> None:
    page = """\
Economia
Istat, a febbraio inflazione in calo all'1,4%. Carrello della spesa a +2,1%
Rallenta la corsa dei prezzi. Energia in flessione, alimentari ancora in aumento
Redazione ANSA
ROMA
13 marzo 2026
10:22
NEWS
Una cliente al banco della frutta in un mercato rionale di Roma
© ANSA
(ANSA) - ROMA, 13 MAR - A febbraio l'inflazione rallenta ancora. Secondo le stime \
definitive dell'Istat, l'indice dei prezzi al consumo registra un aumento dell'1,4% su base annua.
La decelerazione è dovuta principalmente ai prezzi dei beni energetici, in flessione \
tendenziale da -2,8% a -4,1%.
"""
    # under the header, not mid-text: the credit is left to the lead's search as before
    # (the cleaned page does not keep it)
    lines = clean_page(RawPage(text=page, url=URL, fetched_at=FETCHED)).lines
    assert "© ANSA" not in lines
    assert any(line.startswith("La decelerazione") for line in lines)

"""clean._agency_credit / _entry_clock_over: inside a live blog, an agency's copyright credit
under an entry's caption ("© BELGA PHOTO Name") over the next entry's clock credits that
caption; it does not end the blog. After an article's last paragraph it still ends the text."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 30, 16, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


BLOG = """\
Nieuws
LIVE
Storm raast over Vlaanderen: treinverkeer verstoord, bomen omgewaaid
Een zware storm trekt vandaag over ons land. Het KMI heeft code oranje afgekondigd.
15:10
Brandweer krijgt honderden oproepen
De brandweer kreeg sinds de ochtend meer dan 600 oproepen voor omgevallen bomen en losse dakpannen.
14:32
Treinverkeer tussen Gent en Brugge onderbroken
Door een omgevallen boom op de bovenleiding is er geen treinverkeer meer mogelijk op de lijn.
Een omgevallen boom op de spoorlijn bij Aalter, vanmiddag.
© BELGA PHOTO KURT DESPLENTER
12:47
Sint-Pietersplein in Gent afgesloten
De stad heeft het plein en het park afgesloten nadat een deel van een tentconstructie loskwam.
11:10
KMI verhoogt waarschuwing naar code oranje
Het KMI heeft de waarschuwing voor de kustprovincies verhoogd van code geel naar code oranje.
"""


def test_an_entry_captions_copyright_credit_keeps_the_blog_going() -> None:
    drafts = split(BLOG)
    assert len(drafts) == 1
    body = drafts[0].body
    assert "deel van een tentconstructie loskwam" in body
    assert "code geel naar code oranje" in body
    assert "Een omgevallen boom op de spoorlijn bij Aalter" not in body
    assert [(c.text, c.credit) for c in drafts[0].captions] == [
        (
            "Een omgevallen boom op de spoorlijn bij Aalter, vanmiddag.",
            "BELGA PHOTO KURT DESPLENTER",
        )
    ]


ARTICLE_THEN_CLOCKED_RAIL = """\
Nieuws
Storm raast over Vlaanderen: treinverkeer verstoord, bomen omgewaaid
Door onze redactie
30 november 2026
Een zware storm trekt vandaag over ons land. Het KMI heeft code oranje afgekondigd voor de kust.
De brandweer kreeg sinds de ochtend meer dan 600 oproepen voor omgevallen bomen en dakpannen.
Door een omgevallen boom op de bovenleiding is er geen treinverkeer meer mogelijk op de lijn.
Een omgevallen boom op de spoorlijn bij Aalter, vanmiddag.
© BELGA PHOTO KURT DESPLENTER
12:47
Beurs van Brussel sluit hoger na sterke bankcijfers
De Bel20 sloot 0,8 procent hoger, gedragen door de banken na hun kwartaalcijfers.
"""


def test_after_an_articles_text_the_copyright_still_ends_it() -> None:
    drafts = split(ARTICLE_THEN_CLOCKED_RAIL)
    assert "De Bel20 sloot 0,8 procent hoger" not in drafts[0].body

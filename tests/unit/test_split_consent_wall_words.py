"""A German consent wall ("accept tracking or subscribe") printed instead of the story its
URL names gives no article: its data-use paragraphs speak a consent wall's words (accept,
consent, personal data, tracking, cookies, ``data/wall_words.txt``). Short German stories
about data protection, or quoting someone who will not accept a ruling, keep their lead."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles
from streams.split_no_article import holds_story
from streams.split_sources import _site_keys

FETCHED = datetime(2026, 2, 3, 8, 0, tzinfo=UTC)


def split(text: str, url: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, url=url, fetched_at=FETCHED)))


CONSENT_PARAGRAPHS = [
    "Sie entscheiden, wie Sie uns lesen: mit Werbung und Tracking oder fast werbefrei im Abo.",
    "Schon Abonnent?",
    "Wenn Sie „Akzeptieren und weiter“ wählen, verarbeiten wir und unsere Partner "
    "personenbezogene Daten wie Ihre IP-Adresse und Ihr Nutzungsverhalten. Wir setzen Cookies "
    "ein, um Inhalte und Anzeigen zu personalisieren.",
    "Dabei werden Daten auch an Drittanbieter in Staaten außerhalb der EU übermittelt, in denen "
    "kein vergleichbares Datenschutzniveau besteht.",
]


def test_a_consent_wall_under_a_story_url_is_no_article() -> None:
    """The notice quotes its button ("Akzeptieren und weiter"), a word of the slug's: the
    slug is told once, so four wall words decide."""
    url = "https://www.beispiel-anzeiger.de/region/pegel-steigt-weiter-_arid-4471.html"
    lines = ("Beispiel-Anzeiger", "Willkommen beim Beispiel-Anzeiger", *CONSENT_PARAGRAPHS)
    assert not holds_story(
        lines,
        1,
        len(lines),
        CONSENT_PARAGRAPHS,
        url=url,
        site=_site_keys(url),
        time_text=None,
        sourced=False,
    )


def test_must_stay_a_story_on_a_data_protection_fine_speaks_the_same_words() -> None:
    page = """\
Digitales
Bußgeld gegen Versandhändler wegen Tracking ohne Einwilligung
Der Versandhändler muss 1,2 Millionen Euro Bußgeld zahlen, weil er Cookies zum Tracking \
ohne Einwilligung seiner Kunden gesetzt hat.
Die Behörde in Hannover wirft dem Unternehmen vor, personenbezogene Daten von rund 300.000 \
Kunden an Werbepartner weitergegeben zu haben.
Der Händler will den Bescheid nicht akzeptieren und vor Gericht ziehen.
Mehr aus Digitales
Neue Regeln für Lieferdienste
"""
    url = "https://www.beispiel-anzeiger.de/digitales/bussgeld-gegen-versandhaendler-wegen-tracking"
    drafts = split(page, url)
    assert [(d.role, d.title) for d in drafts][:1] == [
        ("lead", "Bußgeld gegen Versandhändler wegen Tracking ohne Einwilligung")
    ]


def test_must_stay_a_court_brief_whose_defendant_will_not_accept_the_ruling() -> None:
    page = """\
Region
Betrüger leerte das Konto einer Rentnerin
Ein 41 Jahre alter Mann ist vom Amtsgericht Koblenz zu zwei Jahren Haft verurteilt worden, \
weil er das Konto einer 83 Jahre alten Rentnerin geplündert hatte.
Der Angeklagte will das Urteil nicht akzeptieren und hat Berufung eingelegt.
"""
    url = "https://www.beispiel-anzeiger.de/region/betrueger-leerte-konto-einer-rentnerin"
    drafts = split(page, url)
    assert [(d.role, d.title) for d in drafts] == [
        ("lead", "Betrüger leerte das Konto einer Rentnerin")
    ]


def test_must_stay_a_scam_warning_naming_parcel_tracking_under_an_id_url() -> None:
    """Auditor B's B2 probe: account, password, verify and "tracking" (an English news word,
    so no wall word) in a short warning under a URL of digits: a story."""
    page = """\
Valley Gazette
News
Local

Police warn of fake parcel tracking texts

Residents are being warned about text messages that claim to come from a parcel tracking \
service and ask people to verify a small redelivery fee.

The messages link to a fake page that asks for an account password and card details. Anyone \
who has entered details should call their bank at once.

Share
© 2026 Valley Gazette
"""
    drafts = split(page, "https://www.example.com/news/article-4481273")
    assert [(d.role, d.title) for d in drafts][:1] == [
        ("lead", "Police warn of fake parcel tracking texts")
    ]

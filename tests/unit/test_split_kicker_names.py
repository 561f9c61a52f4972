"""split_page: one plain capitalised word over each card's title and stamp ("Bahnstreik" /
headline / "Stand: …") is a topic kicker, not a publisher: such words alone must not make
a page one whose cards print their sources (else the kicker over the lead's headline is
taken as its source). A page that also prints a publisher's shape there keeps counting
them ("Focus Taiwan", "FreightWaves", an agency's one-word name)."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles
from streams.split_page import _printed_names

FETCHED = datetime(2026, 11, 27, 16, 0, tzinfo=UTC)

ARTICLE = "".join(
    f"{line}\n"
    for line in (
        "Startseite",
        "Inland",
        "Ausland",
        "Wirtschaft",
        "Sport",
        "Fährstreik",
        "Reederei und Gewerkschaft einigen sich auf Schlichtung im Tarifkonflikt",
        "Stand: 27.11.2026 14:32 Uhr",
        "Die Reederei und die Gewerkschaft der Schiffsleute haben sich auf ein "
        "Schlichtungsverfahren geeinigt. Der für Montag angekündigte Streik auf den "
        "Inselfähren ist damit vom Tisch.",
        "Im Tarifkonflikt bei der Reederei ist ein Streik kurz vor Weihnachten abgewendet"
        " worden. Beide Seiten hätten sich auf eine Schlichtung verständigt, teilten sie "
        "am Nachmittag in Hamburg mit.",
        "Bis zum Ende der Schlichtung am 31. Januar gilt eine Friedenspflicht. Streiks "
        "sind in dieser Zeit ausgeschlossen, sagte eine Sprecherin der Reederei am Abend.",
        "Der Fahrgastverband begrüßte die Einigung. Die Reisenden seien nach den Streiks "
        "der vergangenen Jahre müde geworden, sagte sein Vorsitzender.",
        "Mehr aus Wirtschaft",
        "Verbraucherpreise",
        "Inflation sinkt im November auf 1,9 Prozent",
        "27.11.2026",
        "Werftindustrie",
        "Werft kündigt Stellenabbau in der Konstruktion an",
        "26.11.2026",
        "Impressum",
        "Datenschutz",
    )
)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, url=None, fetched_at=FETCHED)))


def test_kicker_words_over_titles_are_no_sources() -> None:
    drafts = split(ARTICLE)
    lead = next(draft for draft in drafts if draft.role == "lead")
    assert lead.title.startswith("Reederei und Gewerkschaft")
    assert [draft.source for draft in drafts] == [None] * len(drafts)


def test_only_plain_words_count_for_nothing() -> None:
    assert _printed_names(["Bahnstreik", "Autoindustrie"], kickers=True) == 0
    assert _printed_names(["Regions", "Live", "Politics"], kickers=True) == 0


def test_a_publishers_shape_keeps_the_names_counted() -> None:
    # must-stay: a portal printing "Focus Taiwan" / title / stamp and "Opinion" / … counts
    # both; so do a camel-case brand and an agency's one-word name
    assert _printed_names(["Focus Taiwan", "Opinion"], kickers=True) == 2
    assert _printed_names(["FreightWaves", "Supply Chain Brief"], kickers=True) == 2
    assert _printed_names(["Reuters", "Bloomberg"], kickers=True) == 2
    assert _printed_names(["Adnkronos"], kickers=True) == 1
    assert _printed_names(["t-online", "Spiegel"], kickers=True) == 2


def test_a_page_printing_a_domain_keeps_plain_names_counted() -> None:
    # must-stay: "nachrichten.example.de" / title on a topic page whose other cards print
    # "Spiegel" / title / stamp: those are publishers
    assert _printed_names(["Spiegel", "Handelsblatt"], kickers=False) == 2

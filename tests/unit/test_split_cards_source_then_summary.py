"""A list of title / source / stamp cards with one card printing no stamp, its summary
under its source (title / "Zeit Online" / summary): read card by card, that card is a
card with its publisher, not lost nor glued to the card above (auditor B's pre-existing
B01, B10), only where the card above printed its stamp under its title, and not over a
stamp (auditor B's s15 B25: a stamp-first list under a live blog). Must stay: a
person's name under a title with text under it is no publisher, nor is a name no
vocabulary knows there (a columnist's as often: the card stays, its source null)."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def cards(text: str) -> list[tuple[str | None, str, str | None]]:
    return [(draft.source, draft.title, draft.time_text) for draft in split(text)]


PORTAL = """\
Beranda
Berita Terkini
Harga beras naik jelang Ramadan, pemerintah siapkan operasi pasar
Kompas.com
2 jam lalu
Banjir rendam ribuan rumah di Bekasi, warga mengungsi
Detik News
3 jam lalu
Timnas Indonesia lolos ke putaran ketiga kualifikasi Piala Dunia
{name}
Pelatih Shin Tae-yong memuji mental pemain setelah menang tipis atas Vietnam di Hanoi.
KPK tetapkan mantan bupati sebagai tersangka korupsi dana desa
Tempo.co
5 jam lalu
Gempa magnitudo 5,2 guncang Sulawesi Tengah, tidak berpotensi tsunami
CNN Indonesia
6 jam lalu
Lihat semua
"""


def test_a_stampless_card_with_its_summary_under_its_source_is_a_card() -> None:
    found = cards(PORTAL.format(name="Zeit Online"))
    assert len(found) == 5
    assert (
        "Zeit Online",
        "Timnas Indonesia lolos ke putaran ketiga kualifikasi Piala Dunia",
        None,
    ) in (found)
    assert (
        "Tempo.co",
        "KPK tetapkan mantan bupati sebagai tersangka korupsi dana desa",
        "5 jam lalu",
    ) in (found)


def test_the_summary_under_the_publisher_is_the_cards_body() -> None:
    # (auditor B's B-1: the summary was in no draft once the publisher was taken)
    for name in ("Zeit Online", "Oluwaseun Adeyemi"):
        drafts = split(PORTAL.format(name=name))
        card = next(draft for draft in drafts if draft.title.startswith("Timnas Indonesia"))
        assert card.body == (
            "Pelatih Shin Tae-yong memuji mental pemain setelah menang tipis atas Vietnam di Hanoi."
        )


def test_a_name_no_vocabulary_knows_there_is_no_source() -> None:
    # (must stay, auditor B's B34: a columnist's name over the summary, "Oluwaseun Adeyemi",
    # reads as any name; null beats wrong, the card stays)
    for name in ("Oluwaseun Adeyemi", "Jakarta Globe"):
        found = cards(PORTAL.format(name=name))
        assert (None, "Timnas Indonesia lolos ke putaran ketiga kualifikasi Piala Dunia", None) in (
            found
        )


def test_a_persons_name_under_a_stampless_title_is_no_source() -> None:
    # (must stay: a byline is no source line, and the stamped cards keep their own)
    found = cards(PORTAL.format(name="Sarah Johnson"))
    assert all(source != "Sarah Johnson" for source, _, _ in found)
    assert [source for source, _, stamp in found if stamp is not None] == [
        "Kompas.com",
        "Detik News",
        "Tempo.co",
        "CNN Indonesia",
    ]


STAMP_FIRST_UNDER_BLOG = """\
The Ledger
Live updates: Senate passes stopgap bill hours before shutdown deadline
Updated 9:12 PM EDT, March 10, 2026
18 min ago
Bill heads to the president's desk
The measure passed 71-29 and now goes to the White House, where the president is expected to sign it tonight.
42 min ago
Senators trade blame on the floor
Both party leaders accused the other side of bringing the government to the brink for the third time this year.
Elsewhere at the Ledger
2 hr ago
Storm knocks out power to 200,000 in Texas
Associated Press
Crews from four states are working to restore electricity after high winds toppled lines.
3 hr ago
Fed official signals rate cut is possible in June
Reuters
The comments pushed Treasury yields lower in late trading.
"""  # noqa: E501


def test_a_stamp_under_the_summary_leaves_the_card_to_the_stamps() -> None:
    # (must stay, auditor B's s15 B25: "2 hr ago" / title / source / summary cards)
    titles = [title for _, title, _ in cards(STAMP_FIRST_UNDER_BLOG)]
    assert (
        "Crews from four states are working to restore electricity after high winds toppled lines."
        not in titles
    )


AD_WITH_DOMAIN = """\
Startseite
Neueste Meldungen
Bahnstreik legt Nahverkehr in Berlin lahm
dpa
vor 1 Std.
Bundesrat billigt Reform der Grundsteuer
Tagesspiegel
vor 2 Std.
Annons
Byt elavtal och spara upp till 3 000 kr om året
Elbolaget.se
DAX schließt mit leichtem Plus
Handelsblatt
vor 3 Std.
Polizei findet vermisstes Mädchen in Kassel
HNA
vor 4 Std.
Impressum
"""


def test_an_ad_with_its_advertisers_domain_makes_no_card() -> None:
    # (must stay, auditor D's s17 D24: the advertiser's domain is no card's publisher)
    titles = [title for _, title, _ in cards(AD_WITH_DOMAIN)]
    assert "Byt elavtal och spara upp till 3 000 kr om året" not in titles
    assert len(titles) == 4

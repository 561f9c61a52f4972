"""Under an article's "title / Source · stamp" related list, a footer's tagline over the
site's own name is no related article: the site's name is known from its host, also with
umlauts written out ("Schwäbische Post" on schwaebischepost.de), or from the masthead the
page prints on its first line (auditor B's B-10: probes s17B-B41, B42, B44). A title over
another publisher there stays a card, also one sharing a first word or initials with the
host (auditor E's E-1: "Saarbrücker Zeitung" on sz.de, "Schwäbische Post" on
schwaebische.de)."""

from datetime import UTC, datetime

import pytest

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)

SZ_ARTICLE = """\
Süddeutsche Zeitung
Politik
Wirtschaft
Meinung
Stadtrat beschließt höhere Grundsteuer für Münchner Eigentümer
Die Stadt will damit ein Loch von 400 Millionen Euro im Haushalt schließen.
Von Anna Berger
10. März 2026, 14:52 Uhr
Der Münchner Stadtrat hat am Dienstag mit knapper Mehrheit eine Erhöhung der Grundsteuer \
beschlossen, nach einer mehrstündigen Debatte im Rathaus.
Der Kämmerer warnte, ohne die Erhöhung müsse die Stadt weitere Investitionen in Schulen und \
Nahverkehr verschieben.
Die Opposition kritisierte, die Erhöhung treffe über die Nebenkosten auch Mieterinnen und Mieter.
Mehr zum Thema
Kommunen in Bayern fehlen Milliarden für Schulen und Kitas
dpa · vor 2 Tagen
Nürnberg erhöht Gebühren für Kitas und Bäder
BR24 · vor 5 Tagen
Qualitätsjournalismus aus München seit 1945
Süddeutsche Zeitung
Impressum
"""

LEDGER_ARTICLE = """\
The Northern Ledger
News
Opinion
Sport
Council approves 4.9% tax rise as reserves run low
Finance chiefs warned that without the rise the authority would face a section 114 notice \
within two years.
By Helen Marsh
Tue 10 Mar 2026 14.52 GMT
Councillors voted by 41 to 19 on Tuesday evening to raise council tax by the maximum allowed \
without a local referendum, after a three-hour debate in the town hall.
The authority's finance director told the meeting that reserves had fallen to their lowest \
level in a decade and that further cuts to services could not be ruled out.
Opposition members said the rise would hit families already struggling with energy and food bills.
More on this story
Councils in England face £4bn funding gap, report warns
Reuters · 2 days ago
Birmingham council declares itself effectively bankrupt
BBC News · 5 days ago
Independent journalism funded by our readers since 1821
The Northern Ledger
Back to top
"""


def titles(text: str, url: str) -> list[str]:
    page = RawPage(text=text, url=url, fetched_at=FETCHED)
    return [draft.title for draft in split_articles(clean_page(page))]


def test_a_tagline_over_the_pages_masthead_is_no_card() -> None:
    assert len(titles(SZ_ARTICLE, "https://www.sueddeutsche.example/muenchen/x")) == 3
    found = titles(LEDGER_ARTICLE, "https://www.ledgernews.example/news/council-tax")
    assert found == [
        "Council approves 4.9% tax rise as reserves run low",
        "Councils in England face £4bn funding gap, report warns",
        "Birmingham council declares itself effectively bankrupt",
    ]


# (no masthead at the top: the host alone names the site)
SP_ARTICLE = SZ_ARTICLE.split("\n", 1)[1].replace("Süddeutsche Zeitung", "Schwäbische Post")


def test_a_tagline_over_the_site_the_host_spells_with_umlauts_written_out_is_no_card() -> None:
    found = titles(SP_ARTICLE, "https://www.schwaebischepost.example/aalen/grundsteuer")
    assert "Qualitätsjournalismus aus München seit 1945" not in found
    assert len(found) == 3


@pytest.mark.parametrize(
    ("name", "url"),
    [
        ("Schwäbische Post", "https://www.schwaebische.example/regional/x"),
        ("Saarbrücker Zeitung", "https://www.sz.example/muenchen/x"),
    ],
)
def test_another_paper_sharing_a_first_word_or_initials_with_the_host_stays_a_card(
    name: str, url: str
) -> None:
    """Must-stay (auditor E's E-1): the list's last stampless card names another paper."""
    text = SP_ARTICLE.replace(
        "Qualitätsjournalismus aus München seit 1945\nSchwäbische Post\n",
        f"Aalen streicht Zuschüsse für das Hallenbad\n{name}\n",
    )
    assert titles(text, url)[-1] == "Aalen streicht Zuschüsse für das Hallenbad"


def test_a_title_over_another_publisher_at_the_lists_end_stays_a_card() -> None:
    """Must-stay: the list's last stampless card names another publisher than the masthead."""
    text = LEDGER_ARTICLE.replace(
        "Independent journalism funded by our readers since 1821\nThe Northern Ledger\n",
        "Pension funds warn of a shortfall in council schemes\nAssociated Press\n",
    )
    found = titles(text, "https://www.ledgernews.example/news/council-tax")
    assert found[-1] == "Pension funds warn of a shortfall in council schemes"

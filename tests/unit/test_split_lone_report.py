"""A short story of one paragraph, no stamp, under a URL without a slug of words, is a story
when it reports an event of others (``split_no_article._reports_event``: a first sentence
telling when or how many in a reporter's voice, under the headline it tells): auditor B's
court brief, obituary, correction and outage probes gave zero articles before. A wall's
one-paragraph notice (consent, "page not found", maintenance, a removed article) speaks to
the reader, in the site's voice, or of the page itself, and stays no article."""

from datetime import UTC, datetime

import pytest

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles
from streams.split_no_article import _opens_on_page_object, _reports_event
from streams.split_sources import _site_keys

FETCHED = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
SLUGLESS = ["https://example.com/news/x", "https://www.example.com/news/article-4481273"]


def split(text: str, url: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, url=url, fetched_at=FETCHED)))


STORIES = [
    pytest.param(
        "Northern Echo Online\nNews\nCourts\n\nMan jailed for arson attack on takeaway\n\n"
        "A 34-year-old man who set fire to a takeaway in Darlington after being refused "
        "service was jailed for four years at Teesside Crown Court on Monday, after admitting "
        "arson with intent to endanger life.\n\nShare\n© 2026 Northern Echo Online\n",
        "Man jailed for arson attack on takeaway",
        id="s_wall_courtbrief_en",
    ),
    pytest.param(
        "Lokalzeitung Kempten\nRegion\n\nTrauer um früheren Bürgermeister Hans Berger\n\n"
        "Der frühere Bürgermeister von Sulzberg, Hans Berger, ist im Alter von 84 Jahren "
        "gestorben. Berger führte die Gemeinde von 1978 bis 2002 und setzte sich vor allem für "
        "den Bau der neuen Grundschule ein. Die Trauerfeier findet am Samstag in der "
        "Pfarrkirche St. Martin statt.\n",
        "Trauer um früheren Bürgermeister Hans Berger",
        id="s_wall_obit_de",
    ),
    pytest.param(
        "The Ledger\nCorrections\n\nCorrection: council vote on bus fares\n\nAn article on "
        "Monday about the council's vote on bus fares gave the wrong result. The council voted "
        "7-4 to freeze fares, not to raise them, and the freeze will run until the end of "
        "2027. We apologise for the error.\n",
        "Correction: council vote on bus fares",
        id="s_wall_correction_en",
    ),
    pytest.param(
        "Riverside Times\nLocal\n\nCity website back online after outage\n\nThe city's "
        "website was down for maintenance on Monday, officials said. Residents could not pay "
        "parking fines or book bulky waste collections for most of the day, and the council "
        "apologised for the disruption.\n",
        "City website back online after outage",
        id="s_wall_outage_en",
    ),
    pytest.param(
        "Le Quotidien du Midi\nFaits divers\n\nUn cycliste blessé à Nîmes\n\nUn cycliste de "
        "52 ans a été grièvement blessé mardi matin à Nîmes après avoir été percuté par une "
        "camionnette au carrefour de l'avenue Jean-Jaurès. Il a été transporté au CHU de "
        "Nîmes.\n\nPartager\n",
        "Un cycliste blessé à Nîmes",
        id="fr_fait_divers",
    ),
    pytest.param(
        "Kvällsposten\nNyheter\n\nMan gripen efter rån i Malmö\n\nEn 27-årig man greps på "
        "tisdagen misstänkt för ett rån mot en tobaksaffär i centrala Malmö. Polisen hittade "
        "en del av bytet i hans lägenhet.\n\nDela\n",
        "Man gripen efter rån i Malmö",
        id="sv_notis",
    ),
    pytest.param(
        "Nyheter\nInrikes\nSport\nFärjetrafiken till Gotland inställd\nDestination Gotland "
        "ställde in tisdagens samtliga avgångar mellan Nynäshamn och Visby på grund av den "
        "hårda vinden. Resenärer med bokade biljetter får boka om kostnadsfritt, uppger "
        "rederiet.\nDela\nKontakta oss\n",
        "Färjetrafiken till Gotland inställd",
        id="c5_sv_brief_tisdagens",
    ),
]


@pytest.mark.parametrize("url", SLUGLESS)
@pytest.mark.parametrize(("page", "title"), STORIES)
def test_a_one_paragraph_report_without_a_slug_is_the_lead(page: str, title: str, url: str) -> None:
    drafts = split(page, url)
    assert [(d.role, d.title) for d in drafts] == [("lead", title)]


WALLS = [
    pytest.param(
        "Gazeta Pomorska\nWiadomości\n\nSzanujemy Twoją prywatność\n\nUżywamy plików cookie "
        "i podobnych technologii, aby dostosować treści do Twoich preferencji, mierzyć "
        "skuteczność reklam i analizować ruch na stronie. Zgodę można wycofać w każdej chwili "
        "w ustawieniach.\n\nAkceptuję\nOdrzucam\nUstawienia\n",
        id="pl_consent",
    ),
    pytest.param(
        "Kvällsposten\nNyheter\n\nVi värnar om din integritet\n\nVi och våra 142 partner "
        "använder kakor för att anpassa innehåll och annonser, mäta annonsernas effekt och "
        "analysera trafiken på sajten. Du kan när som helst ändra dina val under "
        "Inställningar.\n\nGodkänn alla\nAvvisa\nInställningar\n",
        id="sv_consent_our_partners_142",
    ),
    pytest.param(
        "Riverside Times\nNews\n\nPage not found\n\nSorry, the page you were looking for does "
        "not exist or has been moved to a new address on Monday.\n\nBack to homepage\n"
        "© 2026 Riverside Times\n",
        id="en_404_one_sentence_apology",
    ),
    pytest.param(
        "Dagbladet Nord\nNyheder\n\nSiden blev ikke fundet\n\nFejl 404. Den ønskede side "
        "findes ikke eller blev flyttet den 3. marts. Linket kan være forældet, eller adressen "
        "indeholder en stavefejl.\n\nForside\n",
        id="da_404_third_person",
    ),
    pytest.param(
        "Lokalzeitung Kempten\nRegion\n\nWartungsarbeiten\n\nAm Sonntag, 15. März, ist die "
        "Website zwischen 2 und 6 Uhr wegen Wartungsarbeiten nicht erreichbar. Auch die App "
        "und das E-Paper sind in dieser Zeit nicht verfügbar. Wir bitten um Verständnis.\n\n"
        "Zur Startseite\n",
        id="de_maintenance_third_person",
    ),
    pytest.param(
        "Dagblad van het Oosten\n\nOnderhoud\n\nDe website is zondag 15 maart tussen 2 en 6 "
        "uur niet bereikbaar vanwege gepland onderhoud aan de servers. Ook de app en de "
        "digitale krant zijn in die tijd niet beschikbaar.\n\nHome\n",
        id="nl_maintenance_the_website",
    ),
    pytest.param(
        "Riverside Times\nNews\n\nWe are giving our website a makeover\n\nThe work should be "
        "finished by Sunday at six in the evening, when every page will load again as usual "
        "for all of our 40,000 readers.\n\nHome\n",
        id="en_maintenance_headed_in_the_sites_voice",
    ),
    pytest.param(
        "The Ledger\nTopics\n\nHarbour redevelopment\n\nNo stories have been published on "
        "this topic since 1 January 2026. New coverage will appear here when it is published."
        "\n\nFollow topic\n",
        id="en_empty_topic_feed",
    ),
    pytest.param(
        "The Evening Courier\nNews\nSport\nOpinion\nScheduled maintenance\nThe Evening "
        "Courier's website and e-edition will undergo scheduled maintenance on Sunday, March "
        "15, from 1 a.m. to 5 a.m. ET. Comment sections and the archive will be unavailable "
        "during that time, and the print edition will be delivered as usual.\nContact us\n"
        "Terms of use\nPrivacy policy\n",
        id="c5_en_maintenance_under_its_own_heading",
    ),
    pytest.param(
        "Portada\nDeportes\nMantenimiento programado\nLa web y la edición digital no estarán "
        "disponibles el domingo 15 de marzo entre la 1.00 y las 5.00 horas por tareas de "
        "mantenimiento.\nAviso legal\n",
        id="c5_es_mantenimiento",
    ),
    pytest.param(
        "Lokalzeitung Kempten\nRegion\n\nWebsite am Sonntag nicht erreichbar\n\nAm Sonntag, "
        "15. März, ist die Website zwischen 2 und 6 Uhr wegen Wartungsarbeiten nicht "
        "erreichbar. Auch die App und das E-Paper sind in dieser Zeit nicht verfügbar. Wir "
        "bitten um Verständnis.\n\nZur Startseite\n",
        id="de_maintenance_the_website_inside_under_a_long_heading",
    ),
    pytest.param(
        "Le Quotidien du Midi\n\nLe site indisponible dimanche matin\n\nEn raison d'une "
        "opération de maintenance dimanche 15 mars entre 2 heures et 6 heures, le site et "
        "l'application seront indisponibles pendant 4 heures. L'édition papier sera "
        "distribuée normalement.\n\nAccueil\n",
        id="fr_maintenance_le_site_inside_under_a_long_heading",
    ),
    # auditor D's D3 / D2: third-person walls under headings of four words or more
    pytest.param(
        "Liverpool Echo\nCookies on the Liverpool Echo\nReach plc and 843 partners use cookies "
        "and similar technologies to store and access information on devices, as described in "
        "the privacy policy updated on 1 March 2026.\nAccept all\nReject all\n"
        "Manage preferences\n",
        id="d3_w5d_en_consent_of_the_publishers_group",
    ),
    pytest.param(
        "Startseite\nLokales\nSport\nWartungsarbeiten am E-Paper am Sonntag\nWegen "
        "Wartungsarbeiten ist das E-Paper am Sonntag, 15. März, zwischen 1 und 5 Uhr nicht "
        "erreichbar, die gedruckte Zeitung wird wie gewohnt zugestellt.\nImpressum\n"
        "Datenschutz\nKontakt\n",
        id="d3_w1b_de_e_paper_wartung",
    ),
    pytest.param(
        "Home\nCronaca\nSport\nManutenzione programmata dei sistemi domenica\nIl servizio di "
        "abbonamento digitale sarà sospeso domenica 15 marzo dalle 1 alle 5 per una "
        "manutenzione programmata dei sistemi.\nContatti\nPrivacy\nNote legali\n",
        id="d3_w2b_it_manutenzione",
    ),
    pytest.param(
        "The Evening Courier\nNews\nSport\nOpinion\nScheduled maintenance on Sunday, March "
        "15\nThe Evening Courier's website and e-edition will undergo scheduled maintenance on "
        "Sunday, March 15, from 1 a.m. to 5 a.m. ET. Comment sections and the archive will be "
        "unavailable during that time, and the print edition will be delivered as usual.\n"
        "Contact us\nTerms of use\nPrivacy policy\n",
        id="d2_w13_en_maintenance_under_a_dated_heading",
    ),
]


@pytest.mark.parametrize("url", SLUGLESS)
@pytest.mark.parametrize("page", WALLS)
def test_must_stay_a_walls_one_paragraph_notice_is_no_article(page: str, url: str) -> None:
    assert split(page, url) == []


def test_must_stay_a_lead_sentence_over_a_list_of_cards_is_no_report() -> None:
    """A dated first sentence with card headlines under it is a list's first teaser."""
    paragraphs = [
        "Crews handed the new quay over to the port on Friday, two months early.",
        "Brackenford Mercury",
        "Library in Brackenford keeps winter hours",
    ]
    assert not _reports_event("Osterby quay rebuild finishes early", paragraphs, frozenset())


def test_must_stay_a_report_naming_the_site_itself_is_a_notice() -> None:
    """ "Example Paper is down …" on example-paper.com: the site speaks of itself."""
    paragraphs = [
        "Example Paper is down for scheduled maintenance on Sunday between 2 and 4 AM while "
        "engineers move the servers."
    ]
    site = _site_keys("https://www.example-paper.com/news/4481273")
    assert not _reports_event("Example Paper down for maintenance", paragraphs, site)


def test_an_indefinite_article_opens_on_some_article_not_the_pages_own() -> None:
    assert not _opens_on_page_object("an article on monday about the vote gave the wrong result")
    assert _opens_on_page_object("the article has been removed following a complaint")


def test_must_stay_a_brief_opening_on_a_named_website_keeps_its_slug() -> None:
    """Auditor D's D1: "La web Idealista publicó …" tells of someone's website; the
    report's own site nouns ("web", ``[notice-site]``) leave a slugged brief's voice alone."""
    page = (
        "Portada\nEconomía\nVivienda\nEl precio del alquiler sube un 11% en Madrid\nLa web "
        "Idealista publicó el lunes su informe de febrero, que sitúa el precio medio del "
        "alquiler en Madrid en 21,4 euros por metro cuadrado, un 11% más que hace un año.\n"
        "Compartir\nAviso legal\n"
    )
    url = (
        "https://www.elpais.es/economia/2026-03-10/el-precio-del-alquiler-sube-un-11-en-madrid.html"
    )
    assert [d.title for d in split(page, url)] == ["El precio del alquiler sube un 11% en Madrid"]

"""Pages that print furniture a story never has — a login form's password field, an error
page's block of code fields around its clock, the site's accented masthead over the day's
date — give no article of it; short real stories near those shapes keep their stamp and
their lead."""

from datetime import UTC, datetime

import pytest

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles
from streams.split_no_article import _login_form
from streams.split_sources import _own_site, _site_keys

FETCHED = datetime(2026, 2, 20, 8, 0, tzinfo=UTC)


def split(text: str, url: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, url=url, fetched_at=FETCHED)))


# -- the site's masthead with accents: its host spells it without them


def test_a_masthead_is_the_own_site_whatever_its_accents() -> None:
    site = _site_keys("https://www.ladepechedulittoral.example/nantes/")
    assert _own_site("La Dépêche du Littoral", site)
    assert not _own_site("La Dépêche du Midi", site)  # another paper's name stays a source


def test_an_accented_masthead_over_the_days_date_is_no_card() -> None:
    """The masthead over the date read as a card took the page's story as its text."""
    page = """\
La Dépêche du Littoral
Jeudi 22 janvier 2026
Actualité
Sports
Le pont de Saint-Nazaire fermé deux nuits pour travaux
Le pont de Saint-Nazaire sera fermé à la circulation dans la nuit de mardi à mercredi, puis \
dans celle de mercredi à jeudi, pour le remplacement de joints de dilatation.
Une déviation par Nantes sera mise en place, a précisé le département de Loire-Atlantique, \
qui recommande d'éviter le secteur entre 21 heures et 6 heures.
"""
    drafts = split(page, "https://www.ladepechedulittoral.example/loire/44871")
    assert [(d.role, d.title) for d in drafts] == [
        ("lead", "Le pont de Saint-Nazaire fermé deux nuits pour travaux")
    ]


# -- a login form's password field under a wall's heading

FRENCH_LOGIN_WALL = """\
La Dépêche du Littoral
Jeudi 22 janvier 2026
Actualité
Loire-Atlantique
Sports
Avis de décès
Connexion
Votre session a expiré ou vous n'êtes pas connecté.
Adresse e-mail
Mot de passe
Se connecter
Mot de passe oublié ?
Pas encore abonné ?
Un problème de connexion ? Contactez notre service client au 02 40 00 00 00, du lundi au \
vendredi de 8 h 30 à 18 h.
Ce site est protégé par reCAPTCHA et les Règles de confidentialité et Conditions \
d'utilisation de Google s'appliquent.
CGV
"""


def test_a_login_form_under_a_notice_to_the_reader_is_a_wall() -> None:
    url = "https://www.ladepechedulittoral.example/connexion?redirect=/loire/"
    assert split(FRENCH_LOGIN_WALL, url) == []


def test_a_login_form_in_another_language_is_a_wall() -> None:
    """The lead's lines from its heading down (split.py's hook): the fields under it."""
    lead = (
        "Logowanie",
        "Twoja sesja wygasła lub nie jesteś zalogowany.",
        "Adres e-mail",
        "Hasło",
        "Masz problem? Napisz do naszego biura obsługi klienta.",
    )
    assert _login_form(lead)
    assert not _login_form(lead[:2] + lead[3:])  # a password field alone is no form


def test_must_stay_a_heading_naming_a_password_is_no_field() -> None:
    """(audit B5) The heading is a story's headline, even one a form's link could print."""
    assert not _login_form(("Nie pamiętasz hasła?", "Adres e-mail", "Regulamin"))
    assert not _login_form(("Password rules tightened", "Forgot your password?"))


def test_must_stay_a_paywalled_brief_whose_news_stands_over_its_login_form() -> None:
    """A story's first paragraph in the third person over the form: an article (README: a
    paywalled article shows its title and first paragraphs)."""
    page = """\
La Dépêche du Littoral
Actualité
Brest : un entrepôt du port détruit par un incendie
Un incendie a détruit dans la nuit de mardi à mercredi un entrepôt du port de commerce de \
Brest, sans faire de blessé.
Les pompiers ont mis quatre heures à maîtriser le feu, a précisé la préfecture du Finistère.
Pour lire la suite, connectez-vous à votre compte abonné.
Adresse e-mail
Mot de passe
Se connecter
"""
    drafts = split(page, "https://www.ladepechedulittoral.example/brest/44872")
    assert [(d.role, d.title) for d in drafts] == [
        ("lead", "Brest : un entrepôt du port détruit par un incendie")
    ]


def test_must_stay_a_short_story_of_leaked_passwords_told_in_sentences() -> None:
    """Passwords named in a story's sentences, not as a field of their own."""
    page = """\
Actualité
Fuite de données à la mairie de Quimper
Les mots de passe de 2 000 agents de la mairie de Quimper ont été publiés sur un forum, a \
indiqué la ville mercredi.
Le site de la mairie a été bloqué par précaution et chaque agent doit choisir un nouveau mot \
de passe avant lundi.
"""
    drafts = split(page, "https://www.ladepechedulittoral.example/quimper/44873")
    assert [d.role for d in drafts] == ["lead"]


# -- an error page's block of code fields around its clock


def test_the_clock_among_an_error_pages_code_fields_is_no_card_stamp() -> None:
    page = """\
TV Pomorze
Wiadomości
Sport
Przepraszamy
Ten materiał jest niedostępny w Twojej lokalizacji.
Ze względu na ograniczenia licencyjne materiały wideo są dostępne wyłącznie na terytorium \
Polski. Jeśli uważasz, że to błąd, wyłącz VPN lub skontaktuj się z nami.
Kod błędu: GEO-403
Adres IP: 203.0.113.47
Data: 20.02.2026, 08:15:33 CET
Wróć na stronę główną
Regulamin
"""
    assert split(page, "https://www.tvpomorze.example/wiadomosci/wideo/") == []


@pytest.mark.parametrize(
    "field",
    ["Case number: 24CR00123", "Updated: 2026-03-03"],
)
def test_must_stay_a_court_brief_with_one_field_by_its_stamp(field: str) -> None:
    """One case number (or an update stamp) beside a story's date is no error block: the
    story keeps its stamp."""
    page = f"""\
Courts
Judge orders new trial in warehouse fire case
March 3, 2026
{field}
A Kane County judge on Tuesday ordered a new trial for an Aurora man convicted of setting a \
2024 warehouse fire, ruling that jurors heard evidence that should have been excluded.
Prosecutors said they would ask the appellate court to review the decision.
"""
    drafts = split(page, "https://www.example.org/courts/new-trial-warehouse-fire")
    assert [(d.role, d.time_text) for d in drafts] == [("lead", "March 3, 2026")]


# (audit B3: two data fields by a story's stamp are no error block: the rule asks a field
# label from an error page's vocabulary, data/wall_words.txt [error-field])
_SAP_FLASH = """\
Nachrichten
Aktien
SAP-Aktie legt nach Quartalszahlen zu
WKN: 716460
ISIN: DE0007164600
{stamp}
Die Aktie von SAP ist am Freitag im frühen Handel um 4 Prozent gestiegen, nachdem der \
Konzern einen höheren Cloud-Umsatz gemeldet hatte.{more}
{source}Weitere Nachrichten
"""
_SAP_URL = "https://www.boersen-beispiel.example/nachrichten/aktien/sap-aktie-legt-nach-zahlen-zu"


def test_must_stay_a_stock_flash_with_wkn_and_isin_over_its_stamp() -> None:
    page = _SAP_FLASH.format(stamp="02.05.2026, 07:12 Uhr", more="", source="Quelle: dpa-AFX\n")
    drafts = split(page, _SAP_URL)
    assert [(d.role, d.time_text, d.source) for d in drafts] == [
        ("lead", "02.05.2026, 07:12 Uhr", "dpa-AFX")
    ]


def test_must_stay_a_stock_flash_keeps_its_stand_stamp_under_wkn_and_isin() -> None:
    more = (
        " Analysten hatten mit einem schwächeren Quartal gerechnet, wie Händler in Frankfurt"
        " sagten."
    )
    page = _SAP_FLASH.format(stamp="Stand: 02.05.2026 07:12 Uhr", more=more, source="")
    drafts = split(page, _SAP_URL)
    assert [(d.role, d.time_text) for d in drafts] == [("lead", "Stand: 02.05.2026 07:12 Uhr")]


def test_must_stay_a_quake_flash_keeps_its_stamp_under_depth_and_location() -> None:
    page = """\
World
Magnitude 4.7 earthquake strikes off Crete
Depth: 10km
Location: 35.12N
May 2, 2026 7:12am
A magnitude 4.7 earthquake struck off the southern coast of Crete on Saturday morning, the \
Greek geodynamic institute said. No damage was reported.
More World news
"""
    drafts = split(page, "https://www.example-news.example/world/earthquake-crete")
    assert [(d.role, d.time_text) for d in drafts] == [("lead", "May 2, 2026 7:12am")]


# (audits A6, B3 follow-up: an error block asks a strong error label, error/Fehler/IP/Ray …,
# ref/code/ID only beside one, and a served clock with seconds: a story's data fields by its
# stamp, a case number and a reference, an outage's "Error code" and "Incident ID", are no
# error page's)
_OUTAGE = """\
Tech
Bank app outage leaves customers unable to pay
Error code: E-503
Incident ID: 88213
Nov 28, 2026, 9:40 AM
Customers of one of the country's largest banks were unable to use its app or make card \
payments for about three hours on Friday morning, the bank said.
{more}"""
_OUTAGE_URL = "https://www.example-news.com/tech/2026/11/28/bank-outage"


@pytest.mark.parametrize(
    "more",
    ["The bank said the outage was caused by a failed software update and apologised.\n", ""],
)
def test_must_stay_an_outage_story_keeps_its_stamp_under_its_error_code(more: str) -> None:
    drafts = split(_OUTAGE.format(more=more), _OUTAGE_URL)
    assert [(d.role, d.time_text) for d in drafts] == [("lead", "Nov 28, 2026, 9:40 AM")]
    assert "the bank said" in drafts[0].body


def test_must_stay_a_court_brief_keeps_its_stamp_under_case_no_and_ref() -> None:
    page = """\
Courts
Man jailed for fraud
Case No: T20260042
Ref: CCC-4512
May 2, 2026 7:12am
A 42-year-old man from Ashford was jailed for three years at Canterbury Crown Court on \
Thursday for defrauding elderly residents.
More in Courts
"""
    drafts = split(page, "https://www.localpaper-example.com/news/courts/man-jailed-for-fraud")
    assert [(d.role, d.title, d.time_text) for d in drafts] == [
        ("lead", "Man jailed for fraud", "May 2, 2026 7:12am")
    ]


def test_must_stay_a_police_release_keeps_its_stamp_under_its_file_numbers() -> None:
    page = """\
Pressemitteilung
Einbruch in Kiosk - Zeugen gesucht
Aktenzeichen: 2026-04123
Referenz: PP-FR-0417
02.05.2026, 07:12 Uhr
Unbekannte sind in der Nacht zum Samstag in einen Kiosk in der Bahnhofstraße in Kleinbrück \
eingebrochen und haben Zigaretten erbeutet.
"""
    drafts = split(page, "https://www.polizei-beispiel.de/presse/einbruch-in-kiosk")
    assert [(d.role, d.time_text) for d in drafts] == [("lead", "02.05.2026, 07:12 Uhr")]
    assert "Kiosk in der Bahnhofstraße" in drafts[0].body


def test_must_stay_a_story_reporting_speech_keeps_its_stamp_to_the_second() -> None:
    """A stamp to the second over an outage story's error fields: the story reports who
    said what, no error page does."""
    page = _OUTAGE.replace("Nov 28, 2026, 9:40 AM", "28.11.2026 09:40:12").format(
        more="Nordbank customers in Hamburg and Bremen could not pay, a spokesman said.\n"
    )
    drafts = split(page, _OUTAGE_URL)
    assert [(d.role, d.time_text) for d in drafts] == [("lead", "28.11.2026 09:40:12")]


# (audit B5: a headline naming passwords is a story's; a login form is a password field
# under the title beside a second form line, an e-mail field, a "forgot" link, a button)
@pytest.mark.parametrize(
    ("url", "page"),
    [
        (
            "https://www.diario-ejemplo.es/tecnologia/adios-a-la-contrasena",
            """\
Tecnología
Adiós a la contraseña
Los bancos españoles sustituirán las claves por la huella dactilar a partir de 2027 en todas \
sus aplicaciones.
La medida afecta a más de 20 millones de clientes de BBVA, Santander y CaixaBank en España.
Las entidades tendrán seis meses para adaptar sus sistemas al nuevo reglamento europeo.
Más noticias
El Ibex cierra en máximos
Hace 2 horas
La inflación baja al 2,1 %
Hace 3 horas
""",
        ),
        (
            "https://www.beispiel-zeitung.de/digital/passwort-pflicht-fuer-beamte",
            """\
Digital
Passwort-Pflicht für Beamte
Bundesbeamte müssen ihre Passwörter ab Juli alle 90 Tage ändern und eine \
Zwei-Faktor-Anmeldung nutzen.
Die neue Dienstvorschrift des Bundesinnenministeriums gilt für rund 190.000 Beschäftigte in \
Berlin und Bonn.
Bisher galt die Regel nur für Mitarbeiter der Sicherheitsbehörden.
Mehr zum Thema
Bundestag beschließt Digitalgesetz
vor 2 Stunden
""",
        ),
        (
            "https://www.example-news.com/tech/password-rules-tightened",
            """\
Tech
Password rules tightened
Civil servants will have to change their passwords every 90 days from July and use \
two-factor login on all government laptops.
The Cabinet Office rules cover about 500,000 staff in London, Cardiff and Edinburgh.
The change follows a breach at the Home Office in March.
More from Tech
Chipmaker shares slide
2 hours ago
""",
        ),
        (
            "https://www.gazeta-przyklad.pl/technologie/koniec-z-haslami-w-bankach",
            """\
Technologie
Koniec z hasłami w bankach
Polskie banki od 2027 roku zastąpią hasła odciskiem palca we wszystkich aplikacjach mobilnych.
Zmiana obejmie ponad 20 milionów klientów PKO BP, Pekao i mBanku w całej Polsce.
Banki mają pół roku na dostosowanie systemów do nowych przepisów unijnych.
Najnowsze
Inflacja spada do 3 proc.
2 godziny temu
""",
        ),
        (
            "https://www.jornal-exemplo.com.br/tecnologia/adeus-a-senha-nos-bancos",
            """\
Tecnologia
Adeus à senha
Os bancos brasileiros vão substituir a senha pela biometria em todos os aplicativos a partir \
de 2027.
A mudança atinge mais de 80 milhões de clientes do Itaú, Bradesco e Banco do Brasil.
As instituições terão seis meses para adaptar os sistemas à nova regra do Banco Central.
Veja também
Dólar fecha em queda
Há 2 horas
""",
        ),
    ],
)
def test_must_stay_a_short_story_whose_headline_names_passwords(url: str, page: str) -> None:
    title = page.splitlines()[1]
    drafts = split(page, url)
    assert [(d.role, d.title) for d in drafts][:1] == [("lead", title)]

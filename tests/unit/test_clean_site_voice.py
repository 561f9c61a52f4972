"""The site's own voice inside and after the text (newsletter boxes, reader surveys, "the
article goes on under the ad" prompts) goes; a story sentence using the same words in the
third person stays."""

import pytest

from streams.clean import clean_page
from streams.model import RawPage


def lines_of(text: str) -> tuple[str, ...]:
    return clean_page(RawPage(text=text)).lines


def _gone(lines: tuple[str, ...], snippet: str) -> bool:
    return not any(snippet in line for line in lines)


FORM_BOX = (
    "Le maire a présenté mardi le nouveau plan de circulation, en vigueur en avril.\n"
    "Newsletter Vallée\n"
    "Chaque soir, recevez les nouvelles de la vallée et des communes voisines.\n"
    "Votre adresse e-mail\n"
    "Je m'inscris\n"
    "En vous inscrivant, vous acceptez que vos données soient utilisées conformément à "
    "notre politique de confidentialité.\n"
    "Les commerçants inquiets\n"
    "Les commerçants de la rue principale craignent une baisse de fréquentation pendant "
    "les travaux, selon leur association.\n"
)


def test_a_newsletter_box_goes_with_the_field_and_button_over_its_data_use_note() -> None:
    lines = lines_of(FORM_BOX)
    for box_line in ("Newsletter Vallée", "Chaque soir, recevez", "Votre adresse", "Je m'inscris"):
        assert _gone(lines, box_line), box_line
    assert lines[0].startswith("Le maire a présenté mardi")
    assert "Les commerçants inquiets" in lines  # the crosshead under the box stays
    assert lines[-1].startswith("Les commerçants de la rue principale")


def test_a_story_sentence_over_two_short_lines_and_a_pitch_stays() -> None:
    # a short story sentence with a newsletter's word ("every"), two short lines of a
    # sign-up's words, a pitch: it speaks to nobody and no newsletter's name stands over it
    news = "The new branch library will open every morning at eight."
    lines = lines_of(
        "The county opened its third library in the old post office on Monday.\n"
        f"{news}\n"
        "Address\n"
        "Mail\n"
        "Subscribe to our newsletter for the best of local news in your inbox\n"
        "The county plans a fourth branch in the east of the town by 2028, officials said.\n"
    )
    assert news in lines


NAMED_BOX = """\
Het college van burgemeester en wethouders wil de kade voor de zomer opnieuw inrichten.
Nieuwsbrief Zutphen
Elke avond om 18 uur het belangrijkste nieuws uit Zutphen en de wijde omgeving in je mailbox.
Aanmelden
De gemeenteraad beslist in juni over het krediet van 4 miljoen euro voor de werkzaamheden.
"""


def test_a_longer_description_under_the_newsletters_name_goes_with_its_button() -> None:
    lines = lines_of(NAMED_BOX)
    assert _gone(lines, "Nieuwsbrief Zutphen")
    assert _gone(lines, "Elke avond om 18 uur")
    assert lines[0].startswith("Het college van burgemeester")
    assert lines[-1].startswith("De gemeenteraad beslist in juni")


def test_a_story_about_a_newsletter_under_a_newsletter_crosshead_stays() -> None:
    # the same words in the third person, telling who said it: news, over a sign-up pitch
    news = (
        "The council will send a weekly newsletter to every household from May to explain "
        "the roadworks, the mayor said."
    )
    lines = lines_of(
        "Roadworks on the ring road will last until the autumn, the county said.\n"
        "Weekly newsletter\n"
        f"{news}\n"
        "Subscribe to our newsletter for the best of local news in your inbox\n"
    )
    assert news in lines


SURVEYS = (
    "Le conseil municipal a voté mardi soir le budget de la piscine, par 31 voix contre 12.\n"
    "Cet article vous a-t-il été utile ?\n"
    "Oui\n"
    "Non\n"
    "Merci pour votre réponse.\n"
    "Der Stadtrat hat die neue Buslinie am Donnerstag mit großer Mehrheit beschlossen.\n"
    "Wie hat Ihnen dieser Artikel gefallen?\n"
    "1 Stern\n"
    "2 Sterne\n"
    "3 Sterne\n"
    "Ihre Bewertung hilft uns, unser Angebot zu verbessern.\n"
    "The county said the new bus route would start running in September.\n"
    "Was this article helpful?\n"
    "Yes\n"
    "No\n"
)


def test_a_survey_on_the_article_goes_with_its_answers_and_thanks() -> None:
    lines = lines_of(SURVEYS)
    for survey_line in (
        "utile",
        "Oui",
        "Non",
        "Merci pour votre réponse.",
        "gefallen",
        "Stern",
        "Ihre Bewertung",
        "helpful",
        "Yes",
        "No",
    ):
        assert _gone(lines, survey_line), survey_line
    assert lines == (
        "Le conseil municipal a voté mardi soir le budget de la piscine, par 31 voix contre 12.",
        "Der Stadtrat hat die neue Buslinie am Donnerstag mit großer Mehrheit beschlossen.",
        "The county said the new bus route would start running in September.",
    )


def test_a_storys_question_on_this_article_over_text_stays() -> None:
    # the same words in a story: a question over a crosshead and text, over one short line
    question = "Who will pay for this article of the treaty?"
    lines = lines_of(
        "Ministers met in Brussels on Monday to discuss the new fisheries treaty.\n"
        f"{question}\n"
        "The costs\n"
        "Under the draft, coastal states would share the cost of patrols, officials said.\n"
        "Was this story worth the wait?\n"
        "The critics\n"
        "Critics said the talks had dragged on for six years without a result.\n"
    )
    for kept in (question, "The costs", "Was this story worth the wait?", "The critics"):
        assert kept in lines, kept


# B1: a share bar's mail icon is no sign-up button: the story's last short sentence with a
# newsletter's word ("jeden Samstag", "chaque samedi") over it stays (auditor B's probes E7-E10)
SHARE_BAR_ENDINGS = (
    (
        "Der Wochenmarkt in Kleinbrück zieht ab Juni auf den Rathausplatz, hat der Gemeinderat "
        "am Donnerstag beschlossen.",
        "Der Markt findet künftig jeden Samstag von 7 bis 13 Uhr statt.",
        "E-Mail\nFacebook\nWhatsApp\nMehr zum Thema",
    ),
    (
        "Le marché de Villefranche quittera la place de la Gare en juin, a décidé le conseil "
        "municipal jeudi.",
        "Il se tiendra désormais chaque samedi matin.",
        "Partager par e-mail\nFacebook\nX\nÀ lire aussi",
    ),
    (
        "Il mercato settimanale lascerà piazza della Stazione a giugno, ha deciso giovedì il "
        "consiglio comunale.",
        "Si terrà ogni sabato mattina dalle 7 alle 13.",
        "Mail\nFacebook\nLeggi anche",
    ),
    (
        "De weekmarkt in Zutphen verhuist in juni naar het Raadhuisplein, heeft de gemeenteraad "
        "donderdag besloten.",
        "De markt wordt voortaan elke zaterdag gehouden.",
        "Mail\nFacebook\nMeest gelezen",
    ),
)


@pytest.mark.parametrize(
    ("lead", "last", "share_bar"), SHARE_BAR_ENDINGS, ids=("de", "fr", "it", "nl")
)
def test_a_storys_last_short_sentence_over_a_share_bars_mail_icon_stays(
    lead: str, last: str, share_bar: str
) -> None:
    lines = lines_of(f"{lead}\n{last}\n{share_bar}\n")
    assert last in lines


def test_a_crosshead_and_paragraph_over_a_share_bars_mail_icon_stay() -> None:
    # a crosshead with a newsletter's words ("ogni mattina") reads as a newsletter's name;
    # the paragraph under it is no description when only "Mail" / "Facebook" follow (E13)
    crosshead = "Ogni mattina in coda"
    paragraph = (
        "Migliaia di pendolari aspettano ogni mattina in stazione a Empoli senza sapere "
        "quando partirà il prossimo treno."
    )
    lines = lines_of(
        "Da lunedì i treni regionali tra Firenze e Pisa viaggiano con ritardi fino a 40 minuti "
        "per un guasto alla linea, ha comunicato Rfi.\n"
        "L'assessore regionale Stefano Baccelli ha chiesto un incontro urgente con l'azienda.\n"
        f"{crosshead}\n{paragraph}\nMail\nFacebook\nLeggi anche\n"
    )
    assert crosshead in lines
    assert paragraph in lines


# B2: crossheads made of the words of "the text goes on after the ad" stay when no ad is
# named (auditor B's probes E14, E15)
def test_a_crosshead_il_testo_stays() -> None:
    lines = lines_of(
        "La Camera ha approvato la nuova legge elettorale con 210 voti favorevoli e 140 "
        "contrari, ha annunciato il presidente Lorenzo Fontana.\n"
        "L'opposizione ha annunciato un ricorso alla Corte costituzionale.\n"
        "Il testo\n"
        "La riforma introduce un premio di maggioranza per la coalizione che supera il 40 per "
        "cento dei voti.\n"
        "Le reazioni\n"
        'Il segretario del Pd ha parlato di una "forzatura".\n'
    )
    assert "Il testo" in lines


def test_a_question_crosshead_gaat_het_door_stays() -> None:
    lines = lines_of(
        "De carnavalsoptocht in Venlo gaat zondag ondanks de zware wind toch door, heeft de "
        "gemeente zaterdag besloten.\n"
        "Burgemeester Antoin Scholten overlegde de hele ochtend met de politie en het KNMI.\n"
        "Gaat het door?\n"
        "Ja. De wagens rijden wel een kortere route langs de Maas, en grote ballonnen blijven "
        "aan de grond.\n"
    )
    assert "Gaat het door?" in lines


def test_a_storys_last_short_sentence_over_a_login_bar_stays() -> None:
    # B1 follow-up (auditor B's probe E7b): "Anmelden" / "Registrieren" under the text are
    # the site's account links; a story's sentence with "jeden Samstag" over them is no
    # newsletter's description (it neither speaks to the reader nor stands under a name)
    last = "Der Markt findet künftig jeden Samstag von 7 bis 13 Uhr statt."
    lines = lines_of(
        "Der Wochenmarkt in Kleinbrück zieht ab Juni auf den Rathausplatz, hat der Gemeinderat "
        "am Donnerstag beschlossen.\n"
        "Die Händler hatten sich seit Jahren über zu wenig Platz beklagt, sagte Marktmeister "
        "Klaus Weber.\n"
        f"{last}\nAnmelden\nRegistrieren\nMehr zum Thema\n"
    )
    assert last in lines


CROSSHEAD_OVER_PITCH = (
    (
        "Die Arbeiten sollen bis Ende August dauern, sagte ein Sprecher.",
        "Jeden Morgen im Stau",
        "Rund 30.000 Fahrzeuge quälen sich jeden Morgen durch die einspurige Baustelle zwischen "
        "Kleinbrück und Neudorf.",
        "Jetzt abonnieren",
        "Die Stadt prüft nun eine Umleitung über die Kreisstraße.",
    ),
    (
        "Le chantier doit durer jusqu'à fin août, selon la DIR.",
        "Chaque matin, la galère",
        "Près de 30 000 véhicules traversent chaque matin le chantier sur une seule voie entre "
        "Villefranche et Anse.",
        "Abonnez-vous",
        "La mairie étudie une déviation par la départementale.",
    ),
)


@pytest.mark.parametrize(
    ("lead", "crosshead", "paragraph", "button", "tail"), CROSSHEAD_OVER_PITCH, ids=("de", "fr")
)
def test_a_crosshead_of_frequency_words_over_a_pitch_button_names_no_newsletter(
    lead: str, crosshead: str, paragraph: str, button: str, tail: str
) -> None:
    # B6 (auditor B's probes E16, E17): "Jeden Morgen im Stau" names no newsletter (no
    # newsletter noun), so the long paragraph under it is no box description
    lines = lines_of(f"{lead}\n{crosshead}\n{paragraph}\n{button}\n{tail}\n")
    assert crosshead in lines
    assert paragraph in lines

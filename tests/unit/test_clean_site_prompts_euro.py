"""The site's prompts under or inside the text in de / fr / es / it / nl / pt, as data: a
prompt to report an error ("Fehler gefunden? Jetzt melden."), a subscriber-only tool's
notice, a survey on the article ("Wat vond je van dit artikel? …"), "the article goes on
after the ad" ("Artikel wird nach der Anzeige fortgesetzt"), "see more content", a newsletter
box's bare heading ("Bleiben Sie informiert!").
The same words in a story's own sentences stay."""

import pytest

from streams.boilerplate import Kind, classify


@pytest.mark.parametrize(
    "line",
    [
        "Fehler gefunden? Jetzt melden.",
        "Vous avez repéré une erreur ? Signalez-la",
        "Reporta un error",
        "Segnala un errore",
        "Fout gezien?",
        "Esta funcionalidad es exclusiva para suscriptores.",
        "Cette fonctionnalité est réservée aux abonnés.",
        "Wat vond je van dit artikel? Help ons de site beter te maken en vul onze korte"
        " enquête in. Het duurt maar 2 minuten.",
        "Qu’avez-vous pensé de cet article ?",
        "Wie hat Ihnen dieser Artikel gefallen? Machen Sie mit bei unserer kurzen Umfrage.",
        "Que pensez-vous de cet article ? Répondez à notre sondage en deux minutes.",
        "¿Qué te ha parecido este artículo? Responde a nuestra breve encuesta.",
        "Artikel wird nach der Anzeige fortgesetzt",
        "Der Artikel wird unter der Anzeige fortgesetzt",
        "Voir plus de contenus",
        "Ver más contenidos",
        "Bleiben Sie informiert!",
        "Restez informés !",
        "Blijf op de hoogte",
    ],
)
def test_a_sites_prompt_is_dropped(line: str) -> None:
    assert classify(line) is Kind.DROP


@pytest.mark.parametrize(
    "line",
    [
        # the same words in a story's sentences and headlines
        "Der Fehler wurde erst nach Wochen gefunden, räumte die Behörde ein.",
        "Die Sitzung des Gemeinderats wird nach der Pause fortgesetzt.",
        "Die Werbekampagne der Stadt wird fortgesetzt",
        "Esta funcionalidad es exclusiva para suscriptores de pago de la plataforma, según"
        " la compañía.",
        "Te recomendamos revisar el seguro antes de viajar.",
        # auditor C's probe C-2: service advice opening on the label's words
        "Le recomendamos: use ropa ligera y de colores claros, y busque la sombra.",
        "Te recomendamos: evita la exposición al sol entre las 12 y las 17 horas.",
        "Los vecinos quieren estar informados de cada paso de la obra.",
        "Wat vond je van het concert? vroegen we aan de fans bij de uitgang.",
        "Les syndicats veulent rester informés de chaque étape du plan.",
        # auditor C's probes C-4: an interview's question on a law's article
        "Que pensez-vous de cet article 24, qui punit la diffusion d'images de policiers ?",
        "Wat vindt u van dit artikel in het coalitieakkoord, dat een constitutioneel hof belooft?",
        "Wat vindt u van dit artikel?",
        "Que pensez-vous de cet article ?",
        # auditor C's probes C-6: the question goes on after the noun and cites a poll or an
        # inquiry
        "Wat vindt u van dit artikel in de wet, dat rechtstreeks uit de aanbevelingen van de"
        " parlementaire enquête komt?",
        "Que pensez-vous de cet article 4, soutenu par 70 % des Français selon un sondage Ifop"
        " publié dimanche ?",
    ],
)
def test_must_stay_the_same_words_in_a_storys_text(line: str) -> None:
    assert classify(line) is None

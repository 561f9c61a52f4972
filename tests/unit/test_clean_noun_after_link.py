"""clean: a German sentence a link broke after an article or preposition goes on under the
link with a capitalised noun ("Die Opposition kündigte an, beim" / "Verfassungsrat" /
"Klage einzureichen."; audit B's PE-2: P26, P26b, P26c), and contracted prepositions and
"according to" words ("beim", "selon", "según") leave a line open (data/join_words.txt;
P27). Must-stay: a headline ending in a particle over its source and summary, a short
heading over a link and a sentence, and an English line over a capitalised sentence."""

from datetime import UTC, datetime

import pytest

from streams.clean import clean_page
from streams.model import RawPage

FETCHED = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)

HEADER = (
    "Frankreichs Premier übersteht Misstrauensvotum knapp\n"
    "Von Britta Sandberg, Paris\n"
    "10.03.2026, 12.01 Uhr\n"
    "Der französische Premierminister hat ein Misstrauensvotum in der Nationalversammlung "
    "knapp überstanden. Für den Antrag stimmten 278 Abgeordnete.\n"
)


def lines(text: str) -> list[str]:
    return [line for line in clean_page(RawPage(text=text, fetched_at=FETCHED)).lines if line]


@pytest.mark.parametrize(
    ("broken", "joined"),
    [
        (
            "Die Opposition kündigte an, beim\nVerfassungsrat\nKlage einzureichen.\n",
            "Die Opposition kündigte an, beim Verfassungsrat Klage einzureichen.",
        ),
        (
            "Die Opposition kündigte an, bei dem\nVerfassungsrat\nKlage einzureichen.\n",
            "Die Opposition kündigte an, bei dem Verfassungsrat Klage einzureichen.",
        ),
        (
            "Die Opposition kündigte an, beim\nVerfassungsrat\nKlage gegen den Haushalt "
            "einzureichen. Sie hält das Verfahren für verfassungswidrig.\n"
            "Mehrere Abgeordnete der Républicains enthielten sich.\n",
            "Die Opposition kündigte an, beim Verfassungsrat Klage gegen den Haushalt "
            "einzureichen. Sie hält das Verfahren für verfassungswidrig.",
        ),
    ],
)
def test_noun_under_a_german_link_goes_on(broken: str, joined: str) -> None:
    assert joined in lines(HEADER + broken)


def test_according_to_word_leaves_the_line_open() -> None:
    text = (
        "Le gouvernement présente son plan contre la vie chère\n"
        "10 mars 2026 à 10h20\n"
        "Les syndicats jugent ces mesures insuffisantes et appellent à une nouvelle journée "
        "de mobilisation jeudi, selon\nLe Parisien\n.\n"
    )
    assert (
        "Les syndicats jugent ces mesures insuffisantes et appellent à une nouvelle journée "
        "de mobilisation jeudi, selon Le Parisien." in lines(text)
    )


def test_particle_headline_over_its_source_stays_apart() -> None:
    text = (
        "Aktuelle Meldungen\n"
        "vor 2 Std.\n"
        "Pendler in NRW stellen sich auf Chaos ein\n"
        "Westdeutsche Allgemeine\n"
        "Viele Arbeitgeber erlauben Homeoffice, Schulen planen Distanzunterricht für Montag.\n"
    )
    kept = lines(text)
    assert "Westdeutsche Allgemeine" in kept
    assert (
        "Viele Arbeitgeber erlauben Homeoffice, Schulen planen Distanzunterricht für Montag."
        in kept
    )


def test_short_heading_over_a_link_and_a_sentence_stays_apart() -> None:
    text = (
        HEADER + "Streik bei der\nDeutschen Bahn\nPendler müssen am Montag mit Ausfällen rechnen.\n"
    )
    assert "Pendler müssen am Montag mit Ausfällen rechnen." in lines(text)


def test_english_line_over_a_capitalised_sentence_stays_apart() -> None:
    text = (
        "Ministers agree on budget\n"
        "The finance ministers met in Brussels on Monday, the spokesman for the\n"
        "Commission\n"
        "Officials said the talks would resume next week.\n"
    )
    assert "Officials said the talks would resume next week." in lines(text)


def test_new_sentence_under_a_link_over_a_dropped_line_stays_apart() -> None:
    """s18D-D24: "… nur noch bei" / "Spotify" / "zu hören." (dropped) / "Die beiden …": a
    new sentence opening on its article is no noun going on."""
    text = HEADER + (
        "Der Podcast, der seit 2019 wöchentlich erscheint, ist ab Juni nur noch bei\n"
        "Spotify\n"
        "zu hören.\n"
        "Die beiden Moderatoren sagten, sie hätten lange über das Angebot nachgedacht.\n"
    )
    assert "Die beiden Moderatoren sagten, sie hätten lange über das Angebot nachgedacht." in (
        lines(text)
    )


def test_portal_card_headline_under_a_truncated_summary_stays_apart() -> None:
    """Auditor D's D04: title / summary cut after "der" / source / next title."""
    text = (
        "Regierung einigt sich auf Rentenpaket\n"
        "Die Koalition hat sich nach langen Verhandlungen auf ein Rentenpaket geeinigt, das "
        "nach Angaben der\n"
        "Tagesspiegel\n"
        "Wie sicher ist meine Rente wirklich?\n"
        "Experten warnen vor steigenden Beiträgen für junge Beschäftigte, sagte der\n"
        "Handelsblatt\n"
        "Streik bei der Lufthansa: Was Reisende jetzt wissen müssen.\n"
        "Tausende Passagiere sind betroffen, viele Flüge fallen am Mittwoch aus, teilte die\n"
        "Süddeutsche Zeitung\n"
    )
    kept = lines(text)
    assert "Streik bei der Lufthansa: Was Reisende jetzt wissen müssen." in kept
    assert "Wie sicher ist meine Rente wirklich?" in kept


def test_french_years_leave_no_line_open() -> None:
    """ "ans" (German "an das") is no join word: French titles end in "ans" (years)."""
    text = (
        "Lausanne : la ligne de métro m3 retardée de deux ans\n"
        "20 minutes\n"
        "Il y a 3 h\n"
        "Fribourg : les Verts perdent leur siège à l'exécutif\n"
        "La Liberté\n"
        "Il y a 4 h\n"
    )
    assert "Lausanne : la ligne de métro m3 retardée de deux ans" in lines(text)


def test_headline_ending_in_a_particle_over_a_bare_author_keeps_the_lead() -> None:
    """Auditor D's D-1 (D06d): "…, FDP gibt nach" / "Jan Vogt" / a lede opening on a noun."""
    text = (
        "Politik\n"
        "Haushaltsstreit beigelegt: SPD lenkt ein, FDP gibt nach\n"
        "Jan Vogt\n"
        "Finanzminister Lindner hat sich im Streit um den Haushalt für 2027 durchgesetzt. Das "
        "teilten Regierungssprecher am Dienstag in Berlin mit.\n"
        "10.03.2026, 09:15 Uhr\n"
        "Nach Angaben aus Koalitionskreisen sollen die Ausgaben für Verteidigung steigen.\n"
    )
    kept = lines(text)
    assert "Haushaltsstreit beigelegt: SPD lenkt ein, FDP gibt nach" in kept
    assert "Jan Vogt" in kept


def test_card_title_ending_in_mit_over_its_source_stays_apart() -> None:
    """Auditor D's D-1 (D07c): "…, die FDP macht nicht mit" / "Der Spiegel" / summary."""
    text = (
        "Top-Meldungen\n"
        "Rentenstreit in der Koalition: Lindner blockiert, die FDP macht nicht mit\n"
        "Der Spiegel\n"
        "Finanzminister Lindner lehnt das Rentenpaket der Regierung ab. Er fordert "
        "Nachbesserungen.\n"
        "vor 2 Std.\n"
    )
    assert "Der Spiegel" in lines(text)


def test_headline_ending_in_a_pronoun_over_a_bare_author_keeps_the_lead() -> None:
    """Auditor D's D-7 (D06e, D06g) and D-9 (D06h): "das" and "einer" end a headline as
    pronouns; a headline's question or a comma alone is no running text over it."""
    for headline in (
        "Rente mit 70? Die Union will genau das",
        "Erst Corona, dann die Flut und jetzt das",
        "Zwölf Bewerber, am Ende bleibt nur einer",
    ):
        text = (
            "Politik\n"
            f"{headline}\n"
            "Jan Vogt\n"
            "Finanzminister Lindner hat sich im Streit um den Haushalt durchgesetzt. Das "
            "teilten Regierungssprecher am Dienstag in Berlin mit.\n"
            "10.03.2026, 09:15 Uhr\n"
            "Nach Angaben aus Koalitionskreisen sollen die Ausgaben für Verteidigung steigen.\n"
        )
        kept = lines(text)
        assert headline in kept
        assert "Jan Vogt" in kept

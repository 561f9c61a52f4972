"""Media inside the article text: a player's notice that it cannot play under the player's
label ("Video" / "Dieses Video ist in Ihrer Region … nicht verfügbar." / title), a show's
player with the show's name over the episode's title and length ("🎧 LISTEN" / show /
episode / "22:14" / "Play episode"), a share button's prompt closing on "this article".
The same words in a story's own sentences, a video card in a list and the crossheads
under a player stay."""

from streams.boilerplate import Kind, classify, notes_unavailable
from streams.clean import clean_page
from streams.model import RawPage


def lines_of(text: str) -> tuple[str, ...]:
    return clean_page(RawPage(text=text)).lines


def _gone(lines: tuple[str, ...], snippet: str) -> bool:
    return not any(snippet in line for line in lines)


GEO_BLOCKED = (
    "Der Kanton will die Fähre über den Untersee ab März im Halbstundentakt fahren lassen,"
    " wie die Regierung am Dienstag mitteilte.\n"
    "Die Kosten von rund drei Millionen Franken übernimmt zum grössten Teil der Bund, der"
    " das Projekt als Pilotversuch fördert.\n"
    "Video\n"
    "Dieser Inhalt ist in Ihrem Land leider nicht verfügbar.\n"
    "Die neue Fähre im Probebetrieb\n"
    "Ein Jahr Probezeit\n"
    "Der Versuch ist auf ein Jahr angelegt. Danach entscheidet der Kantonsrat, ob der"
    " dichtere Takt bleibt.\n"
)


def test_a_players_notice_under_its_label_goes_with_its_title_but_the_crosshead_stays() -> None:
    lines = lines_of(GEO_BLOCKED)
    assert _gone(lines, "leider nicht verfügbar")
    assert _gone(lines, "Die neue Fähre im Probebetrieb")  # the video's title
    assert "Ein Jahr Probezeit" in lines  # the text's crosshead under the player
    assert lines[-1].startswith("Der Versuch ist auf ein Jahr angelegt.")


def test_a_players_notice_with_a_retry_button_goes_and_the_text_goes_on() -> None:
    page = (
        "Il consiglio regionale ha approvato ieri il piano per il ripascimento delle spiagge"
        " della costa romagnola, con una spesa di dodici milioni.\n"
        "Video non disponibile\n"
        "Questo contenuto non è disponibile nel tuo Paese o è stato rimosso.\n"
        "Riprova\n"
        "I lavori partiranno a febbraio e dovranno concludersi prima dell'inizio della"
        " stagione balneare, ha spiegato l'assessore.\n"
    )
    lines = lines_of(page)
    assert classify("Video non disponibile") is Kind.DROP
    assert _gone(lines, "non è disponibile nel tuo Paese")
    assert "Riprova" not in lines
    assert lines[-1].startswith("I lavori partiranno a febbraio")


def test_must_stay_a_storys_sentences_on_a_blocked_video() -> None:
    # the notice's words in the story's own paragraphs, not under a player's label; and a
    # sentence under a "Video" label that is no notice (it says where the video is)
    page = (
        "Ein Video der Landesregierung ist seit Montag auf der Plattform nicht mehr zu sehen,"
        " wie ein Sprecher bestätigte.\n"
        "Dieses Video ist in Ihrer Region nicht verfügbar, heisst es auf der Seite.\n"
        "Das Video, in Deutschland nicht verfügbar, zeigt den Minister auf einer Feier.\n"
        "Video\n"
        "Ein Blick hinter die Kulissen ist ab Montag in der Mediathek zu sehen.\n"
        "Die Staatskanzlei will rechtlich dagegen vorgehen, sagte die Sprecherin am Abend.\n"
    )
    lines = lines_of(page)
    assert "Dieses Video ist in Ihrer Region nicht verfügbar, heisst es auf der Seite." in lines
    assert "Das Video, in Deutschland nicht verfügbar, zeigt den Minister auf einer Feier." in (
        lines
    )
    assert "Ein Blick hinter die Kulissen ist ab Montag in der Mediathek zu sehen." in lines
    assert not notes_unavailable("Die neue Fähre im Probebetrieb")  # no sentence


def test_must_stay_a_long_sentence_quoting_the_english_notice() -> None:
    quote = (
        "This video is not available in your region, the message read on Monday when users"
        " in Austria tried to open the most shared copy."
    )
    page = (
        "A video of the deputy minister has been viewed four million times since Saturday,"
        " despite attempts by his lawyers to have it removed.\n"
        f"{quote}\n"
        "His office said the footage had been edited to mislead viewers.\n"
    )
    assert quote in lines_of(page)


SHOW_PLAYER = """\
The 1962 span carries about 9,000 vehicles a day, and traffic has been diverted since July.
🎧 LISTEN
Morning Briefing
Why the bridge closure hit the north side so hard
18:40
Play episode
What reopens Monday
Both lanes will open to cars at 6 a.m. Monday, according to a council notice.
"""


def test_a_shows_player_with_its_name_title_and_length_goes_but_the_crosshead_stays() -> None:
    lines = lines_of(SHOW_PLAYER)
    assert _gone(lines, "Morning Briefing")
    assert _gone(lines, "Why the bridge closure hit")
    assert "18:40" not in lines
    assert "What reopens Monday" in lines
    assert lines[-1].startswith("Both lanes will open")


def test_a_shows_player_under_a_listen_verb_goes_with_its_button() -> None:
    page = (
        "Los investigadores recuperaron una docena de vértebras y parte de la cadera del"
        " animal, según informó el equipo.\n"
        "🎧 Escuchá\n"
        "Ciencia de bolsillo\n"
        "Los gigantes del sur\n"
        "12:05\n"
        "Escuchar ahora\n"
        "Los fósiles serán trasladados al museo de la ciudad en diciembre, explicó el director.\n"
    )
    lines = lines_of(page)
    assert _gone(lines, "Ciencia de bolsillo")
    assert _gone(lines, "Los gigantes del sur")
    assert "Escuchar ahora" not in lines
    assert lines[-1].startswith("Los fósiles serán trasladados")


def test_must_stay_a_video_card_with_its_source_over_the_title_in_a_card_list() -> None:
    # no paragraph over the label: a card list's video card ("Video" / source / title /
    # length) is a teaser, its title stays
    page = (
        "More videos\n"
        "Video\n"
        "Coast FM\n"
        "Harbour wall repairs begin after winter storms\n"
        "1:20\n"
        "Video\n"
        "Coast FM\n"
        "Ferry timetable changes from Monday\n"
        "0:58\n"
    )
    lines = lines_of(page)
    assert "Harbour wall repairs begin after winter storms" in lines
    assert "Ferry timetable changes from Monday" in lines


def test_must_stay_the_article_read_aloud_is_no_show_player() -> None:
    # "Ascolta l'articolo" over its length reads the article: the caption under it stays
    page = (
        "Ascolta l'articolo\n"
        "3 min\n"
        "Il torrente esondato nel quartiere di Marassi, a Genova. ANSA/LUCA ZENNARO\n"
        "Il torrente è esondato nel tardo pomeriggio di venerdì dopo dodici ore di pioggia.\n"
    )
    assert any("Il torrente esondato nel quartiere di Marassi" in line for line in lines_of(page))


def test_a_share_prompt_closing_on_this_article_is_dropped() -> None:
    assert classify("Help keep family & friends informed by sharing this article") is Kind.DROP
    assert classify("Partagez cet article") is Kind.DROP
    assert classify("Teilen Sie diesen Artikel") is Kind.DROP


def test_must_stay_sentences_and_headlines_about_sharing() -> None:
    assert classify("Why sharing this story could get you banned") is None
    assert classify("Readers sharing this article on Facebook saw a warning.") is None
    assert (
        classify(
            "Officers asked people to help keep family and friends informed by sharing the"
            " appeal on social media."
        )
        is None
    )


def test_a_players_title_over_a_live_entrys_clock_goes_with_the_player() -> None:
    page = (
        "Flooded roads close bridges across the valley\n"
        "7:48 a.m.\n"
        "Firefighters used a boat to rescue a driver and his dog from a car stuck in water on"
        " Mill Road. He was not hurt.\n"
        "Play Video\n"
        "1:12\n"
        "WATCH: Water rises over the county road near Hopwood\n"
        "8:30 a.m.\n"
        "Three school districts have canceled classes for the day, and a fourth is on a"
        " two-hour delay.\n"
    )
    lines = lines_of(page)
    assert _gone(lines, "Water rises over the county road")
    assert "8:30 a.m." in lines
    assert any(line.startswith("Three school districts") for line in lines)


def test_must_stay_a_video_cards_title_over_the_next_cards_clock() -> None:
    # a clock list of cards: under the video card's title the next card's clock stands
    # over a short title, no paragraph
    page = (
        "Fil info\n"
        "09h42\n"
        "Le port de Brest rouvert aux ferries après la tempête\n"
        "Play Video\n"
        "1:12\n"
        "WATCH: Water rises over the county road near Hopwood\n"
        "09h15\n"
        "La préfecture lève la vigilance orange\n"
        "08h50\n"
        "Les trains reprennent entre Brest et Quimper\n"
    )
    assert "WATCH: Water rises over the county road near Hopwood" in lines_of(page)


def test_a_players_control_naming_its_clip_and_length_and_its_caption_go() -> None:
    assert classify('Play video, "Waves crash over the harbour wall", Duration 0,38') is Kind.DROP
    assert classify("Media caption, Waves crash over the harbour wall at high tide") is Kind.DROP


def test_must_stay_a_headline_quoting_a_title() -> None:
    assert classify('Play "Wordle" 1,234') is None
    assert classify('Why "The Last Trawler" has 600,000 listeners after 2 weeks') is None


def test_must_stay_a_sentence_of_availability_and_a_crosshead_under_a_bare_video_label() -> None:
    # auditor C's C-1 (probes N01–N06): a bare "Video" line (an embed that rendered nothing)
    # over a paragraph that says something is available, and a crosshead under it
    for sentence in (
        "Tickets are available from the festival's website from Friday morning.",
        "Die Aufzeichnung ist danach noch sieben Tage in der Mediathek abrufbar.",
        "The footage has not been made available to the family, their lawyer said.",
        "Il percorso alternativo non è disponibile per i mezzi pesanti, avverte la Provincia.",
    ):
        page = (
            "The three-day event will take place across eight venues in the town, with more"
            " than 60 acts confirmed so far.\n"
            "Video\n"
            f"{sentence}\n"
            "A new home for the main stage\n"
            "The main stage will move from the park to the old mill yard, which can hold twice"
            " as many people.\n"
        )
        lines = lines_of(page)
        assert sentence in lines
        assert "A new home for the main stage" in lines


def test_must_stay_a_crosshead_right_over_a_paragraph_under_a_blocked_player() -> None:
    page = (
        "Die SBB wollen ab Februar auf einer Nebenlinie den automatisierten Bahnbetrieb"
        " erproben, wie das Unternehmen mitteilte.\n"
        "Video\n"
        "Dieses Video ist in Ihrer Region leider nicht verfügbar.\n"
        "Zwei Jahre Testbetrieb\n"
        "Die Versuche sind auf zwei Jahre angelegt. Zuerst fahren die Züge nur nachts.\n"
    )
    lines = lines_of(page)
    assert _gone(lines, "nicht verfügbar")
    assert "Zwei Jahre Testbetrieb" in lines


def test_must_stay_a_crosshead_with_play_under_a_players_title() -> None:
    # auditor C's C-2 (probes N07, N10): a crosshead holding "play" is no player's button
    for crosshead in ("Fair play", "Play-off hopes"):
        page = (
            "Four players were shown yellow cards after the final whistle, the referee's"
            " report said.\n"
            "WATCH\n"
            "2:14\n"
            "Rovers players confront referee after derby defeat\n"
            f"{crosshead}\n"
            "The fine is the club's second this season, after a penalty in September.\n"
        )
        lines = lines_of(page)
        assert crosshead in lines
        assert _gone(lines, "Rovers players confront referee")


def test_must_stay_a_crosshead_whose_subject_shares_the_story() -> None:
    # auditor C's C-3 (probe N09)
    assert classify("Who keeps sharing this story") is None
    assert classify("Share this story") is Kind.DROP


def test_must_stay_an_explainers_sentence_under_its_crosshead_on_the_video() -> None:
    # auditor C's C-4 (probes N14, N15): a crosshead with an article ("The video", "Das
    # Video") is no player's label, and the sentence under it is the story's
    for crosshead, sentence in (
        ("The video", "This video is no longer available on the platform after it was removed."),
        ("Das Video", "Dieses Video ist auf der Plattform inzwischen nicht mehr abrufbar."),
    ):
        page = (
            "A recording of a private meeting between the mayor and three developers was posted"
            " online on Friday night.\n"
            f"{crosshead}\n"
            f"{sentence}\n"
            "The recording lasts about 11 minutes and appears to have been filmed on a phone.\n"
        )
        assert sentence in lines_of(page)


def test_must_stay_a_service_sentence_naming_the_readers_region_under_a_bare_label() -> None:
    # auditor C's C-4 (probe N16): no negation, no notice
    sentence = "Figures for your region are available on the agency's dashboard every Monday."
    page = (
        "Flu cases have risen in every region of the country for the third week in a row,"
        " the health agency said.\n"
        "Video\n"
        f"{sentence}\n"
        "Hospitals under pressure\n"
        "Hospitals in the north-west reported the highest number of flu admissions this week.\n"
    )
    lines = lines_of(page)
    assert sentence in lines
    assert "Hospitals under pressure" in lines


def test_a_players_title_over_a_live_entrys_clock_and_headline_goes_with_the_player() -> None:
    # a German broadcaster's live blog: the player's length in minutes ("1 Min"), its title,
    # its share button, then the next entry's clock over the entry's headline and text
    page = (
        "Orkan über Norddeutschland\n"
        "15:52 Uhr\n"
        "Schulen bleiben zu\n"
        "Das Bildungsministerium hat den Unterricht an allen Schulen im Land für Freitag"
        " abgesagt. Eine Notbetreuung soll es geben.\n"
        "Video\n"
        "1 Min\n"
        "Sturm an der Ostsee: Wellen schlagen über die Mole\n"
        "Teilen\n"
        "15:40 Uhr\n"
        "Bahn: Keine Fernzüge mehr nördlich von Hannover\n"
        "Die Deutsche Bahn hat den Fernverkehr im Norden eingestellt, wie ein Sprecher am"
        " Nachmittag mitteilte.\n"
    )
    lines = lines_of(page)
    assert _gone(lines, "Wellen schlagen über die Mole")
    assert _gone(lines, "1 Min")
    assert "15:40 Uhr" in lines
    assert "Bahn: Keine Fernzüge mehr nördlich von Hannover" in lines


def test_must_stay_a_video_cards_title_over_its_source_and_stamp_in_a_card_list() -> None:
    # a portal's video card: its meta line under the title, then the next card's title and
    # summary (a headline over text, like a live entry's, but under a "Source · stamp" line)
    page = (
        "Mehr Nachrichten\n"
        "Video\n"
        "1 Min\n"
        "Feuerwehr rettet Pferd aus überflutetem Graben bei Stade\n"
        "t-online · vor 5 Std.\n"
        "Wetterdienst warnt vor Glätte zum ersten Advent\n"
        "Nach dem Sturm kommt die Kälte: In den Mittelgebirgen kann es bis Montag schneien.\n"
        "NDR · vor 45 Min.\n"
    )
    assert "Feuerwehr rettet Pferd aus überflutetem Graben bei Stade" in lines_of(page)


def test_must_stay_a_crosshead_reading_like_a_duration() -> None:
    # a minute count inside a sentence or with a word after it is no player's length
    lines = lines_of(
        "Der Zug stand still.\n1 Minute Verspätung\nDie Bahn entschuldigte sich bei den"
        " Fahrgästen für die Verzögerung am Morgen.\n"
    )
    assert "1 Minute Verspätung" in lines

"""Short real stories that gave zero articles (auditor C's probes W26, W10): a two-paragraph
report whose second paragraph is one short sentence ("Work will begin in June.") is all
sentences (``split_no_article._tells_report``), and the page's only text under a heading too
short to read as a title ("Farewell, Tom") is headed by it (``split_header._short_headline``).
Must stay: such a short heading over a notice's text (a removed article, a maintenance
notice, an empty section or search, clean having taken the notice's own heading out so a
menu link or the masthead stands over it) is no article (``split_no_article._notice_text``,
``split_header._printed_over``); and a real story whose short headline the usual paths find
keeps its article though it speaks to the reader (auditor C's C-1: S01-S03, H08)."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles
from streams.split_no_article import _tells_report

FETCHED = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
URL = "https://example.com/news/x"


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, url=URL, fetched_at=FETCHED)))


def test_report_with_a_brief_last_sentence_is_a_story() -> None:
    drafts = split(
        "News\nLocal\nCouncil approves new cycle lanes\nVote passes 32 to 18\n"
        "The city council voted on Monday evening to build 14 kilometres of protected cycle "
        "lanes across the centre, despite a petition from shopkeepers on Market Street who "
        "fear losing passing trade.\nWork will begin in June.\n"
    )
    assert [d.title for d in drafts] == ["Council approves new cycle lanes"]
    assert "Work will begin in June." in drafts[0].body


def test_a_card_headline_under_the_report_is_no_sentence() -> None:
    # must stay: a headline in Title Case under the paragraph is no brief sentence
    assert not _tells_report(
        "Council approves new cycle lanes",
        [
            "The city council voted on Monday evening to build 14 kilometres of protected "
            "cycle lanes across the centre.",
            "Bus Fares Rise Again",
        ],
    )


def test_short_heading_over_a_staff_obituary_is_the_headline() -> None:
    drafts = split(
        "Farewell, Tom\nOur colleague Tom Hale, who covered the town council for this "
        "newspaper for 30 years, died on Sunday at the age of 71.\nWe will miss his humour, "
        "his shorthand and his habit of knowing everyone in the council chamber by name.\n"
    )
    assert [(d.title, d.role) for d in drafts] == [("Farewell, Tom", "lead")]
    assert "died on Sunday at the age of 71" in drafts[0].body


def test_menu_link_over_a_removed_article_notice_stays_no_article() -> None:
    # must stay: clean takes "This article is no longer available" out; a menu link is left
    # over the notice's sentences
    assert (
        split(
            "Skip to content\nThe Harbour Gazette\nNews\nSport\nCulture\nToday’s Paper\n"
            "This article is no longer available\nThis article has been removed from our "
            "website following a suppression order made by the District Court on November 27, "
            "2026.\nThe Harbour Gazette takes its obligations under the suppression orders act "
            "seriously, and we remove such material as soon as we become aware of the order.\n"
            "Return to homepage\n"
        )
        == []
    )


def test_short_heading_over_a_maintenance_notice_stays_no_article() -> None:
    # must stay: a short heading over a notice about the site itself
    assert (
        split(
            "Site update\nThe website will be unavailable on Sunday between 2 and 6 am while "
            "we carry out scheduled maintenance on our servers.\nWe apologise for any "
            "inconvenience and thank you for your patience while the work is done.\n"
        )
        == []
    )


def test_short_heading_over_a_stamp_over_a_placeholder_stays_no_article() -> None:
    # must stay (auditor C's C03): a live page not started yet
    assert (
        split(
            "Skip to content\nThe Northern Post\nNews\nWeather\nLIVE\nElection night\n"
            "Updated 5 minutes ago\nOur live coverage of the count will begin here at 9pm, "
            "with results from all 42 wards as they are declared.\nFollow along for reaction "
            "from the candidates and analysis from our politics team.\nMore news\nPrivacy\n"
        )
        == []
    )


def test_short_heading_over_an_empty_section_stays_no_article() -> None:
    # must stay (auditor C's C16): a section's name over "No … have been published"
    assert (
        split(
            "The Valley Courier\nHome\nNews\nObituaries\nDeath notices\nNo death notices "
            "have been published in the last seven days for Ashby and the surrounding villages."
            "\nNotices are added each weekday by 10am once funeral directors have sent them to "
            "the newsroom.\nPlace a notice\n© 2026 The Valley Courier\n"
        )
        == []
    )


def test_short_heading_over_an_empty_search_stays_no_article() -> None:
    # must stay (auditor C's C22)
    assert (
        split(
            "The Daily Tribune\nNews\nSport\nSearch results\nNo articles matched the search "
            'terms "harbour bridge closure" in the archive since 2001.\nThe archive holds more '
            "than 1.2 million articles from the print and online editions.\nSearch\n"
        )
        == []
    )


def test_masthead_left_over_an_error_page_stays_no_article() -> None:
    # must stay (auditor C's C13): clean takes "Error 500" out; the masthead is left right
    # over the text but was not printed over it
    assert (
        split(
            "The Daily Tribune\nError 500\nThe server encountered an internal error and was "
            "unable to complete the request on Tuesday at 14:02 UTC.\nThe administrator has "
            "been notified and the engineering team is investigating the cause of the outage."
            "\nHome\n"
        )
        == []
    )


def test_short_heading_over_a_site_launch_notice_stays_no_article() -> None:
    # must stay (auditor C's C14): the notice sentence is the second one
    assert (
        split(
            "The Riverside Times\nComing soon\nA new Riverside Times website will launch on 1 "
            "April 2026, with a faster design and an archive of 120,000 stories going back to "
            "1998.\nThe current site will stay online until the launch, and all existing "
            "links will continue to work.\nContact\n© 2026 The Riverside Times\n"
        )
        == []
    )


def test_three_word_headline_over_a_story_to_the_reader_is_kept() -> None:
    # must stay (auditor C's S01): a real headline of three words
    drafts = split(
        "Skip to main content\nAshby Echo\nNews\nSport\nWater main bursts\nA water main "
        "burst on Station Road on Tuesday morning, flooding three shops and closing the road "
        "between the railway station and the High Street for most of the day.\nSevern Trent "
        "said engineers expected to finish repairs by Wednesday evening and that about 400 "
        "homes had been left with low pressure.\nIf you have no water or low pressure, you "
        "can check the company's incident map or call its helpline, a spokesman said.\n"
        "Share\nFacebook\n© 2026 Ashby Echo\n"
    )
    assert [d.title for d in drafts] == ["Water main bursts"]
    assert "about 400 homes" in drafts[0].body


def test_short_headline_over_a_story_opening_on_the_video_is_kept() -> None:
    # must stay (auditor C's S02)
    drafts = split(
        "Skip to main content\nMetro Herald\nNews\nCrime\nDashcam footage released\nThe "
        "video, filmed by a taxi driver on Friday night, shows a car mounting the pavement "
        "outside the Lion pub on King Street and narrowly missing two pedestrians.\nGreater "
        "Manchester Police released the footage on Monday and said a 24-year-old man had been "
        "arrested on suspicion of dangerous driving.\nShare\n© 2026 Metro Herald\n"
    )
    assert [d.title for d in drafts] == ["Dashcam footage released"]


def test_short_headline_over_a_story_with_an_amendment_note_is_kept() -> None:
    # must stay (auditor C's S03)
    drafts = split(
        "Skip to main content\nThe Western Courier\nNews\nPolitics\nHealth minister "
        "resigns\nHealth minister Dana Ortiz resigned on Monday after a report found she had "
        "failed to declare shares in a private clinic that won a £12m contract from her "
        "department.\nThe prime minister accepted her resignation and said a successor would "
        "be named this week.\nThis article was amended on 9 March 2026 to correct the value "
        "of the contract.\nShare\n© 2026 The Western Courier\n"
    )
    assert [d.title for d in drafts] == ["Health minister resigns"]


def test_road_closure_story_under_a_menu_keeps_its_text() -> None:
    # must stay (auditor C's note on H08, W16): "Please note that the A6 …" opens a story
    drafts = split(
        "Skip to main content\nLancaster Guardian\nHome\nNews\nTraffic and travel\nSport\n"
        "What's On\nA6 to close overnight next week for resurfacing\nPlease note that the "
        "A6 between Garstang and Lancaster will be closed overnight from Monday to Thursday "
        "for resurfacing work.\nDiversions will be signposted via the M6, and the road will "
        "reopen at 6am each day.\nLancashire County Council said the work had been brought "
        "forward after complaints about potholes near Galgate.\nShare\nFacebook\nEmail\n"
        "© 2026 Lancaster Guardian\n"
    )
    assert len(drafts) == 1
    assert "will be closed overnight" in drafts[0].body


def test_german_appeal_for_witnesses_under_a_short_heading_is_a_story() -> None:
    # auditor C's S04: "Zeugen gesucht" is found only for being short; the text asks for
    # help but tells of others
    drafts = split(
        "Startseite\nLokales\nPolizei\nZeugen gesucht\nNach einem Einbruch in eine Apotheke "
        "in der Bahnhofstraße in der Nacht zum Sonntag sucht die Polizei Zeugen. Die Täter "
        "erbeuteten Medikamente im Wert von rund 3000 Euro.\nWer in der Nacht verdächtige "
        "Personen oder Fahrzeuge beobachtet hat, wird gebeten, sich bei der Polizeiinspektion "
        "Passau unter 0851 9511-0 zu melden.\nTeilen\nImpressum\n"
    )
    assert [d.title for d in drafts] == ["Zeugen gesucht"]


def test_headline_over_a_story_opening_on_no_one_is_kept() -> None:
    # must stay: only a heading found for being short is judged by its text's "No …"
    drafts = split(
        "News\nLocal\nFire destroys warehouse on Ashby industrial estate\nNo one was hurt "
        "when fire swept through a warehouse on the Ashby industrial estate on Sunday night, "
        "the fire service said.\nSix crews fought the blaze for four hours.\n"
    )
    assert [d.title for d in drafts] == ["Fire destroys warehouse on Ashby industrial estate"]


def test_story_in_the_papers_voice_naming_others_is_kept() -> None:
    # auditor C's W47: in the site's voice, no day and no figure, but it names others
    drafts = split(
        "News\nAward for Courier\nOur newspaper has been named regional newspaper of the "
        "year at the Society of Editors awards in London.\nThe judges praised our coverage of "
        "the floods and our investigation into care home closures, which led to a government "
        "inquiry.\n"
    )
    assert [d.title for d in drafts] == ["Award for Courier"]


def test_notice_in_the_sites_voice_naming_one_thing_stays_no_article() -> None:
    # must stay: the site's notice about itself names little ("Android")
    assert (
        split(
            "News\nOur apologies\nOur puzzles page is not working at the moment in our Android "
            "app.\nWe are working to fix it as quickly as we can and we thank our readers for "
            "their patience.\n"
        )
        == []
    )


def test_menu_link_of_a_few_words_over_the_headline_is_no_title() -> None:
    # auditor C's H08: "Traffic and travel" stands between two section links
    drafts = split(
        "Skip to main content\nLancaster Guardian\nHome\nNews\nTraffic and travel\nSport\n"
        "What's On\nA6 to close overnight next week for resurfacing\nPlease note that the A6 "
        "between Garstang and Lancaster will be closed overnight from Monday to Thursday for "
        "resurfacing work.\nDiversions will be signposted via the M6, and the road will reopen "
        "at 6am each day.\nLancashire County Council said the work had been brought forward "
        "after complaints about potholes near Galgate.\nShare\n© 2026 Lancaster Guardian\n"
    )
    assert [d.title for d in drafts] == ["A6 to close overnight next week for resurfacing"]


def test_headline_over_a_source_over_a_title_shaped_line_stays_the_title() -> None:
    # must stay: a source's name under the headline is no section link
    drafts = split(
        "News\nWorld\nFloods force thousands from homes in northern Italy\nReuters\n"
        "Rescue teams search for the missing in Emilia-Romagna\nMore than 5,000 people were "
        "evacuated on Tuesday after two rivers burst their banks near Bologna, officials said."
        "\nThe regional government declared a state of emergency and asked Rome for funds.\n"
    )
    assert drafts[0].title == "Floods force thousands from homes in northern Italy"

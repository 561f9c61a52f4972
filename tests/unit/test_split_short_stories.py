"""Short real stories that gave zero articles (auditor C's probes W26, W10): a two-paragraph
report whose second paragraph is one short sentence ("Work will begin in June.") is all
sentences (``split_no_article._tells_report``), and the page's only text under a heading too
short to read as a title ("Farewell, Tom") is headed by it (``split_header._short_headline``).
Such a heading heads a story only on proof (``split_no_article._short_heading_story``: it
reports others or names someone, and is no notice). Must stay: a short heading over a
notice's or a wall's text (a removed article, a maintenance notice, an empty section or
search, an error, a geoblock, clean having taken the notice's own heading out so a menu link
or the masthead stands over it: ``split_header._printed_over``) is no article; and a real
story whose short headline the usual paths find keeps its article though it speaks to the
reader (auditor C's C-1: S01-S03, H08)."""

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


def test_headline_over_a_story_opening_on_no_one_is_kept() -> None:
    # must stay: only a heading found for being short is judged by its text's "No …"
    drafts = split(
        "News\nLocal\nFire destroys warehouse on Ashby industrial estate\nNo one was hurt "
        "when fire swept through a warehouse on the Ashby industrial estate on Sunday night, "
        "the fire service said.\nSix crews fought the blaze for four hours.\n"
    )
    assert [d.title for d in drafts] == ["Fire destroys warehouse on Ashby industrial estate"]


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


def test_kept_short_heading_over_an_error_text_stays_no_article() -> None:
    # must stay (auditor C's C26): a third-person wall under its own short heading names no
    # one and reports no one
    assert (
        split(
            "The Daily Tribune\nServer error\nThe server encountered an internal error and was "
            "unable to complete the request on Tuesday at 14:02 UTC.\nThe administrator has "
            "been notified and the engineering team is investigating the cause of the outage.\n"
        )
        == []
    )


def test_site_voice_notice_naming_the_sites_platform_stays_no_article() -> None:
    # must stay (auditor C's C33)
    assert (
        split(
            "The Valley Courier\nNews\nSite update\nWe are moving our website to the Courier "
            "Media platform, and the Valley Courier archive will follow once the move is "
            "finished.\nWe apologise for any broken links while the move takes place and thank "
            "our readers for their patience.\n"
        )
        == []
    )


def test_short_heading_over_a_tribute_naming_someone_is_a_story() -> None:
    drafts = split(
        "Kenya Daily\nNews\nTributes paid\nFamily and friends have paid tribute to Joseph "
        "Mwangi, the Nakuru teacher who died in a road accident on Saturday.\nHe taught at "
        "the town's boys' high school for 28 years.\nShare\n"
    )
    assert [d.title for d in drafts] == ["Tributes paid"]


def test_short_heading_over_a_report_of_others_is_a_story() -> None:
    drafts = split(
        "Ashby Echo\nNews\nRoad closed\nThe A50 at Ashby will be closed in both directions "
        "until 6pm on Tuesday after a lorry overturned, police said.\nDrivers are advised to "
        "avoid the area.\nShare\n"
    )
    assert [d.title for d in drafts] == ["Road closed"]


def test_short_heading_over_a_geoblock_naming_a_country_stays_no_article() -> None:
    # must stay (auditor C's C27): "the United Kingdom" is no one's name
    assert (
        split(
            "Sports Channel\nMatch highlights\nStreaming of the match is restricted to viewers "
            "in the United Kingdom under the broadcast rights agreement for 2025 to 2028.\n"
            "Highlights are published on the channel after 10pm on match days.\n"
        )
        == []
    )


def test_short_heading_over_a_geoblock_naming_a_rights_holder_stays_no_article() -> None:
    # must stay (auditor C's C37): "Sky Sports" is no one's name (no given name)
    assert (
        split(
            "Sports Channel\nMatch highlights\nStreaming of these highlights is restricted to "
            "viewers in Ireland under rights held by Sky Sports until 2028.\nHighlights are "
            "published on the channel after 10pm on match days.\n"
        )
        == []
    )


def test_columnists_name_over_her_column_is_no_short_headline() -> None:
    # must stay (auditor C's T08): an author's name is never a title
    drafts = split(
        "Opinion\nColumnists\nMargaret Hill\nWhen the council closed the Ashby library in "
        "2019, Joan Price and her neighbours started lending books from a garden shed on Mill "
        "Lane.\nSix years later the shed holds 4,000 books, and the council has asked the "
        "volunteers to run the new library when it opens in May.\n"
    )
    assert "Margaret Hill" not in [d.title for d in drafts]


def test_headline_between_a_kicker_and_a_chip_stays_the_title() -> None:
    # must stay (auditor C's C-6, T06): a line of more than three words is no menu link
    drafts = split(
        "Skip to main content\nThe Western Courier\nNews\nGovernment to scrap tuition fees for "
        "nursing students\nPolitics\nStudents and unions welcome the long-awaited U-turn\nThe "
        "government will scrap tuition fees for nursing and midwifery students from "
        "September, the education secretary announced on Monday.\nThe change will cost about "
        "£400m a year and is meant to fill 30,000 vacancies in the health service.\nUnions "
        "said the move was overdue but would not by itself solve the staffing crisis.\nShare\n"
        "© 2026 The Western Courier\n"
    )
    assert drafts[0].title == "Government to scrap tuition fees for nursing students"

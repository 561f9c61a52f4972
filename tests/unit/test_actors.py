"""Actor tagging: titles, appositions, organisation shapes, merging, countries."""

import pytest

from schemas.article import ActorTag
from streams.actors import is_sports
from streams.enrich import enrich


def actors(text: str, title: str = "") -> dict[str, ActorTag]:
    return {a.name: a for a in enrich(title, text).actors}


def test_title_gives_person_and_role() -> None:
    found = actors("Prime Minister Jane Doe met Admiral Kim Myung-soo on Friday.")
    assert found["Jane Doe"].kind == "person"
    assert found["Jane Doe"].role == "Prime Minister"
    assert found["Kim Myung-soo"].role == "Admiral"


def test_apposition_gives_role_and_country() -> None:
    found = actors(
        "However, Jiang Bin, a spokesman for the defence ministry in Beijing, said it was legal."
    )
    jiang = found["Jiang Bin"]
    assert (jiang.kind, jiang.role, jiang.country) == ("person", "spokesman", "CN")


def test_surname_mentions_merge_into_one_actor() -> None:
    found = actors(
        "General Dan Caine, chairman of the US Joint Chiefs of Staff, spoke. "
        "'We are ready,' Caine said. Caine added more."
    )
    caine = found["Dan Caine"]
    assert (caine.mentions, caine.country, caine.role) == (3, "US", "General")
    assert "Caine" not in found


def test_demonym_list_pairs_with_name_list() -> None:
    found = actors(
        "He met his South Korean and Japanese counterparts, Admiral Kim Myung-soo and "
        "General Yoshihide Yoshida, in Seoul."
    )
    assert found["Kim Myung-soo"].country == "KR"
    assert found["Yoshihide Yoshida"].country == "JP"


def test_possessive_country_for_organisation() -> None:
    found = actors("Admiral Kim, chairman of South Korea's Joint Chiefs of Staff, spoke.")
    jcs = found["Joint Chiefs of Staff"]
    assert (jcs.kind, jcs.country, jcs.sector) == ("organization", "KR", "military")


def test_organisation_shapes_and_acronym_alias() -> None:
    found = actors(
        "The Education Bureau and the Ministry of National Defence spoke. A student of the "
        "University of Hong Kong (HKU) was accused. HKU said it would act."
    )
    assert found["Education Bureau"].kind == "organization"
    assert found["Ministry of National Defence"].sector == "government"
    hku = found["University of Hong Kong"]
    assert (hku.country, hku.aliases, hku.mentions) == ("HK", ["HKU"], 3)
    assert "HKU" not in found


def test_lowercase_ministry_after_demonym() -> None:
    found = actors("The Chinese defence ministry accused Japan.")
    assert found["Chinese defence ministry"].country == "CN"


def test_publishers_as_sources_are_not_actors() -> None:
    found = actors("Mahathir Mohamad holds a press conference. (Reuters) Photo: AFP")
    assert "Reuters" not in found
    assert "AFP" not in found


def test_function_words_and_months_are_not_people() -> None:
    found = actors(
        "On Sunday the Chinese side said. Following the meeting in December, talks ended."
    )
    assert not [a for a in found.values() if a.kind == "person"]


def test_jordan_the_person() -> None:
    tags = enrich("", "Michael Jordan said Jordan would play. Jordan scored.")
    assert "JO" not in {c.code for c in tags.countries}
    assert {a.name for a in tags.actors} == {"Michael Jordan"}


def test_sports_report_towns_and_clubs_are_teams() -> None:
    found = actors(
        "SOCCER - ENGLISH LEAGUE RESULTS.\n"
        "Results of English league matches on Saturday:\n"
        "Luton 1 Rotherham 0\nLeyton Orient 2 Crystal Palace 1\nEast Fife v Clydebank"
    )
    for team in ("Luton", "Rotherham", "Leyton Orient", "Crystal Palace", "East Fife"):
        assert found[team].kind == "organization", team


def test_results_list_names_people() -> None:
    found = actors(
        "ATHLETICS - RESULTS.\n1. Lars Riedel (Germany) 70.60 metres\n2. Anthony Washington "
        "(U.S.) 68.44\nBowling: Gough 8-0-39-3, Mullally 6-0-30-1"
    )
    for person in ("Lars Riedel", "Anthony Washington", "Gough", "Mullally"):
        assert found[person].kind == "person", person


def test_headline_words_are_other_forms_of_names() -> None:
    found = actors("SOCCER - GASCOIGNE SCORES.\nPaul Gascoigne scored twice on Saturday.")
    assert "GASCOIGNE" in found["Paul Gascoigne"].aliases


def test_organisation_nouns_and_known_organisations() -> None:
    found = actors(
        "The daily Sueddeutsche Zeitung said the United Nations and Hindustan Copper Ltd "
        "would meet. Hindustan Copper said it agreed, the White House said."
    )
    assert found["Sueddeutsche Zeitung"].sector == "media"
    assert found["United Nations"].kind == "organization"
    assert found["Hindustan Copper Ltd"].mentions == 2
    assert (found["White House"].kind, found["White House"].country) == ("organization", "US")


def test_name_of_organisation_is_split() -> None:
    found = actors("Faik Nerweyi of the Kurdistan Democratic Party said.")
    assert found["Faik Nerweyi"].kind == "person"
    assert found["Kurdistan Democratic Party"].sector == "party"


def test_speech_verb_before_a_name_that_ends_the_clause() -> None:
    found = actors('"Prices will fall," said Oyelaran. Radio Orbis quoted Tchirkov as saying so.')
    assert found["Oyelaran"].kind == "person"
    assert found["Tchirkov"].kind == "person"


def test_list_of_mostly_known_people_names_the_rest() -> None:
    text = (
        "Coach Tom Kelly picked his side on Monday. The team is: Kelly, Brennan, "
        "Dzhabarov, Harris, Okwuosa, Wilson, Marchetti."
    )
    found = actors(text)
    for name in ("Dzhabarov", "Okwuosa", "Marchetti"):
        assert found[name].kind == "person", name


def test_list_of_unknown_words_stays_untagged() -> None:
    found = actors("Exports went to Qatrana, Velmoor, Dzhabarov and Okwuosa last year.")
    assert not any(a.kind == "person" for a in found.values())


def test_sports_report_census_surname_is_a_player_town_is_a_team() -> None:
    found = actors(
        "SOCCER - LEAGUE RESULT.\nBlackburn beat Chelsea 2-1 on Saturday. Midfield man Ashworth "
        "was injured and Blackburn kept going."
    )
    assert found["Ashworth"].kind == "person"
    assert found["Blackburn"].kind == "organization"


def test_others_and_brothers_companies() -> None:
    found = actors('Others said Warner Bros. would buy it, " Collins said.')
    assert "Others" not in found
    assert found["Warner Bros."].kind == "organization"


def test_one_weak_sports_word_does_not_make_a_sports_report() -> None:
    assert not is_sports("Its chemicals division met its goal.")
    assert is_sports("SOCCER - LEAGUE RESULT.")
    assert is_sports("He scored two goals in the league match.")


def test_regnal_numbers_belong_to_the_name() -> None:
    found = actors("It was signed by Emperor Charles VI. Daughter of Henry VIII, she ruled.")
    assert found["Charles VI"].kind == "person"
    assert found["Henry VIII"].kind == "person"


def test_compass_words_and_words_seen_in_lower_case_are_not_people() -> None:
    found = actors("Rain fell in 19 Northern states. Prices of gold rose as Gold traded higher.")
    assert "Northern" not in found
    assert "Gold" not in found


def test_bowling_figures_on_the_next_line() -> None:
    found = actors("Bowling: Vass 7-0-29-0, Dharmasena\n9-0-49-1, Okwuosa 4-0-25-0.")
    assert found["Dharmasena"].kind == "person"


def test_goal_minute_after_a_name_cues_a_scorer() -> None:
    found = actors("SOCCER - CUP RESULT.\nScorers: Okwuosa (41st min, pen), Dzhabarov (87th).")
    assert found["Okwuosa"].kind == "person"
    assert found["Dzhabarov"].kind == "person"


def test_uncued_name_after_in_or_at_is_a_place() -> None:
    found = actors("The plant at Pine Bluff was shut. Talks in Nea Makri ended. Mr Lee spoke.")
    assert "Pine Bluff" not in found
    assert "Nea Makri" not in found


def test_titles_and_agreements_are_not_names() -> None:
    found = actors(
        "Under the General Agreement on Tariffs and Trade, the U.S. Trade Representative "
        "said talks with Billie Jean King would go on."
    )
    assert "Agreement" not in found
    assert "Trade Representative" not in found
    assert found["Billie Jean King"].kind == "person"


def test_continents_and_lone_census_words_are_not_people() -> None:
    found = actors("Sales in Asia rose, the bill passed the House, and Ford gained 5/8.")
    assert "Asia" not in found
    assert "House" not in found
    assert "Ford" not in found  # a census surname alone, uncued: a firm as often as not


def test_a_lone_census_word_is_a_person_with_a_cue_or_in_sports() -> None:
    assert actors("Ford said the plan would fail.")["Ford"].kind == "person"
    sports = actors("SOCCER - RESULTS.\nThe striker beat Ford and scored twice in the match.")
    assert sports["Ford"].kind == "person"


@pytest.mark.parametrize(
    ("text", "absent", "people"),
    [
        pytest.param(
            "Cofinec's Global Depositary Receipts opened lower. A veteran of the 1979 "
            "Democracy Wall movement met Desi Bouterse.",
            ("Global Depositary Receipts", "Democracy Wall"),
            ("Desi Bouterse",),
            id="uncued words ending in an English word",
        ),
        pytest.param(
            "Perrin Long, an analyst at Lipper, said the fund would grow.",
            (),
            ("Perrin Long",),
            id="the same, cued",
        ),
        pytest.param(
            "Economists said the plan would fail. Diplomats told reporters so, Woods said.",
            ("Economists", "Diplomats"),
            ("Woods",),  # a census surname may be a plural too
            id="a plural of an English word, even when it speaks",
        ),
        pytest.param(
            "General Dynamics said it won the order. General Accident rose 5p. "
            "General Kutuzov and King Baudouin met President Clinton.",
            ("Dynamics", "Accident"),
            ("Kutuzov", "Baudouin", "Clinton"),
            id="a title before one English word",
        ),
        pytest.param(
            "Peter Greenbaum of Smith, Barney, Harris Upham and Co said sales were weak. "
            "The FTC said Sears, Roebuck and Co agreed to pay.\nTarango said no.",
            ("Smith", "Barney", "Sears"),
            ("Tarango",),
            id="partners in a firm's name",
        ),
        pytest.param(
            "Nancy Reagan admitted in her biography My Turn that she consulted him.",
            ("My Turn",),
            ("Nancy Reagan",),
            id="a work's title after its noun",
        ),
    ],
)
def test_words_that_name_no_one(
    text: str, absent: tuple[str, ...], people: tuple[str, ...]
) -> None:
    found = actors(text)
    for name in absent:
        assert name not in found, name
    for person in people:
        assert found[person].kind == "person", person


def test_an_apposition_naming_a_company_makes_an_organisation() -> None:
    found = actors(
        "Nova, the Canadian company that owns Husky, said it would sell. "
        "Leo, a subsidiary of Pharmacia, agreed. Tarango, a bank manager, said no."
    )
    assert found["Nova"].kind == "organization"
    assert found["Nova"].sector == "business"
    assert found["Leo"].kind == "organization"
    assert found["Tarango"].kind == "person"


def test_club_prefixes_make_teams() -> None:
    found = actors(
        "SOCCER - SPANISH LEAGUE.\nAtletico Madrid drew with Deportivo Coruna and "
        "Hapoel Beersheba lost to Dinamo Bucharest."
    )
    for team in ("Deportivo Coruna", "Hapoel Beersheba", "Dinamo Bucharest"):
        assert found[team].kind == "organization", team
        assert found[team].sector == "sport", team


def test_a_firm_named_after_initials_is_its_surname_later() -> None:
    found = actors("B.F. Goodrich Co said it will close a plant. Goodrich said it will hire.")
    assert found["B.F. Goodrich Co"].kind == "organization"
    assert "Goodrich" not in found


def test_company_words_of_other_languages_open_a_firms_name() -> None:
    found = actors("Gruppo Ferruzzi and Cie Generale d'Electricite signed with Banca del Gottardo.")
    for firm in ("Gruppo Ferruzzi", "Banca del Gottardo"):
        assert found[firm].kind == "organization", firm
    assert all(a.kind != "person" for a in found.values())


def test_press_words_of_other_languages_open_a_papers_name() -> None:
    found = actors(
        "The interview was published by Prensa Latina on Saturday, Corriere della Sera said."
    )
    assert found["Prensa Latina"].kind == "organization"
    assert found["Prensa Latina"].sector == "media"
    assert found["Corriere della Sera"].kind == "organization"


def test_brothers_and_named_banks_are_companies() -> None:
    found = actors("Salomon Brothers and Merrill Lynch said Moody's may cut the rating.")
    assert found["Salomon Brothers"].kind == "organization"
    assert found["Merrill Lynch"].kind == "organization"


def test_first_names_of_many_countries_make_a_place_a_surname() -> None:
    found = actors(
        "ATHLETICS - RESULTS.\n4. Vladimir Dubrovshchik (Belarus) 65.30\n"
        "Scorers: Viorel Moldovan (21st minute)\nByline: Richard Finn"
    )
    for person in ("Vladimir Dubrovshchik", "Viorel Moldovan", "Richard Finn"):
        assert found[person].kind == "person", person


def test_place_prefix_and_organisation_word_do_not_make_a_surname() -> None:
    found = actors("Trains ran from Rio Grande to the Royal Dutch refinery on Friday.")
    people = {a.name for a in found.values() if a.kind == "person"}
    assert not people & {"Rio Grande", "Royal Dutch"}


def test_lone_first_name_is_an_alias_of_the_full_name() -> None:
    found = actors("Monica Seles won on Friday. Monica said she was pleased.")
    assert found["Monica Seles"].aliases == ["Monica"]
    assert "Monica" not in found


def test_sports_headline_subject_before_a_singular_verb_is_a_person() -> None:
    found = actors(
        "TENNIS - KARBACHER REFUSES TO QUIT.\nSOCCER - BARATELLI TO COACH NICE.\n"
        "BASEBALL - KEVIN BROWN LOWERS ERA.\nCRICKET - LEICESTERSHIRE TAKE OVER AT TOP.\n"
        "SOCCER - ENGLISH LEAGUE RESULTS."
    )
    for person in ("KARBACHER", "BARATELLI", "KEVIN BROWN"):
        assert found[person].kind == "person", person
    assert "LEICESTERSHIRE" not in found
    assert "LEAGUE" not in found


def test_standings_rows_and_scores_name_teams_not_batsmen() -> None:
    found = actors(
        "SOCCER - SCOTTISH STANDINGS.\nClyde 3 1 0 2 2 5 3\nOrrell 13 Bath 56\n"
        "CRICKET - SCOREBOARD.\nS. Law c Tillekeratne b Dharmasena 13\n"
        "Inzamam-ul-Haq c Thorpe b Croft 6"
    )
    for team in ("Clyde", "Orrell"):
        assert found[team].kind == "organization", team
    golf = actors("GOLF - FINAL SCORES.\nRetief Goosen 67 70 71 68 276")
    assert golf["Retief Goosen"].kind == "person"
    for person in ("S. Law", "Dharmasena", "Inzamam-ul-Haq", "Croft"):
        assert found[person].kind == "person", person


def test_name_between_a_drivers_country_and_his_time_is_his_team() -> None:
    found = actors(
        "MOTOR RACING - RESULTS.\n1. Alex Zanardi (Italy), Reynard Honda, 53.980\n"
        "2. Dave Barr (Canada), Mike Sullivan (U.S.) tied"
    )
    assert found["Reynard Honda"].kind == "organization"
    for person in ("Alex Zanardi", "Dave Barr", "Mike Sullivan"):
        assert found[person].kind == "person", person


def test_place_words_make_places_not_people() -> None:
    found = actors(
        "The match was played at Ellis Park. Damon Hill won. A bomb went off in the "
        "town of Chatelet, Nkosi told Reuters. Crowds gathered at Charles de Gaulle "
        "airport as the Dow Jones index fell."
    )
    assert found["Damon Hill"].kind == "person"
    assert found["Nkosi"].kind == "person"
    for word in ("Ellis Park", "Chatelet", "Charles de Gaulle", "Dow Jones"):
        assert word not in found, word


def test_possessive_of_what_only_a_person_has() -> None:
    found = actors("Syria was dismayed by Netanyahu's refusal to trade land.")
    assert found["Netanyahu"].kind == "person"


def test_name_cued_as_an_organisation_is_not_also_a_person() -> None:
    found = actors("Zycie Warszawy daily said on Saturday. Zycie Warszawy said it agreed.")
    assert found["Zycie Warszawy"].kind == "organization"
    assert [
        a.name for a in enrich("", "Zycie Warszawy daily said it. Zycie Warszawy said.").actors
    ] == ["Zycie Warszawy"]


def test_surname_shape_names_a_person_but_not_a_town() -> None:
    found = actors("The next morning, Ivankov appeared in court. Exports to Pskov rose.")
    assert found["Ivankov"].kind == "person"
    assert "Pskov" not in found


def test_lone_word_of_a_tennis_report_is_no_team() -> None:
    found = actors("TENNIS - RESULTS.\nKafelnikov beat Tarrago. Defending champion Muster lost.")
    assert found["Kafelnikov"].kind == "person"
    assert "Tarrago" not in found


def test_scorers_in_brackets_and_a_role_noun_opening_a_sentence() -> None:
    found = actors(
        "SOCCER - DUTCH RESULTS.\nPSV Eindhoven 4 (Nilis 15, Jonk 43) Groningen 1 (Gorre 63).\n"
        "Defender Ferrara was sent off."
    )
    for person in ("Nilis", "Jonk", "Gorre", "Ferrara"):
        assert found[person].kind == "person", person
    assert found["Ferrara"].role == "defender"
    assert "Life" not in actors("Executive Life Insurance Co said so. Executive Life agreed.")
    assert found["Groningen"].kind == "organization"


def test_uncued_census_word_after_in_or_from_is_a_place() -> None:
    found = actors("Israel will withdraw troops from Hebron. Clinton spoke in Troy on Monday.")
    assert "Hebron" not in found
    assert "Troy" not in found


def test_possessive_before_a_full_name_is_whose_he_is() -> None:
    found = actors("Everton's Duncan Ferguson went close. Postponed: St Johnstone v\nAyr.")
    assert found["Everton"].kind == "organization"
    assert found["Duncan Ferguson"].kind == "person"
    assert found["St Johnstone"].kind == "organization"


def test_nickname_in_quotes_belongs_to_the_name() -> None:
    found = actors('Boxing legend Roberto " Hands of Stone " Duran fights. Duran is 45.')
    duran = found['Roberto " Hands of Stone " Duran']
    assert (duran.kind, duran.mentions) == ("person", 2)
    assert "Stone" not in found
    assert "Roberto" not in found


def test_list_after_a_label_in_a_sports_report_names_players() -> None:
    found = actors("CRICKET - SCOREBOARD.\nDid not bat: Dharmasena, Vaas, Muralitharan.")
    for person in ("Dharmasena", "Vaas", "Muralitharan"):
        assert found[person].kind == "person", person
    assert not actors("Exports went to: Qatrana, Velmoor, Okwuosa.")


def test_first_name_shaped_places_outside_a_name() -> None:
    found = actors(
        "Major Japanese banks sold. The Paris Bourse fell as W. Germany traded. Shares "
        "rose in Silver Spring and in San Luis on Friday."
    )
    people = {a.name for a in found.values() if a.kind == "person"}
    assert not people & {"Major Japanese", "Paris Bourse", "W. Germany"}
    assert not people & {"Silver Spring", "San Luis"}


def test_ranked_competitor_with_points_is_a_player_not_a_team() -> None:
    found = actors(
        "SKIING - WORLD CUP STANDINGS.\nLeading World Cup standings:\n"
        "1. Luc Alphand (France) 2:03.45\n2. Werner Franz (Austria) 2:04.01\n"
        "Overall:\n1. Alphand 250\n2. Franz 160\n"
    )
    assert {name: a.kind for name, a in found.items()} == {
        "Luc Alphand": "person",
        "Werner Franz": "person",
    }


def test_line_up_read_across_semicolons_names_players() -> None:
    found = actors(
        "SOCCER - DUTCH LEAGUE SUMMARY.\nAjax 2 (Kluivert 23, Litmanen 67) Feyenoord 1.\n"
        "Ajax: Van der Sar; Reiziger, Blind, Bogarde, Frank de Boer; Ronald de Boer, Davids; "
        "Kluivert, Musampa, Overmars.\n"
    )
    for name in ("Reiziger", "Bogarde", "Musampa", "Overmars"):
        assert found[name].kind == "person"


def test_player_figures_cue_a_person_and_a_plural_after_the_is_a_team() -> None:
    found = actors(
        "ICE HOCKEY - NHL ROUND-UP.\nMario Lemieux scored twice as the Penguins beat the "
        "Sabres 5-3.\nHasek made 30 saves for the Sabres, who have lost three straight.\n"
        "Castaignede kicked four penalties.\n"
    )
    assert found["Hasek"].kind == "person"
    assert found["Castaignede"].kind == "person"
    assert found["Sabres"].kind == "organization"


def test_a_word_cued_as_a_person_once_is_no_team_elsewhere() -> None:
    found = {
        (a.name, a.kind)
        for a in enrich(
            "",
            "SOCCER - SUMMARY.\nPSV 2 (Nilis 15, Jonk 43) Ajax 1.\nNilis, Jonk and Numan played.",
        ).actors
    }
    assert ("Nilis", "person") in found
    assert ("Nilis", "organization") not in found


def test_scorers_after_a_score_end_the_teams_name() -> None:
    found = actors(
        "SOCCER - ENGLISH SUMMARIES.\nChelsea 2 (Zola 33, Vialli 67 penalty) Everton 2 "
        "(Kanchelskis 24, Speed 50). Halftime 1-0.\n"
    )
    assert found["Everton"].kind == "organization"
    assert found["Vialli"].kind == "person"


def test_uncued_full_name_after_the_is_no_person() -> None:
    found = actors(
        "Shares fell after the Dow Jones industrial average set a record. "
        "In 1901 the Boxer Rising spread. Bergamo-based Atalanta signed him."
    )
    assert "Dow Jones" not in found
    assert "Boxer Rising" not in found
    assert found["Atalanta"].kind == "organization"


def test_kin_in_the_plural_after_a_possessive_cue_a_person() -> None:
    assert actors("Bodyguards loyal to Gaddafi's sons fired.")["Gaddafi"].kind == "person"


def test_article_joined_to_a_name_inside_a_name() -> None:
    found = actors("Sudan's leader Hassan al-Turabi met Valery Giscard d'Estaing on Friday.")
    assert found["Hassan al-Turabi"].kind == "person"
    assert found["Valery Giscard d'Estaing"].kind == "person"


def test_line_up_of_unknown_names_cut_by_semicolons_or_dashes_names_players() -> None:
    found = actors(
        "SOCCER - QUALIFIER TEAMS.\nMoldova - Romanenco; Secu, Testimitanu, Spynu, Nani; "
        "Curtianu, Rebeja, Belous (Sischin 60), Popovici; Miterev, Rosca\n"
        "Rapid: Konsel - Hatz, Guggi, Schoettel, Ivanov - Heraf, Stoeger, Kuehbauer\n"
    )
    for name in ("Romanenco", "Sischin", "Rosca", "Konsel", "Kuehbauer"):
        assert found[name].kind == "person"


def test_lone_word_before_of_and_a_bare_noun_names_no_one() -> None:
    found = actors("CRICKET - SCOREBOARD.\nTotal (37.5 overs) 185\nFall of wickets: 1-1 2-6.\n")
    assert "Fall" not in found


def test_bowling_figures_make_a_scorecard_a_sports_report() -> None:
    assert is_sports("Bowling: Gough 8-0-39-3, McGrath 9.5-0-44-1.")
    assert not is_sports("The vote was 212-85-16 on Tuesday, 1996-08-31.")
    found = actors(
        "Extras (lb-3 nb-6 w-7) 16\nDid not bat: Dharmasena, Vaas, Muralitharan.\n"
        "Bowling: Gough 8-0-39-3, Fleming 8-1-26-3."
    )
    assert found["Dharmasena"].kind == "person"
    assert "Extras" not in found


def test_a_trade_or_industry_noun_ends_a_company_name() -> None:
    found = actors("Shares of Johnson Controls rose. Chittagong Cement said profit fell.")
    assert found["Johnson Controls"].kind == "organization"
    assert found["Chittagong Cement"].kind == "organization"


def test_lone_first_word_of_a_company_is_the_company_unless_someone_has_that_name() -> None:
    found = actors("Cars made by Kia Motor Corp arrived. They will be sold by Kia, it said.")
    assert "Kia" not in found
    assert found["Kia Motor Corp"].kind == "organization"
    found = actors("Clark Equipment Co hired Jim Clark. Clark said he was pleased.")
    assert found["Jim Clark"].kind == "person"
    assert found["Jim Clark"].mentions == 2


def test_what_is_done_only_to_a_person_cues_a_lone_name() -> None:
    found = actors("Protests followed. Wang was jailed for two years. Halvorsen died in May.")
    assert found["Wang"].kind == "person"
    assert found["Halvorsen"].kind == "person"
    assert "Exxor" not in actors("Protests followed. Exxor was fined for it.")


def test_a_country_in_brackets_or_bowling_figures_make_a_place_or_event_word_a_player() -> None:
    found = actors("Results:\nDarryn Hill (Australia) beat Christian Arrue (U.S.) 2-0")
    assert found["Darryn Hill"].kind == "person"
    found = actors("Bowling: Law 2-0-23-0, Gough 8-0-39-3.")
    assert found["Law"].kind == "person"
    assert "Beacon Hill" not in actors("Homes on Beacon Hill (Boston) sold well.")


def test_a_foreign_definite_article_opens_no_persons_name() -> None:
    found = actors("The news magazine quoted Der Spiegel and Il Giornale on Monday.")
    assert found["Der Spiegel"].kind == "organization"
    assert found["Il Giornale"].kind == "organization"


def test_a_peoples_plural_is_no_person() -> None:
    found = actors("Police said North Africans and Karl Weber were questioned.")
    assert "North Africans" not in found
    assert found["Karl Weber"].kind == "person"


def test_a_record_and_lakes_are_no_people() -> None:
    found = actors("Ships crossed the Great Lakes. She set a new World Record, Maria Mutola said.")
    assert "Great Lakes" not in found
    assert "World Record" not in found
    assert found["Maria Mutola"].kind == "person"


def test_what_only_a_company_has_after_a_name_makes_it_a_company() -> None:
    found = actors(
        "Traders said Lasmo shares fell. Its shareholders Alfred Billes and Mary Lee met."
    )
    assert found["Lasmo"].kind == "organization"
    assert found["Alfred Billes"].kind == "person"


def test_a_title_that_is_a_surname_speaking_alone_is_a_person() -> None:
    found = actors('They won. " I got the right horses, " said King.')
    assert found["King"].kind == "person"
    assert "King" not in actors("Crowds cheered as the King said a few words.")

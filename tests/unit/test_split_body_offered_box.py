"""split_body: a box inside the text under a label offering one more story ("Lire aussi",
"Leggi anche", "Auch interessant", "Read next": ``data/list_labels.txt`` [offer]) holds one
or two (headline, summary) pairs: teasers, the text resuming under them whole. Under
"Related" alone, or when the line under the headline is the text's own paragraph (a quote, a
paragraph longer than a card's summary) or nothing of the text resumes, the lines stay text."""

from datetime import UTC, datetime

import pytest

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 3, 14, 12, 0, tzinfo=UTC)

HEADER = (
    "Flood barrier delayed by two years after contractor collapse\n"
    "By Rachel Armitage\n"
    "14 March 2026, 07:45\n"
    "The final phase of the valley's flood defence scheme will not be finished until 2029, "
    "two years later than promised, after the main contractor went into administration.\n"
    "The agency confirmed on Friday that work on the flood walls had been paused since "
    "January, and that a replacement contractor would be appointed in the summer.\n"
)
SUBHEADING = "Traders fear another winter"
RESUMED = (
    "The delay is a blow to a valley that has flooded repeatedly over the past decade, "
    "and traders say they cannot afford another winter without the walls.\n"
    "The agency said temporary barriers would be kept in store near the town centre and "
    "could be put up within six hours of a flood warning being issued.\n"
)
PAIRS = (
    (
        "Rail operator to add extra carriages on the coast line",
        "Commuters have complained of crowding since the timetable changed in December.",
    ),
    (
        "Council approves new cycle lanes for the old harbour road",
        "The scheme will cost 2 million and take eighteen months to build.",
    ),
)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def lead(drafts: list[ArticleDraft]) -> ArticleDraft:
    return next(draft for draft in drafts if draft.role == "lead")


def box(label: str, pairs: tuple[tuple[str, str], ...]) -> str:
    return f"{label}\n" + "".join(f"{title}\n{summary}\n" for title, summary in pairs)


@pytest.mark.parametrize(
    "label",
    [
        "Leggi anche",
        "Lire aussi",
        "Auch interessant",
        "Te puede interesar",
        "Read next",
        "Mehr zum Thema",  # audit C, P-4 (M08)
    ],
)
def test_two_pairs_under_an_offer_label_are_teasers_and_the_text_resumes(label: str) -> None:
    drafts = split(HEADER + box(label, PAIRS) + f"{SUBHEADING}\n" + RESUMED)
    assert [(draft.title, draft.body) for draft in drafts[1:]] == list(PAIRS)
    body = lead(drafts).body
    assert all(line not in body for pair in PAIRS for line in pair)
    assert SUBHEADING in body
    assert "The delay is a blow to a valley" in body
    assert "within six hours of a flood warning being issued." in body


def test_two_pairs_over_an_ad_slot_are_teasers_and_the_text_resumes_under_it() -> None:
    drafts = split(HEADER + box("Lire aussi", PAIRS) + f"Advertisement\n{SUBHEADING}\n" + RESUMED)
    assert [(draft.title, draft.body) for draft in drafts[1:]] == list(PAIRS)
    body = lead(drafts).body
    assert all(line not in body for pair in PAIRS for line in pair)
    assert SUBHEADING in body and "The delay is a blow to a valley" in body


@pytest.mark.parametrize(
    "sentence",
    [
        "Residents of the valley were told instead to keep sandbags ready at home.",
        "Shops on the valley road stayed shut.",  # shorter than a card's summary
    ],
)
def test_a_link_over_the_texts_sentences_stays_text(sentence: str) -> None:
    # must-stay (audit A, B-1: A54, A57, A58, A60): "Leggi anche" / a bare link / the text's
    # own sentence / the text going on in sentences (or under a long line read as a second
    # card): no sub-heading resumes the text under the pair, so the sentence stays the lead's
    resumed = (
        "The agency will review its barriers in the autumn.\n"
        "Flood wardens want the barriers moved closer to the valley\n"
        "The wardens say the agency's depot is too far from the river.\n" + RESUMED
    )
    drafts = split(HEADER + f"Leggi anche\n{PAIRS[0][0]}\n{sentence}\n" + resumed)
    assert [draft.role for draft in drafts] == ["lead"]
    body = drafts[0].body
    assert sentence in body
    assert "The agency will review its barriers in the autumn." in body
    assert "The wardens say the agency's depot is too far from the river." in body


def test_the_next_story_in_full_under_up_next_is_no_box() -> None:
    # must-stay (audit A, B-2: A59): "Up next" / headline / standfirst / the next story's
    # paragraphs: no sub-heading resumes the lead's text, so no one-card box is read there
    next_story = (
        "Up next\nDistricts brace for cost of flood barriers\n"
        "Councils say the agency's money will not cover the bill.\n"
        "Councils across the valley say the money promised for barriers will cover less "
        "than half of what they need, according to a survey released on Tuesday.\n"
    )
    drafts = split(HEADER + next_story)
    assert all(draft.title != "Districts brace for cost of flood barriers" for draft in drafts)


def test_the_same_lines_under_related_alone_stay_text() -> None:
    # must-stay: "Related" may stand over a link and the text's own short paragraph
    drafts = split(HEADER + box("Related", PAIRS[:1]) + f"{SUBHEADING}\n" + RESUMED)
    assert len(drafts) == 1
    assert PAIRS[0][1] in drafts[0].body


@pytest.mark.parametrize(
    "paragraph",
    [
        # a quote and its speaker: the text's own paragraph under a label over a link
        "“We cannot go through another winter like the last one,” said Anna Price, who runs "
        "a bakery on Market Street.",
        # longer than a card's summary
        "Engineers found that the foundations of the northern wall had shifted during the "
        "floods of 2024, and the agency now says that part of the wall must be rebuilt from "
        "the ground up before the final phase can start.",
    ],
)
def test_the_texts_own_paragraph_under_an_offer_label_and_a_link_stays_text(
    paragraph: str,
) -> None:
    # must-stay: "Lesen Sie auch" / one linked headline / the text going on
    drafts = split(HEADER + f"Lesen Sie auch\n{PAIRS[0][0]}\n{paragraph}\n{SUBHEADING}\n" + RESUMED)
    assert [draft.role for draft in drafts] == ["lead"]
    assert paragraph in drafts[0].body
    assert "The delay is a blow to a valley" in drafts[0].body


def test_a_subheading_over_a_short_paragraph_under_the_pair_is_no_second_card() -> None:
    # must-stay: a line of a few words over a sentence under the box's one pair is the
    # text's sub-heading, not a second card's headline; and one stampless pair is no box
    short = "Shop owners in the valley say insurance premiums have tripled since 2020."
    drafts = split(HEADER + box("Lire aussi", PAIRS[:1]) + f"{SUBHEADING}\n{short}\n" + RESUMED)
    assert [draft.role for draft in drafts] == ["lead"]
    body = lead(drafts).body
    assert SUBHEADING in body and short in body and PAIRS[0][1] in body


def test_a_pair_over_lines_that_do_not_carry_on_the_text_is_no_box() -> None:
    # must-stay: nothing of the text resumes under the pair (the site's own lines, which
    # share no word with the story): no box of the text's, the lines are read as before
    footer = "Northern Courier Media Ltd is registered in England under number 01234567.\n"
    with_label = split(HEADER + box("Lire aussi", PAIRS[:1]) + footer)
    without = split(HEADER + box("Related", PAIRS[:1]) + footer)
    assert [(d.role, d.title, d.body) for d in with_label] == [
        (d.role, d.title, d.body) for d in without
    ]


def test_an_update_note_under_a_link_and_the_texts_short_paragraph_is_no_sub_heading() -> None:
    # must-stay (audit A1, probe b11_de_update_mid): "Lesen Sie auch" / a headline / the
    # text's one-sentence paragraph / "Update, 14:30 Uhr:" / the text going on: the note
    # printing a clock is the text's, so the sentence over it is too
    short = "Residents of the valley were told to keep their windows closed."
    drafts = split(
        HEADER + f"Lesen Sie auch\n{PAIRS[0][0]}\n{short}\nUpdate, 14:30 Uhr:\n" + RESUMED
    )
    assert [draft.role for draft in drafts] == ["lead"]
    assert short in drafts[0].body
    assert "The delay is a blow to a valley" in drafts[0].body


def test_a_second_card_as_short_as_the_first_is_a_card() -> None:
    # audit A (A16's box): "Auch interessant" / two cards of four-word headlines / the text's
    # sub-heading: the second headline is no shorter than the first, so no sub-heading
    pairs = (
        ("Ferry fares frozen again", "The operator will review prices in the spring."),
        ("Harbour bridge reopens early", "Repairs to the deck finished two weeks ahead of plan."),
    )
    drafts = split(HEADER + box("Auch interessant", pairs) + "Traders fear winter\n" + RESUMED)
    assert [(draft.title, draft.body) for draft in drafts[1:]] == list(pairs)
    body = lead(drafts).body
    assert all(line not in body for pair in pairs for line in pair)
    assert "The delay is a blow to a valley" in body


@pytest.mark.parametrize(
    "sentence",
    [
        "The agency has also paused work on the river wall until the new contractor starts.",
        "Work on the river wall, however, will go on under the council's own engineers.",
    ],
)
def test_a_sentence_tied_to_the_text_above_under_a_link_stays_text(sentence: str) -> None:
    # must-stay (audit A, A72): "Lire aussi" / a bare link / the text's sentence tied to the
    # one before it ("également", "invece", "however") / the text's sub-heading / the text
    drafts = split(HEADER + f"Lire aussi\n{PAIRS[0][0]}\n{sentence}\n{SUBHEADING}\n" + RESUMED)
    assert [draft.role for draft in drafts] == ["lead"]
    assert sentence in drafts[0].body
    assert SUBHEADING in drafts[0].body


def test_one_stampless_pair_over_the_texts_sub_heading_stays_text() -> None:
    # must-stay (audit A, B-1b: A73, A74): "Lire aussi" / a bare link / the text's next
    # paragraph / the text's sub-heading / the text: one pair without a stamp may be a
    # link over the text's own paragraph; recall leaves it to the text
    paragraph = "Shop owners on the valley road reopened after the water went down on Sunday."
    drafts = split(HEADER + f"Lire aussi\n{PAIRS[0][0]}\n{paragraph}\n{SUBHEADING}\n" + RESUMED)
    assert [draft.role for draft in drafts] == ["lead"]
    assert paragraph in drafts[0].body


@pytest.mark.parametrize("label", ["Lire aussi", "Mehr zum Thema", "Te puede interesar"])
def test_one_pair_over_the_texts_sub_heading_and_short_sentences_leaves_them_to_the_text(
    label: str,
) -> None:
    # audit C's M08: the label / one headline / a sentence / the text's sub-heading / its
    # short sentences: a link over the text's paragraph or one card, which no length or word
    # tells apart (round 26, audit A's B-1): the link alone leaves, the rest is the lead's,
    # not a card's made of the sub-heading and its sentences
    short = (
        "Shop owners in the valley say insurance premiums have tripled since 2020.\n"
        "The agency said it would meet them in the spring.\n"
    )
    drafts = split(HEADER + box(label, PAIRS[:1]) + f"{SUBHEADING}\n{short}")
    assert [draft.role for draft in drafts] == ["lead"]
    body = drafts[0].body
    assert PAIRS[0][0] not in body
    assert all(line in body for line in (PAIRS[0][1], SUBHEADING, *short.splitlines()))


@pytest.mark.parametrize("label", ["Read next", "Te puede interesar", "Mehr zum Thema"])
def test_a_link_over_the_texts_short_paragraph_before_a_crosshead_stays_text(label: str) -> None:
    # must-stay (round 26, audit A's B-1: A11, A13-A17): the label / a bare link / the
    # text's short paragraph (shorter than the text around it, no word of the paragraph
    # above) / a crosshead / the text: no card, the paragraph stays the lead's
    paragraph = "Residents who break the rule face fines of up to 2,000 pounds each."
    drafts = split(HEADER + f"{label}\n{PAIRS[0][0]}\n{paragraph}\n{SUBHEADING}\n" + RESUMED)
    assert [draft.role for draft in drafts] == ["lead"]
    assert paragraph in drafts[0].body and SUBHEADING in drafts[0].body


@pytest.mark.parametrize("label", ["Lire aussi", "Lees ook", "Leia também"])
def test_two_pairs_under_an_offer_label_over_the_texts_plain_paragraph_are_teasers(
    label: str,
) -> None:
    # audit B's B-2: the label / two (headline, summary) pairs / the text going on with a
    # plain paragraph that carries on its story (no sub-heading): two pairs are a box of
    # cards (one may be a link over the text's paragraph, two are not)
    drafts = split(HEADER + box(label, PAIRS) + RESUMED)
    assert [(draft.title, draft.body) for draft in drafts[1:]] == list(PAIRS)
    body = lead(drafts).body
    assert all(line not in body for pair in PAIRS for line in pair)
    assert "The delay is a blow to a valley" in body


def test_a_short_second_headline_whose_summary_tells_another_story_is_a_card() -> None:
    # audit B's B-2 (nl): the second headline is short enough to be a sub-heading, but its
    # summary shares no word with the text above the box while the paragraph under it does:
    # a second card, the text resumes under it
    pairs = (
        PAIRS[0],
        (
            "Harbour bridge reopens early",
            "Engineers had found a crack in one of its supports in June.",
        ),
    )
    drafts = split(HEADER + box("Lees ook", pairs) + RESUMED)
    assert [(draft.title, draft.body) for draft in drafts[1:]] == list(pairs)
    body = lead(drafts).body
    assert all(line not in body for pair in pairs for line in pair)
    assert "The delay is a blow to a valley" in body

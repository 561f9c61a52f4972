"""captions: a three-part credit on the line under its caption whose agency is named by its
kind of pictures ("Gallo Images/Die Burger/Jaco Marais") credits that caption, like one naming
a known agency; three bare section names ("Sport/Rugby/Springboks") or film studios
("Warner Bros Pictures/Legendary Pictures/Village Roadshow") credit nothing."""

from streams.captions import extract_captions

LEDE = (
    "Eskom has returned Unit 2 of the Koeberg nuclear power station to service after a "
    "10-month outage to replace its steam generators, the power utility said on Saturday."
)
NEXT = "The unit was synchronised to the national grid shortly after 05:00, adding 920 megawatts."
CAPTION = "The Koeberg Nuclear Power Station near Cape Town."


def test_an_images_agencys_three_part_credit_under_a_caption_credits_it() -> None:
    body, captions = extract_captions([LEDE, CAPTION, "Gallo Images/Die Burger/Jaco Marais", NEXT])
    assert body == [LEDE, NEXT]
    assert [(c.text, c.credit) for c in captions] == [
        (CAPTION, "Gallo Images/Die Burger/Jaco Marais")
    ]


def test_must_stay_three_section_names_or_film_studios_under_a_short_line() -> None:
    # auditor C's W01: a review's info box names the film's studios, no picture's agency
    studios = "Warner Bros Pictures/Legendary Pictures/Village Roadshow"
    for line in ("Sport/Rugby/Springboks", studios):
        paragraphs = [LEDE, CAPTION, line, NEXT]
        body, captions = extract_captions(paragraphs)
        assert body == paragraphs, line
        assert captions == [], line

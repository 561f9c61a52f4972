"""captions: a credit line between a sentence of the text and one sentence opening on the kind
of picture ("A screenshot of …"), even with a verb that states ("… which has since been
removed"), credits that sentence: it is the caption, printed under its credit."""

from streams.captions import extract_captions

CAPTION = "A screenshot of one of the posts making the claim, which has since been removed."


def test_screenshot_sentence_under_credit_is_the_caption() -> None:
    body, captions = extract_captions(
        [
            "The posts claim that drivers will be fined for idling outside schools from March.",
            "We have asked the people who shared the posts where the figure came from.",
            "Image courtesy of Facebook",
            CAPTION,
            "The council told us no such fine is planned, and that its only change to parking"
            " rules next year concerns permits for residents in the town centre.",
        ]
    )
    assert [(c.text, c.credit) for c in captions] == [(CAPTION, "Facebook")]
    assert body[1].startswith("We have asked")
    assert len(body) == 3

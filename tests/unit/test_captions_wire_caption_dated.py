"""captions: a wire photographer's bar credit ("Name | AP") under a caption-sized line that ends
on the picture's full date ("… in Nashville on Nov. 20, 2026.") credits that line as its
caption, the way wire captions are written (probe a01, tuning b219's state magazine); a story
sentence over a captionless picture's credit stays text."""

from streams.captions import extract_captions

LEDE = (
    "Lawmakers returned to the statehouse on Monday for a special session on property taxes "
    "called by the governor after months of talks with county officials broke down."
)
REST = "Democrats said the plan would leave rural school districts short of money next year."


def test_a_dated_wire_caption_over_a_bar_credit_is_a_caption() -> None:
    for caption in (
        "Gov. Ann Reyes speaks at the statehouse in Topeka on Nov. 20, 2026.",
        "A grain elevator near the river port in Hutchinson, on November 18, 2026.",
    ):
        body, captions = extract_captions([LEDE, caption, "Jo Marten | AP", REST])
        assert body == [LEDE, REST], caption
        assert [(c.text, c.credit) for c in captions] == [(caption, "Jo Marten | AP")]


def test_must_stay_undated_or_quoted_lines_over_a_wire_bar_credit() -> None:
    for over in (
        "Police used water cannon on the crowd outside the parliament on Tuesday.",
        '"We will not back down," the governor said on Nov. 20, 2026.',
    ):
        body, captions = extract_captions([LEDE, over, "Jo Marten | AP", REST])
        assert over in body, over
        assert captions == [], over

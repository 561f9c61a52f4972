"""A footer link's words ("Privacy and cookies") set as a sub-heading between two paragraphs
of an article are its text; the same words among a footer's short links still go."""

from streams.clean import clean_page
from streams.model import RawPage

EXPLAINER = """\
What the EU's new digital rules mean for small websites
By Priya Nair
The revised package takes effect on January 1, and small publishers ask what changes.
Privacy and cookies
Consent rules do not change. Small sites still need a banner that lets readers say no.
Enforcement stays with national regulators, which are expected to focus on large platforms first.
Feedback
Privacy and Cookies
Legal
"""


def test_link_words_between_paragraphs_stay_as_a_subheading() -> None:
    lines = clean_page(RawPage(text=EXPLAINER)).lines
    assert lines.count("Privacy and cookies") == 1  # (the crosshead, not the footer link)
    assert "Privacy and Cookies" not in lines

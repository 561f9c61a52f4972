"""The text's last paragraph: a sentence, then more words ending on a name in capitals
with no full stop ("… the traffic. It is signed by the residents' group AVV LOS PINOS"):
a paragraph of the text, not a trailing link line to trim."""

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

PAGE = """\
Costa Gazette
Local
Town hall approves new marina car park
29/11/2026
The town council approved on Friday a new car park by the marina with 400 spaces for visitors.
Work will cost 3 million euros and should be finished in 2027, the council said.
Residents of the old quarter have asked for a study on traffic. It is signed by AVV LOS PINOS
"""


def test_the_closing_paragraph_stays_in_the_body() -> None:
    drafts = split_articles(clean_page(RawPage(text=PAGE)))
    assert "It is signed by AVV LOS PINOS" in drafts[0].body

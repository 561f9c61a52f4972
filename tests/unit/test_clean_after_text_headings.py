"""clean: headings after a story's text that end it ("Media Contact:" over a press
release's contact box, Dutch "Meer over" over the topic tags) and the Dutch comment button
"Reageer": the contact's name and the tags are no text, and a paragraph under a "Lees ook"
link that the tags close goes on with the story."""

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

RELEASE = """\
Harbourline Ferries Orders Two Electric Vessels
Jan 12, 2026, 08:00 ET
OSLO, Jan. 12, 2026 /PRNewswire/ -- Harbourline Ferries today ordered two electric ferries.
"The new ferries cut our fuel bill on the busiest crossing," said chief executive Ola Berg.
Delivery of the first vessel is planned for the spring of 2027.
About Harbourline Ferries
Harbourline Ferries runs passenger and car ferries on six routes in western Norway.
Media Contact:
Kari Lunde
press@harbourline.example
SOURCE Harbourline Ferries
"""

HLN_STYLE = """\
Brand legt schuur met stro in de as in Zele
De brandweer bleef de hele nacht ter plaatse. Niemand raakte gewond.
28-11-26, 07:55
De brand ontstond rond middernacht in een schuur langs de Durmelaan. Buren belden de brandweer.
De schuur met 200 balen stro ging verloren. Het stro zal nog dagen nasmeulen.
Lees ook
Vrachtwagen met hooi brandt uit op E17 in Kruibeke
De oorzaak van de brand is nog niet bekend. Een branddeskundige onderzoekt de schuur.
Reageer
Meer over
Zele
Brand
"""


def test_a_media_contact_box_ends_a_release() -> None:
    drafts = split_articles(clean_page(RawPage(text=RELEASE)))
    assert len(drafts) == 1
    body = drafts[0].body
    assert "Delivery of the first vessel" in body
    assert "Kari Lunde" not in body
    assert "SOURCE Harbourline" not in body


def test_the_paragraph_under_a_lees_ook_link_closed_by_tags_is_the_storys() -> None:
    drafts = split_articles(clean_page(RawPage(text=HLN_STYLE)))
    assert [draft.title for draft in drafts] == ["Brand legt schuur met stro in de as in Zele"]
    body = drafts[0].body
    assert "Een branddeskundige onderzoekt de schuur." in body
    assert "Vrachtwagen met hooi" not in body
    assert "Reageer" not in body
    assert "Zele\n" not in body and not body.endswith("Brand")

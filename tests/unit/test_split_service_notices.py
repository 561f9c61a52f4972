"""Pages whose only text is the site's notice about itself: a maintenance notice of several
sentences, an empty topic feed's "no stories yet" read again as a card: no article. Short
real stories of an outage or of maintenance work, told by a reporter: still the lead."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 3, 14, 12, 0, tzinfo=UTC)


def split(text: str, url: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, url=url, fetched_at=FETCHED)))


def test_a_german_maintenance_notice_of_two_sentences_has_no_article() -> None:
    page = """\
Kurier vom Neckartal
Seite wegen Wartungsarbeiten offline
Die Seite wird gerade technisch überarbeitet und ist deshalb vorübergehend nicht erreichbar.
Ab Dienstag, 17. März, um 7 Uhr sind alle Inhalte wieder wie gewohnt verfügbar.
App Store
Google Play
Impressum
"""
    assert split(page, "https://www.kurier-neckartal.example/") == []


def test_a_spanish_maintenance_notice_has_no_article() -> None:
    page = """\
Diario del Alto Tajo
Sitio en mantenimiento
El sitio está en mantenimiento programado para mejorar la velocidad y la seguridad del servicio.
Volveremos a estar disponibles el lunes 16 de marzo a partir de las 6:00 de la mañana.
Aviso legal
"""
    assert split(page, "https://www.diarioaltotajo.example/") == []


def test_must_stay_a_short_report_of_a_city_website_down_for_maintenance() -> None:
    page = """\
Kurier vom Neckartal
Stadtportal wegen Wartung offline
Die Website der Stadt Kassel ist seit Montag wegen Wartungsarbeiten nicht erreichbar.
Anträge können bis Mittwoch weiter im Bürgerbüro am Rathausplatz gestellt werden, teilte ein \
Sprecher mit.
Impressum
"""
    drafts = split(page, "https://www.kurier-neckartal.example/")
    assert [(d.role, d.title) for d in drafts] == [("lead", "Stadtportal wegen Wartung offline")]


def test_must_stay_a_short_unstamped_brief_of_maintenance_on_a_bridge() -> None:
    page = """\
The Harbour Courier
Harbour Bridge closed for maintenance next week
The Harbour Bridge will be closed to all traffic for maintenance from Monday at 6 a.m. \
until late on Friday night.
Drivers will be diverted over the ring road, and the number 12 bus will run on the \
diversion as well.
Privacy
"""
    drafts = split(page, "https://harbourcourier.example/")
    assert [(d.role, d.title) for d in drafts] == [
        ("lead", "Harbour Bridge closed for maintenance next week")
    ]


def test_an_empty_topic_feed_whose_notice_is_read_as_a_card_has_no_article() -> None:
    page = """\
Skip to main content
Newsdeck
Home
For you
Following
Topics
Search
Topic
Rhine shipping levels
Follow
1,204 followers
No stories yet
We haven’t found any recent coverage of this topic from the publishers we follow. New \
stories usually appear here within a few hours of publication.
Follow topic
Explore related topics
Germany
Shipping
Drought
Trending topics
Budget 2027
Champions League
Most read on Newsdeck
Oil slips as stockpiles build
Yen firms after central bank remarks
Wheat futures climb on dry weather
Privacy
Terms
"""
    assert split(page, "https://newsdeck.example/topics/rhine-shipping-levels") == []


def test_must_stay_a_lone_stamped_card_under_a_topic_heading() -> None:
    page = """\
Skip to main content
Newsdeck
Home
Topics
Topic
Rhine shipping levels
Follow
Barges cut loads as Rhine falls
Barges on the Rhine are carrying a third of their usual loads after water levels at Kaub \
fell below one metre on Friday.
2 hours ago
Explore related topics
Germany
Shipping
Privacy
Terms
"""
    drafts = split(page, "https://newsdeck.example/topics/rhine-shipping-levels")
    assert [d.title for d in drafts] == ["Barges cut loads as Rhine falls"]


def test_an_empty_topic_page_in_the_sites_voice_over_a_newsletter_box_has_no_article() -> None:
    page = """\
The Valley Ledger
News
Farming
Opinion
Subscribe
TOPIC
Rural broadband
Follow
Nothing here yet
We have not written about this topic so far. Check back soon, or browse the latest from our \
farming desk.
Browse Farming
Never miss a story
The Farm Gate
Every Monday, our farming team rounds up the prices, the planning rows and the weather that \
shape a working week in the valley.
Email address
Sign up
About us
Privacy
"""
    assert split(page, "https://www.valleyledger.example/topics/rural-broadband") == []


def test_must_stay_a_short_unstamped_story_in_the_papers_voice() -> None:
    page = """\
The Valley Ledger
Flood appeal passes £5,000 in a week
The appeal we launched after the Hexham floods passed £5,000 on Tuesday, with gifts from \
more than 300 people across the valley.
We will hand the money to the Hexham community trust at the town hall on Friday morning.
About us
Privacy
"""
    drafts = split(page, "https://www.valleyledger.example/")
    assert [(d.role, d.title) for d in drafts] == [("lead", "Flood appeal passes £5,000 in a week")]


def test_must_stay_a_short_brief_under_a_short_heading() -> None:
    """A heading too short for a report's over sentences of others, not in the site's voice."""
    page = """\
Kurier vom Neckartal
Scheunenbrand in Kempten
In der Nacht zum Sonntag ist in Kempten eine Scheune mit 40 Tonnen Heu niedergebrannt.
Die Feuerwehr war mit 60 Kräften im Einsatz, verletzt wurde niemand.
Impressum
"""
    drafts = split(page, "https://www.kurier-neckartal.example/")
    assert len(drafts) == 1
    assert "Die Feuerwehr war mit 60 Kräften im Einsatz" in drafts[0].body


def test_must_stay_a_road_maintenance_brief_that_asks_to_note_it() -> None:
    # auditor B's W13: a maintenance word in the headline, "Please note" opening on a road
    page = """\
A6 maintenance: overnight closures next week
Please note that the A6 between Garstang and Lancaster will be closed overnight from Monday \
to Thursday for resurfacing work.
Diversions will be signposted via the M6, and the road will reopen at 6am each day.
"""
    drafts = split(page, "https://www.lancasterledger.example/")
    assert [d.title for d in drafts] == ["A6 maintenance: overnight closures next week"]


def test_must_stay_an_appeal_total_in_the_papers_voice_under_a_short_heading() -> None:
    # auditor B's W28: a heading too short for a report's, all in the paper's voice, but
    # its first paragraph tells how much
    page = """\
Home
News
Christmas appeal total
Our readers have donated £12,400 to this year's Christmas appeal for St John's Hospice in \
Lancaster, more than in any year since we launched it in 2009.
We will present the cheque to the hospice's nurses at our office on Friday, and we thank \
everyone who gave.
"""
    drafts = split(page, "https://www.lancasterledger.example/")
    assert [d.title for d in drafts] == ["Christmas appeal total"]


def test_must_stay_a_brief_of_another_bodys_website_maintenance() -> None:
    page = """\
Home
Money
HMRC website down for maintenance this weekend
The HMRC website will be unavailable from 8pm on Friday until 6am on Monday while \
maintenance is carried out on its systems.
Taxpayers who need to file a self-assessment return should do so before Friday evening. \
The helpline will also be closed.
"""
    drafts = split(page, "https://www.valleycourier.example/")
    assert [d.title for d in drafts] == ["HMRC website down for maintenance this weekend"]
    assert "Taxpayers who need to file" in drafts[0].body


def test_must_stay_a_maintenance_brief_whose_site_a_name_before_it_owns() -> None:
    for subject in ("The HMRC website", "Google's site"):
        page = f"""\
Money
Tax site down for maintenance tonight
{subject} will be unavailable tonight while maintenance is carried out on its systems.
The helpline will also be closed until the work is done.
"""
        drafts = split(page, "https://www.valleycourier.example/")
        assert [d.title for d in drafts] == ["Tax site down for maintenance tonight"], subject


def test_must_stay_a_brief_of_a_portal_maintenance_telling_of_residents() -> None:
    page = """\
News
Council portal maintenance on Sunday
The website will be unavailable on Sunday between 6am and noon while the council upgrades \
its payments system.
Residents who need to pay council tax should do so on Saturday or after midday on Sunday.
"""
    drafts = split(page, "https://www.valleycourier.example/")
    assert [d.title for d in drafts] == ["Council portal maintenance on Sunday"]
    assert "Residents who need to pay" in drafts[0].body


def test_a_maintenance_notice_naming_the_site_itself_before_its_website_has_no_article() -> None:
    page = """\
Valley Courier
Site under maintenance
The Valley Courier website is being updated and will be back shortly.
We apologise for the inconvenience.
Privacy policy
"""
    assert split(page, "https://www.valleycourier.example/") == []

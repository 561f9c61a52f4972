"""A front page's list of bare headlines ("Weitere Nachrichten") with one card at its foot
that prints a section's name over its headline and a summary under it ("Wirtschaft" /
headline / summary), the list closed by the next heading ("Meistgelesen"): that card is a
teaser, its summary no footer text."""

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

PAGE = """\
Startseite
Nachrichten
Top-Themen
Verkehr
Brückensperrung: Pendler müssen ab Montag Umwege fahren
Die Sanierung der Talbrücke dauert nach Angaben des Landesbetriebs mindestens acht Monate.
Klima
Herbst war deutlich zu warm und zu trocken
Der Wetterdienst meldet für November fast drei Grad über dem langjährigen Mittel.
Weitere Nachrichten
Stadtrat beschließt neuen Radweg am Hafen
Zoo meldet Nachwuchs bei den Pinguinen
Weihnachtsmarkt öffnet eine Woche früher
Wirtschaft
Werft in Kiel streicht 300 Stellen bis Ende 2027
Die Auftragslage im Schiffbau sei schwach, teilte das Unternehmen mit. Der Betriebsrat protestiert.
Meistgelesen
1
Brückensperrung: Pendler müssen ab Montag Umwege fahren
2
Herbst war deutlich zu warm und zu trocken
Impressum
Datenschutz
"""


def test_a_kickered_card_at_the_foot_of_a_headline_list_is_a_teaser() -> None:
    drafts = split_articles(clean_page(RawPage(text=PAGE)))
    card = next(draft for draft in drafts if draft.title.startswith("Werft in Kiel"))
    assert card.body.startswith("Die Auftragslage im Schiffbau")
    assert all(not draft.title.startswith("Stadtrat") for draft in drafts)

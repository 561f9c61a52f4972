"""clean + split: a video card in a list whose cards print "Source · stamp" over their
titles ("Video" / "1:07" / "ntv · vor 57 Min." / title): the length goes, the title under
the meta line is the clip's, and the meta line opens the clip's card instead of closing
the card above it (which printed its source over its title and no stamp)."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)

PAGE = (
    "Nachrichten\nPolitik\nSport\nSchlagzeilen\n"
    "Tagesblatt · vor 2 Std.\n"
    "Landtag beschließt neues Schulgesetz nach langer Debatte\n"
    "Die Opposition kündigte an, gegen das Gesetz vor dem Verfassungsgericht zu klagen.\n"
    "Abendpost · vor 4 Std.\n"
    "Warum die Mieten in den Großstädten weiter steigen\n"
    "Ökonomen sehen vor allem den Mangel an Neubauten als Ursache.\n"
    "Morgenkurier\n"
    "Stadtrat stoppt Pläne für neues Fußballstadion am Flussufer\n"
    "Die Kosten seien aus dem Ruder gelaufen, hieß es aus dem Rathaus.\n"
    "Video\n"
    "1:07\n"
    "Nordkanal · vor 57 Min.\n"
    "Sturmflut an der Küste: Die eindrucksvollsten Bilder der Nacht\n"
    "Abendpost · gestern\n"
    "Fähre nach Helgoland fällt bis Freitag aus\n"
    "Weitere Themen\n"
)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def test_clip_title_under_meta_line_is_marked() -> None:
    page = clean_page(RawPage(text=PAGE, fetched_at=FETCHED))
    [clip] = page.clips
    assert page.lines[clip] == "Sturmflut an der Küste: Die eindrucksvollsten Bilder der Nacht"


def test_meta_line_over_clip_title_opens_the_clip_card() -> None:
    drafts = {draft.title: draft for draft in split(PAGE)}
    clip = drafts["Sturmflut an der Küste: Die eindrucksvollsten Bilder der Nacht"]
    assert (clip.source, clip.time_text) == ("Nordkanal", "vor 57 Min.")
    stadium = drafts["Stadtrat stoppt Pläne für neues Fußballstadion am Flussufer"]
    assert stadium.time_text is None

"""Inside a live ticker, a picture's credit under one short full-stop sentence after an
entry's text ("Räumfahrzeuge auf dem Bahnhofplatz am Morgen." / "KEYSTONE/Name") credits
that sentence as a caption: it leaves the entry's text."""

from streams.model import RawPage
from streams.pipeline import process_page

TICKER = (
    "News\n"
    "Ticker zum Sturm\n"
    "Sturm über der Ostschweiz: Dächer abgedeckt, Züge gestoppt\n"
    "Publiziert am 30.11.2026, 06:40 Uhr\n"
    "Zuletzt aktualisiert: 30.11.2026, 10:30 Uhr\n"
    "10:30\n"
    "Bahnstrecke nach Chur wieder offen\n"
    "Die Strecke zwischen Sargans und Chur ist seit zehn Uhr wieder befahrbar, wie die SBB"
    " mitteilen. Reisende müssen weiterhin mit Verspätungen von bis zu 20 Minuten rechnen.\n"
    "09:45\n"
    "Hunderte Einsätze der Feuerwehr\n"
    "Die Kantonspolizei St. Gallen hat seit Mitternacht über 200 Einsätze verzeichnet. Verletzt"
    " wurde nach bisherigen Erkenntnissen niemand, sagte ein Sprecher am Morgen.\n"
    "Aufräumarbeiten auf dem Bahnhofplatz in Rorschach am Montagmorgen.\n"
    "KEYSTONE/Gian Ehrenzeller\n"
    "08:50\n"
    "Schulen bleiben offen\n"
    "Trotz der Sturmschäden findet der Unterricht im Kanton St. Gallen statt. Das"
    " Bildungsdepartement bittet Eltern, ihre Kinder wenn möglich zu Fuss zu schicken.\n"
)


def test_a_credit_under_a_full_stop_caption_in_an_entry_credits_it() -> None:
    lead = process_page(RawPage(text=TICKER))[0]
    assert [(caption.text, caption.credit) for caption in lead.captions] == [
        (
            "Aufräumarbeiten auf dem Bahnhofplatz in Rorschach am Montagmorgen.",
            "KEYSTONE/Gian Ehrenzeller",
        )
    ]
    assert "Aufräumarbeiten" not in lead.body
    assert "Verletzt wurde nach bisherigen Erkenntnissen niemand" in lead.body

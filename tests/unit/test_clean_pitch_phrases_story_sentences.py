"""furniture: a story's sentence on an ad-free plan one may test ("… ohne Werbung …
kostenlos testen") or on journalism another body pays for ("local journalism, co-funded
by …") is text; the trial offer names its tracking too, the partner note says what it is
("LDR is local body journalism co-funded by …")."""

from streams.boilerplate import Kind, classify


def test_story_sentences_on_ad_free_plans_and_funded_journalism_stay() -> None:
    for line in (
        "Wer ohne Werbung fernsehen will, kann das Premium-Paket vier Wochen lang kostenlos"
        " testen.",
        "The scheme of local journalism, co-funded by the BBC and regional publishers, pays"
        " for 90 reporters.",
    ):
        assert classify(line) is None, line


def test_the_offer_and_the_partner_note_still_go() -> None:
    for line in (
        "Jetzt 4 Wochen Kurier PLUS testen – ohne Werbung und ohne Tracking",
        "LDR is local body journalism co-funded by RNZ and NZ On Air.",
    ):
        assert classify(line) is Kind.DROP, line

"""A button named in quotes after a click ("En cliquant sur « J'accepte tous les cookies »")
quotes no one, whatever its length: a consent notice that names it is still a notice. A
quotation of several words elsewhere is speech."""

from streams.boilerplate import Kind, classify, quotes_speech

NOTICE = (
    "Ce contenu est bloqué car vous n'avez pas accepté les cookies. En cliquant sur "
    "« J'accepte tous les cookies », vous autorisez le dépôt de traceurs sur nos sites."
)


def test_a_clicked_button_in_quotes_is_no_speech() -> None:
    assert not quotes_speech(NOTICE)
    assert not quotes_speech("Mit einem Klick auf „Alle Cookies akzeptieren“ stimmen Sie zu.")


def test_the_consent_notice_naming_the_button_is_dropped() -> None:
    assert classify(NOTICE) is Kind.DROP


def test_a_quotation_of_several_words_is_speech() -> None:
    assert quotes_speech("« Nous ne céderons pas sur les cookies », a dit la ministre.")

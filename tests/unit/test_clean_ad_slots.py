"""clean: ad slot labels ([slot]) in card lists and in the text; ad labels over real cards."""

from datetime import UTC, datetime

import pytest

from streams.clean import clean_page
from streams.model import RawPage
from streams.pipeline import process_page

_AD_LIST = (
    "Mehr Nachrichten\n"
    "Stadtrat vertagt Entscheidung über neues Hallenbad\n"
    "vor 3 Std.\n"
    "Das könnte Sie auch interessieren\n"
    "{label}\n"
    "Ärzte staunen: Dieser einfache Trick hilft gegen Knieschmerzen\n"
    "Gesundheitsratgeber\n"
    "{label}\n"
    "Die 20 schönsten Strände Europas, die kaum jemand kennt\n"
    "Reisewelt\n"
    "Impressum\n"
    "Datenschutz\n"
)


def _marks(text: str) -> list[str]:
    return [kind for _, kind in clean_page(RawPage(text=text)).marks]


def test_a_list_of_ads_under_a_teaser_heading_is_dropped_with_its_labels() -> None:
    # no card's stamp over the labels: the heading, then each ad card under the one before
    for label in ("Anzeige", "Publicité", "Reklama", "Annons"):
        text = _AD_LIST.format(label=label)
        assert _marks(text).count("ad") == 2, label
        titles = [event.title for event in process_page(RawPage(text=text))]
        assert not any("Knieschmerzen" in title or "Strände" in title for title in titles), label


def test_a_slot_label_in_a_card_list_from_the_data_labels_an_ad_card() -> None:
    # the languages [slot] holds beyond the first few: the label over an ad card among
    # stamped cards is the card's
    cards = (
        "Stadtrat vertagt Entscheidung über neues Hallenbad\n"
        "vor 2 Std.\n"
        "{label}\n"
        "Gartenwelt Mosbrunn\n"
        "Jetzt Hochbeet bestellen und Versand sparen\n"
        "Ostheider Bote\n"
        "vor 3 Std.\n"
        "Brücke über die Lauter bleibt gesperrt\n"
    )
    for label in ("Reklama", "Mainos", "Hirdetés", "Annonce"):
        assert "ad" in _marks(cards.format(label=label)), label


def test_a_slot_label_under_a_teaser_heading_over_a_stamped_card_stays_a_slot() -> None:
    # an empty slot at a list's top over a real card (its stamp, then more cards): no ad
    text = (
        "Das könnte Sie auch interessieren\n"
        "Anzeige\n"
        "Kliniken im Süden kündigen Notdienst-Kooperation an\n"
        "vor 5 Std.\n"
        "Neue Buslinie verbindet drei Dörfer\n"
        "vor 6 Std.\n"
    )
    assert "ad" not in _marks(text)
    titles = [event.title for event in process_page(RawPage(text=text))]
    assert "Kliniken im Süden kündigen Notdienst-Kooperation an" in titles


def test_an_ad_slot_label_in_the_text_leaves_the_text_whole() -> None:
    paragraph = (
        "Der Gemeinderat hat am Dienstagabend mit knapper Mehrheit beschlossen, das alte "
        "Hallenbad bis zum Herbst zu sanieren, teilte die Stadt mit."
    )
    after = (
        "Die Kosten von rund vier Millionen Euro sollen zur Hälfte aus Mitteln des Landes "
        "kommen, sagte der Bürgermeister am Mittwoch."
    )
    for label in ("Anzeige", "Reklama", "Advertisement"):
        for middle in ("", "Was die Sanierung kostet\n"):
            text = f"{paragraph}\n{label}\n{middle}{after}\n"
            lines = clean_page(RawPage(text=text)).lines
            assert paragraph in lines and after in lines, (label, middle)
            assert label not in lines
            if middle:
                assert middle.strip() in lines, label  # the text's crosshead stays


def test_a_story_sentence_about_sponsors_or_a_promotion_stays() -> None:
    text = (
        "Sponsored by the city, the festival drew more than 20,000 visitors on Saturday, "
        "organisers said.\n"
        "Promotion to the first division would bring the club an extra ten million euros "
        "in television money, the chairman said.\n"
        "Advertising\n"
        "Sponsored\n"
    )
    lines = clean_page(RawPage(text=text)).lines
    assert any(line.startswith("Sponsored by the city") for line in lines)
    assert any(line.startswith("Promotion to the first division") for line in lines)


def test_a_video_card_under_an_ad_card_keeps_its_title() -> None:
    # the ad card dropped over the video's label does not hide the card stamped over it
    text = (
        "Il Resto del Carlino\n"
        "Bologna, riapre dopo tre anni il portico di San Luca\n"
        "4 ore fa\n"
        "Contenuti sponsorizzati\n"
        "Il nuovo metodo per dimezzare la bolletta della luce\n"
        "Risparmio Facile\n"
        "Video\n"
        "1:05\n"
        "Genova, il Bisagno si gonfia: le immagini dal ponte di Sant'Agata\n"
        "Primocanale\n"
        "Video\n"
        "2:20\n"
        "Rapallo, mareggiata sul lungomare: danni alle barche\n"
        "Genova24 · 1 ora fa\n"
    )
    lines = clean_page(RawPage(text=text)).lines
    assert "Genova, il Bisagno si gonfia: le immagini dal ponte di Sant'Agata" in lines
    assert "Il nuovo metodo per dimezzare la bolletta della luce" not in lines


def test_a_player_in_the_text_still_goes_with_its_title() -> None:
    paragraph = (
        "Il sindaco ha disposto la chiusura di scuole, parchi e cimiteri, ha comunicato il "
        "Comune in una nota diffusa nella notte."
    )
    text = (
        f"{paragraph}\n"
        "Video\n"
        "1:05\n"
        "Genova, il Bisagno si gonfia: le immagini dal ponte\n"
        "Primocanale\n"
        f"{paragraph.replace('sindaco', 'prefetto')}\n"
    )
    lines = clean_page(RawPage(text=text)).lines
    assert "Genova, il Bisagno si gonfia: le immagini dal ponte" not in lines


def test_an_ad_label_in_capitals_in_a_stamp_first_list_stays_an_ad() -> None:
    # (auditor D's D15, D16) "3h ago" / title / "SPONSORED" / ad title / "4h ago" / next
    # title: the stamp under the ad's title is the next card's; every card keeps its own
    for label in ("SPONSORED", "AD"):
        text = (
            "Latest\n"
            "2h ago\n"
            "Utah lawmakers pass bill to fund Great Salt Lake water rights\n"
            "3h ago\n"
            "Snowpack in Wasatch mountains hits 120% of normal\n"
            f"{label}\n"
            "Refinance now before rates change again\n"
            "4h ago\n"
            "Provo school board votes to close two elementary schools\n"
            "5h ago\n"
            "UTA adds late-night FrontRunner trains for spring\n"
            "6h ago\n"
            "Avalanche closes Little Cottonwood Canyon road\n"
        )
        titles = [event.title for event in process_page(RawPage(text=text))]
        assert "Refinance now before rates change again" not in titles, label
        assert "Avalanche closes Little Cottonwood Canyon road" in titles, label


def test_an_advertorial_label_drops_its_card_and_the_label_under_it() -> None:
    # "Publirreportaje" / ad title / "Contenido patrocinado" / next card: the card stays
    text = (
        "Más noticias\n"
        "Precio del dólar en Colombia hoy: abre la semana en $4.085\n"
        "hace 3 horas\n"
        "La República\n"
        "Publirreportaje\n"
        "Cartagena celebra 30 años de su festival gastronómico con descuentos en hoteles\n"
        "Contenido patrocinado\n"
        "Selección Colombia: Néstor Lorenzo convoca a 26 jugadores\n"
        "hace 5 horas\n"
        "Blu Radio\n"
    )
    titles = [event.title for event in process_page(RawPage(text=text))]
    assert "Selección Colombia: Néstor Lorenzo convoca a 26 jugadores" in titles
    assert not any(title.startswith("Cartagena") for title in titles)


def test_an_empty_slot_under_a_teaser_heading_over_real_cards_stays_a_slot() -> None:
    # (auditor D's D11) source / title / kicker / stamp cards under the slot: no ad card;
    # nor one stampless card and its source over the footer, with no second label
    d11 = (
        "Les cars de substitution seront mis en place sur les lignes Toulouse-Albi et "
        "Toulouse-Montauban, a précisé la direction régionale.\n"
        "À lire aussi\n"
        "Publicité\n"
        "La Dépêche du Midi\n"
        "Grève : les lignes de bus Tisséo aussi touchées\n"
        "Toulouse\n"
        "il y a 2 heures\n"
        "Midi Libre\n"
        "Montpellier : le tramway perturbé jeudi\n"
        "Hérault\n"
        "il y a 4 heures\n"
        "Mentions légales\n"
    )
    last = (
        "Das könnte Sie auch interessieren\n"
        "Anzeige\n"
        "Kreistag streicht Zuschüsse für Sportvereine\n"
        "Märkische Allgemeine\n"
        "Impressum\n"
    )
    for text in (d11, last):
        assert "ad" not in _marks(text)


_SLOT_OVER_CARD = (
    "Najnowsze\n"
    "Sejm przyjął ustawę o asystencji osobistej\n"
    "PAP\n"
    "2 godziny temu\n"
    "Prognoza pogody: nadchodzi ocieplenie\n"
    "Interia\n"
    "3 godziny temu\n"
    "{label}\n"
    "{card}"
    "4 godziny temu\n"
    "Kraków: nowa linia tramwajowa otwarta\n"
    "Gazeta Krakowska\n"
    "5 godzin temu\n"
    "Ceny paliw znów w górę\n"
    "Business Insider\n"
    "6 godzin temu\n"
)


_KICKER_CARD = "POLITYKA\nPrezydent podpisał nowelizację kodeksu wyborczego\nRzeczpospolita\n"
_DECK_CARD = (
    "Prezydent podpisał nowelizację kodeksu wyborczego\n"
    "Beskedet väntades av de flesta ekonomer.\n"
    "Rzeczpospolita\n"
)


@pytest.mark.parametrize(
    ("label", "card"),
    [("Reklama", _KICKER_CARD), ("Anzeige", _KICKER_CARD), ("Annons", _DECK_CARD)],
    ids=["D17-kicker", "D18-kicker-anzeige", "D19-deck"],
)
def test_an_empty_slot_over_a_card_with_a_kicker_or_a_deck_keeps_the_card(
    label: str, card: str
) -> None:
    # (auditor D's D17, D18, D19) an empty slot among title / source / stamp cards over a
    # card printing one line more (a kicker, a one-sentence deck): the card and every stamp
    # stay; an ad card there prints two more (its title and advertiser)
    text = _SLOT_OVER_CARD.format(label=label, card=card)
    assert "ad" not in _marks(text)
    fetched = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)
    events = process_page(RawPage(text=text, fetched_at=fetched))
    stamps = {event.title: event.published_at for event in events}
    title = "Prezydent podpisał nowelizację kodeksu wyborczego"
    assert stamps.get(title) == datetime(2026, 11, 29, 8, 0, tzinfo=UTC)
    krakow = stamps.get("Kraków: nowa linia tramwajowa otwarta")
    assert krakow == datetime(2026, 11, 29, 7, 0, tzinfo=UTC)


def test_a_slot_over_an_ad_card_and_its_advertiser_still_labels_it() -> None:
    # the same list: the ad's title and advertiser over the next card's title and source
    card = (
        "Kredyt gotówkowy bez wychodzenia z domu\n"
        "Bank Przykładowy\n"
        "Prezydent podpisał nowelizację kodeksu wyborczego\n"
        "Rzeczpospolita\n"
    )
    for label in ("Reklama", "Annons"):
        assert "ad" in _marks(_SLOT_OVER_CARD.format(label=label, card=card)), label

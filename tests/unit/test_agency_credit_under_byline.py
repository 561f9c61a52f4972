"""An agency's © credit under a caption that stands right under the header's stamp and a
byline ("Publié le …" / "Par Belga" / caption / "© BELGA PHOTO NAME") is the picture's
credit, not the page's footer: the text under it is the lead's."""

from datetime import UTC, datetime

from streams.model import RawPage
from streams.pipeline import process_page

_PAGE = """Info Régions
Wallonie
Inondations : la Meuse déborde à Namur, des rues fermées au centre-ville
Publié le 3 décembre 2026 à 07h40
Par Belga
Un pompier inspecte une rue inondée du quartier de Jambes.
© BELGA PHOTO JEAN DUPUIS
La Meuse est sortie de son lit dans la nuit de mardi à mercredi après des pluies abondantes.
La Ville a fermé quatre rues et ouvert une salle pour les habitants évacués.
Les pompiers restent mobilisés jusqu’à la décrue, attendue jeudi."""


def test_the_text_under_a_credited_caption_under_the_byline_is_the_lead() -> None:
    page = RawPage(text=_PAGE, fetched_at=datetime(2026, 12, 3, 9, tzinfo=UTC))
    articles = process_page(page)
    lead = next(article for article in articles if article.role == "lead")
    assert lead.title.startswith("Inondations : la Meuse déborde")
    assert "La Ville a fermé quatre rues" in lead.body

"""clean: under a "Leer más" heading and its link, a caption with its credit on its line
("… tras el apagón. Foto: Ana Ruiz / EL DIARIO") is the text's picture, not one more link:
the link goes, the caption stays for the captions stage."""

from streams.clean import clean_page
from streams.model import RawPage

CAPTION = "Comerciantes cierran sus locales en el centro tras el apagón."
LEDE = (
    "Ciudad de México.- Un apagón dejó sin electricidad a cerca de 200 mil usuarios de tres "
    "alcaldías este lunes, informó la Comisión Federal de Electricidad."
)
PAGE = f"""\
Apagón deja sin luz a tres alcaldías durante cuatro horas
Ana Ruiz
30/11/2026 09:48

Leer más
Esto dice la CFE sobre las fallas en la red eléctrica
{CAPTION} Foto: Ana Ruiz / EL DIARIO
{LEDE}
La dependencia dijo que el servicio se restableció por completo antes del mediodía.
"""


def test_a_credited_caption_under_a_read_more_link_stays() -> None:
    lines = clean_page(RawPage(text=PAGE, url="https://news.example/apagon")).lines
    assert f"{CAPTION} Foto: Ana Ruiz / EL DIARIO" in lines
    assert "Esto dice la CFE sobre las fallas en la red eléctrica" not in lines

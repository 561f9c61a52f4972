"""Auditor B's B-5: a wire's dateline alone on its line right under the header's stamp,
naming a town the gazetteer may not know ("PONFERRADA, 30 (EUROPA PRESS)", "LEÓN, 12
(EFE)"): a place in capitals, a day and an agency's name in brackets open the text, as
"MADRID, 30 (EUROPA PRESS)" does; it is no header line to drop."""

from datetime import UTC, datetime

import pytest

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize("dateline", ["PONFERRADA, 30 (EUROPA PRESS)", "PONFERRADA, 30 (EFE)"])
def test_a_wire_dateline_under_the_stamp_stays_in_the_text(dateline: str) -> None:
    text = (
        "La central térmica de Compostilla será desmantelada antes de 2028\n"
        "30/11/2026 09:12\n"
        f"{dateline}\n"
        "La compañía eléctrica ha presentado este lunes ante el Ministerio el plan de "
        "desmantelamiento de la central, que dejó de producir electricidad hace cinco años.\n"
        "Los trabajos darán empleo a unas 150 personas durante tres años, según ha informado "
        "la empresa en un comunicado remitido a los medios.\n"
    )
    drafts = split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))
    assert dateline in drafts[0].body

"""enrich on the sample page's articles: the countries and actors the fixture asks for."""

import json
import time
from pathlib import Path

import pytest

from streams.enrich import enrich
from streams.gazetteer import get_gazetteer

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
EXPECTED = json.loads((FIXTURES / "seed-page.expected.json").read_text())["articles"]
PAGE = (FIXTURES / "seed-page.txt").read_text()


def _body(index: int) -> str:
    """The article's text as the splitter gives it (built here from the fixture)."""
    if index == 0:
        return " ".join(EXPECTED[0]["body_must_contain"])
    if index == 1:
        return PAGE[PAGE.index("Hong Kong should step up") : PAGE.index("The Standard")].strip()
    if index == 2:
        return EXPECTED[2]["text_must_contain"][0] + " (Reuters)"
    return PAGE[PAGE.index("China and Japan have traded") :].strip()


@pytest.mark.parametrize("index", range(len(EXPECTED)))
def test_sample_article_tags(index: int) -> None:
    article = EXPECTED[index]
    captions = [c["text"] for c in article.get("captions", [])]
    tags = enrich(article["title"], _body(index), captions)
    codes = {c.code for c in tags.countries}
    assert set(article["countries_required"]) <= codes
    assert not codes & set(article["countries_forbidden"])
    for want in article["actors_required"]:
        found = [a for a in tags.actors if a.name == want["name"]]
        assert found, want
        assert (found[0].kind, found[0].country) == (want["kind"], want["country"])
        assert set(want.get("aliases", [])) <= set(found[0].aliases)


def test_primary_of_the_lead() -> None:
    article = EXPECTED[0]
    tags = enrich(article["title"], _body(0))
    primary = {c.code for c in tags.countries if c.primary}
    assert {"US", "KR", "JP"} <= primary


def test_empty_article() -> None:
    tags = enrich("", "")
    assert tags.countries == []
    assert tags.actors == []


def test_tags_serialise_as_the_contract_says() -> None:
    tags = enrich("Seoul talks", "General Dan Caine met officials in Seoul.")
    country = tags.countries[0].model_dump()
    assert set(country) >= {"code", "name", "mentions", "primary"}
    actor = tags.actors[0].model_dump()
    assert set(actor) >= {"name", "kind", "role", "country"}


def test_gazetteer_is_built_once() -> None:
    assert get_gazetteer() is get_gazetteer()
    assert get_gazetteer.cache_info().currsize == 1


def test_enrich_is_fast_enough_on_a_plain_article() -> None:
    body = " ".join([_body(0)] * 20)
    enrich("", body)
    start = time.process_time()
    for _ in range(20):
        enrich("", body)
    seconds = time.process_time() - start
    words = 20 * len(body.split())
    assert words / seconds > 50_000  # far below the ~1M measured; catches a per-word regex

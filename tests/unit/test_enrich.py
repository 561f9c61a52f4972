"""enrich on the sample page's articles: the countries and actors the fixture asks for."""

import json
import time
from pathlib import Path

import pytest

from streams.actors import _SEARCHES, SpacedWords
from streams.enrich import MAX_TAG_CHARS, capped, enrich
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


_FIRST = ["Alice", "Bruno", "Carmen", "Daniel", "Elena", "Farid", "Grace", "Henrik", "Ingrid"]
_FIRST += ["Jonas", "Karim", "Laura", "Marco", "Nadia", "Oscar", "Paula", "Rafael", "Sofia"]
_LAST = ["Okafor", "Lindqvist", "Moreau", "Haddad", "Kowalski", "Tanaka", "Ferreira", "Novak"]
_LAST += ["Schmidt", "Rossi", "Jensen", "Petrov", "Costa", "Weber", "Silva", "Murphy", "Dubois"]
_PLACES = ["France", "Japan", "Brazil", "Kenya", "Canada", "Poland", "Egypt", "Chile"]
_ORGS = ["Finance Ministry", "Central Bank", "Trade Commission", "Energy Agency"]


def _long_text(size: int) -> tuple[str, list[str]]:
    """Varied news sentences, each naming people (many distinct names), places and
    organisations; and the people named in the first paragraph."""
    lines: list[str] = []
    first_paragraph: list[str] = []
    n = total = 0
    while total < size:
        name = f"{_FIRST[n % len(_FIRST)]} {_LAST[n // len(_FIRST) % len(_LAST)]}"
        other = f"{_FIRST[(n * 7 + 3) % len(_FIRST)]} {_LAST[(n * 5 + 1) % len(_LAST)]}"
        place = _PLACES[n % len(_PLACES)]
        org = f"{place} {_ORGS[n % len(_ORGS)]}"
        line = (
            f"{name}, a spokesman for the {org}, said on Monday that talks in {place} "
            f"would resume next week. {other} said the plan was sound, and analysts "
            f"expected prices to {'rise' if n % 2 else 'fall'} by {n % 9 + 1} percent."
        )
        if n < 3:
            first_paragraph.append(name)
        lines.append(line)
        total += len(line) + 2
        n += 1
    return "\n\n".join(lines), first_paragraph


def test_long_text_is_tagged_sanely() -> None:
    """A 2 MB article (many distinct names) is tagged like its start, without a
    timing bound: the tagger is linear and tags at most ``MAX_TAG_CHARS``."""
    text, first = _long_text(2_000_000)
    assert len(text) > 1_900_000
    tags = enrich("Talks resume", text)
    people = {a.name for a in tags.actors if a.kind == "person"}
    assert set(first) <= people
    assert "France" in {c.name for c in tags.countries}
    assert any(a.kind == "organization" for a in tags.actors)
    # Bounded by what the first MAX_TAG_CHARS characters can name.
    assert len(tags.actors) <= MAX_TAG_CHARS // 50


def test_a_long_article_is_tagged_on_its_first_characters() -> None:
    head = "Alice Okafor said talks in Japan would resume.\n\n"
    tail = "Bruno Moreau said prices in Kenya would rise.\n\n" * 10_000
    text = capped(head + tail)
    assert len(text) <= MAX_TAG_CHARS
    assert text.startswith(head)
    assert text.rstrip().endswith("rise.")  # cut at a line break, no word cut in half
    short = head + "Bruno Moreau said so."
    assert capped(short) is short


@pytest.mark.parametrize(
    "word", ["gold", "Gold", "prices", "Henry VIII", "in", "", "x", "rise.", "\tgold", "said"]
)
def test_spaced_words_answer_like_a_search_of_the_text(word: str) -> None:
    text = "Gold rose. gold prices\trose in  Henry VIII said gold\n x rise. said"
    assert (word in SpacedWords(text)) == (f" {word} " in text)


def test_spaced_words_answer_alike_before_and_after_reading_the_words() -> None:
    """``SpacedWords`` searches for its first words, then reads them all: same answers."""
    text = "Gold rose. gold prices\trose in  Henry VIII said gold\n x rise. said"
    words = ["gold", "Gold", "prices", "Henry VIII", "in", "", "x", "rise.", "\tgold", "said"]
    spaced = SpacedWords(text)
    for word in words * (_SEARCHES // len(words) + 2):  # past the searches
        assert (word in spaced) == (f" {word} " in text)
    assert 3 not in spaced


def test_built_tags_equal_validated_ones() -> None:
    tags = enrich("Hindustan Copper Ltd in Mumbai", "Chairman Ravi Shankar said Hindustan rose.")
    assert tags.countries and tags.actors
    for tag in [*tags.countries, *tags.actors]:
        valid = type(tag).model_validate(tag.model_dump())
        assert tag == valid
        assert tag.model_fields_set == valid.model_fields_set
        assert tag.model_dump_json() == valid.model_dump_json()

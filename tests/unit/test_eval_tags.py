"""The tag scoring functions on a tiny inline gold set."""

from schemas.article import ActorTag, CountryTag
from streams.enrich import ArticleTags
from streams.evaluation.tags import (
    ConllDoc,
    Counts,
    ReutersRecord,
    evaluate_conll,
    evaluate_reuters,
    group_conll,
    score_countries,
    score_names,
)


def test_counts_precision_recall_f1() -> None:
    counts = Counts(predicted=4, correct=3, gold=6, found=3)
    assert (counts.precision, counts.recall) == (0.75, 0.5)
    assert abs(counts.f1 - 0.6) < 1e-9
    assert Counts().precision == 1.0


def test_score_countries() -> None:
    counts, primary = score_countries(frozenset({"US", "JP"}), {"US", "CN"}, {"CN"})
    assert (counts.predicted, counts.correct, counts.gold, counts.found) == (2, 1, 2, 1)
    assert (primary.predicted, primary.correct) == (1, 0)


def test_score_names_surname_found_by_full_name() -> None:
    gold = frozenset({"Dan Caine", "Caine", "Kim"})
    counts = score_names(gold, [("Dan Caine", []), ("Jiang Bin", [])])
    assert (counts.found, counts.gold) == (2, 3)
    assert (counts.correct, counts.predicted) == (1, 2)


def test_score_names_alias() -> None:
    counts = score_names(frozenset({"HKU"}), [("University of Hong Kong", ["HKU"])])
    assert (counts.found, counts.correct) == (1, 1)


def test_group_conll_by_doc() -> None:
    sentences = [
        {
            "doc": 0,
            "text": "Phil Simmons took four.",
            "entities": [{"type": "PER", "text": "Phil Simmons"}],
        },
        {
            "doc": 0,
            "text": "Leicestershire won.",
            "entities": [{"type": "ORG", "text": "Leicestershire"}],
        },
        {"doc": 1, "text": "No one.", "entities": []},
    ]
    docs = group_conll(sentences)
    assert [d.doc for d in docs] == [0, 1]
    assert docs[0].text == "Phil Simmons took four.\nLeicestershire won."
    assert docs[0].persons == {"Phil Simmons"}
    assert docs[0].organizations == {"Leicestershire"}
    assert len(group_conll(sentences, limit=1)) == 1


def _fixed(tags: ArticleTags):  # type: ignore[no-untyped-def]
    return lambda title, body: tags


def test_evaluate_with_a_fixed_tagger() -> None:
    tags = ArticleTags(
        countries=[CountryTag(code="US", name="United States", mentions=2, primary=True)],
        actors=[
            ActorTag(name="Dan Caine", kind="person"),
            ActorTag(name="Reuters", kind="organization"),
        ],
    )
    reuters = evaluate_reuters(
        [ReutersRecord(1, "T", "two words", frozenset({"US", "GB"}))], _fixed(tags)
    )
    assert (reuters.countries.precision, reuters.countries.recall) == (1.0, 0.5)
    assert reuters.primary.precision == 1.0
    assert reuters.speed.words == 3
    conll = evaluate_conll(
        [ConllDoc(0, "Caine told Reuters", frozenset({"Caine"}), frozenset({"AP"}))], _fixed(tags)
    )
    assert conll.persons.f1 == 1.0
    assert (conll.organizations.precision, conll.organizations.recall) == (0.0, 0.0)

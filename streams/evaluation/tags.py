"""Score the enrich stage against gold corpora: Reuters-21578 countries, CoNLL-2003 actors.

Pure scoring plus the corpus readers; the command is ``streams.cli.eval_tags``.

Reuters: every record is tagged from its title and body (the body starting with the
record's dateline, as printed, unless that is turned off); the predicted country codes
are scored against the gold ``countries`` (micro precision and recall over records),
and the ``primary`` countries by their precision against the same gold codes.

CoNLL: sentences are grouped into pseudo-documents by their ``doc`` field (ten
consecutive sentences) and the document's sentences are tagged as one text. Per
document, the distinct gold PER (ORG) strings are compared with the distinct
predicted person (organisation) names:

* a gold name is found when it equals a predicted name or alias, or when it is the
  last word(s) of a predicted name (a surname whose full name was tagged);
* a predicted name is correct when it equals a gold name or alias of the same type,
  or when a gold name of that type is its last word(s).

Speed is words (whitespace-separated tokens of the tagged texts) per second of CPU
time spent inside ``enrich`` (one process, one core; other load on the machine does
not count).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import orjson

from streams.enrich import ArticleTags


@dataclass(slots=True)
class Counts:
    """Set-overlap counts; precision and recall may have different numerators."""

    predicted: int = 0
    correct: int = 0
    gold: int = 0
    found: int = 0

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Counts) -> None:
        self.predicted += other.predicted
        self.correct += other.correct
        self.gold += other.gold
        self.found += other.found


@dataclass(slots=True)
class Speed:
    words: int = 0
    seconds: float = 0.0

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0


@dataclass(slots=True)
class ReutersResult:
    records: int = 0
    countries: Counts = field(default_factory=Counts)
    primary: Counts = field(default_factory=Counts)
    speed: Speed = field(default_factory=Speed)


@dataclass(slots=True)
class ConllResult:
    documents: int = 0
    persons: Counts = field(default_factory=Counts)
    organizations: Counts = field(default_factory=Counts)
    speed: Speed = field(default_factory=Speed)


@dataclass(frozen=True, slots=True)
class ReutersRecord:
    newid: int
    title: str
    body: str
    countries: frozenset[str]
    dateline: str = ""


@dataclass(frozen=True, slots=True)
class ConllDoc:
    doc: int
    text: str
    persons: frozenset[str]
    organizations: frozenset[str]


Tagger = Callable[[str, str], ArticleTags]


def _lines(path: Path) -> Iterator[dict[str, object]]:
    with path.open("rb") as handle:
        for line in handle:
            if line.strip():
                yield orjson.loads(line)


def read_reuters(path: Path, limit: int | None = None) -> list[ReutersRecord]:
    records = []
    for item in _lines(path):
        countries = item.get("countries") or []
        assert isinstance(countries, list)
        records.append(
            ReutersRecord(
                newid=int(str(item["newid"])),
                title=str(item.get("title") or ""),
                body=str(item.get("body") or ""),
                countries=frozenset(str(c) for c in countries),
                dateline=str(item.get("dateline") or ""),
            )
        )
        if limit is not None and len(records) >= limit:
            break
    return records


def group_conll(sentences: Iterable[dict[str, object]], limit: int | None = None) -> list[ConllDoc]:
    """Sentences grouped by ``doc`` (in file order) into one text each, with the gold
    PER and ORG strings."""
    docs: list[ConllDoc] = []
    current: int | None = None
    texts: list[str] = []
    persons: set[str] = set()
    orgs: set[str] = set()

    def flush() -> None:
        if current is not None:
            docs.append(ConllDoc(current, "\n".join(texts), frozenset(persons), frozenset(orgs)))

    for sentence in sentences:
        doc = int(str(sentence["doc"]))
        if doc != current:
            flush()
            if limit is not None and len(docs) >= limit:
                return docs
            current, texts, persons, orgs = doc, [], set(), set()
        texts.append(str(sentence["text"]))
        entities = sentence.get("entities") or []
        assert isinstance(entities, list)
        for entity in entities:
            if entity["type"] == "PER":
                persons.add(entity["text"])
            elif entity["type"] == "ORG":
                orgs.add(entity["text"])
    flush()
    return docs


def read_conll(path: Path, limit: int | None = None) -> list[ConllDoc]:
    return group_conll(_lines(path), limit)


def score_countries(
    gold: frozenset[str], predicted: set[str], primary: set[str]
) -> tuple[Counts, Counts]:
    """Counts for one record: all predicted countries, and the primary ones."""
    hit = len(predicted & gold)
    countries = Counts(predicted=len(predicted), correct=hit, gold=len(gold), found=hit)
    primary_hit = len(primary & gold)
    primary_counts = Counts(predicted=len(primary), correct=primary_hit)
    return countries, primary_counts


def _suffix(short: str, full: str) -> bool:
    """Whether ``short`` is the last word(s) of ``full`` ("Caine" of "Dan Caine")."""
    return len(full) > len(short) and full.endswith(" " + short)


def score_names(gold: frozenset[str], predicted: Sequence[tuple[str, Sequence[str]]]) -> Counts:
    """Counts for one document: ``predicted`` holds (name, aliases) pairs."""
    forms = {name for name, _ in predicted} | {a for _, aliases in predicted for a in aliases}
    found = sum(1 for g in gold if g in forms or any(_suffix(g, name) for name, _ in predicted))
    correct = 0
    for name, aliases in predicted:
        if name in gold or any(a in gold for a in aliases) or any(_suffix(g, name) for g in gold):
            correct += 1
    return Counts(predicted=len(predicted), correct=correct, gold=len(gold), found=found)


def _timed(tagger: Tagger, title: str, body: str, speed: Speed) -> ArticleTags:
    start = time.process_time()
    tags = tagger(title, body)
    speed.seconds += time.process_time() - start
    speed.words += len(title.split()) + len(body.split())
    return tags


def evaluate_reuters(
    records: Iterable[ReutersRecord], tagger: Tagger, dateline: bool = True
) -> ReutersResult:
    """``dateline``: start the body with the record's dateline ("LONDON, March 2 -"), as
    the story was printed."""
    result = ReutersResult()
    for record in records:
        body = f"{record.dateline} {record.body}" if dateline and record.dateline else record.body
        tags = _timed(tagger, record.title, body, result.speed)
        predicted = {c.code for c in tags.countries}
        primary = {c.code for c in tags.countries if c.primary}
        countries, primary_counts = score_countries(record.countries, predicted, primary)
        result.countries.add(countries)
        result.primary.add(primary_counts)
        result.records += 1
    return result


def evaluate_conll(docs: Iterable[ConllDoc], tagger: Tagger) -> ConllResult:
    result = ConllResult()
    for doc in docs:
        tags = _timed(tagger, "", doc.text, result.speed)
        persons = [(a.name, a.aliases) for a in tags.actors if a.kind == "person"]
        orgs = [(a.name, a.aliases) for a in tags.actors if a.kind == "organization"]
        result.persons.add(score_names(doc.persons, persons))
        result.organizations.add(score_names(doc.organizations, orgs))
        result.documents += 1
    return result

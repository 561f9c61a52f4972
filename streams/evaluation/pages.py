"""Score clean / split / timestamps / language against the page corpus (``tests/pages``).

A corpus is a folder of pages, each ``NAME.txt`` (innerText) or ``NAME.html`` with
``NAME.expected.json`` beside it; ``tests/pages/README.md`` gives the conventions the
expected files follow. Here: loading and validating the corpus, running a page through
the production path (envelope → ``page_from_envelope`` → ``process_page``), and scoring.

Articles are matched by position. The metrics:

* split: pages whose article count, roles and titles all match;
* title: expected articles whose produced title matches exactly (after normalisation);
* body recall: ``body_must_contain`` / ``text_must_contain`` snippets found;
* leak: ``body_must_not_contain`` snippets found in the body at that position;
* captions: matched captions / (expected + unexpected), over articles that list captions;
* published_at: within 60 s, and null where null is expected;
* language: exact ISO 639-1 code;
* source: informational.

A page whose processing raises counts as all wrong: no split, no title, no snippet,
every ``must_not`` snippet leaked, no caption, no time, no language.
"""

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Literal

import orjson

from schemas.article import ArticleEvent
from schemas.page import PageEnvelope
from streams.errors import StageFailed
from streams.ingest import page_from_envelope
from streams.model import RawPage
from streams.pipeline import process_page

EXPECTED_SUFFIX = ".expected.json"
PAGE_SUFFIXES = (".txt", ".html")
TIME_TOLERANCE = timedelta(seconds=60)

Role = Literal["lead", "related"]

ARTICLE_FIELDS = (
    "role",
    "source",
    "title",
    "relative_time",
    "published_at",
    "language",
    "body_must_contain",
    "body_must_not_contain",
)
PAGE_FIELDS = ("fetched_at", "notes", "articles")


class CorpusError(ValueError):
    """An expected file or page of the corpus is missing or malformed."""


# ---------------------------------------------------------------------------------------------
# Text normalisation for comparison
# ---------------------------------------------------------------------------------------------

_SOFT_SPACE = re.compile(r"[ \t\n]+")


def normalise(text: str) -> str:
    """NFC, runs of space/tab/LF → one space, trimmed. CR, NBSP, zero-width stay (see README)."""
    return _SOFT_SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip(" \t\n")


# ---------------------------------------------------------------------------------------------
# The expected side
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CaptionSpec:
    text: str
    credit: str | None


@dataclass(frozen=True, slots=True)
class ExpectedArticle:
    role: Role
    source: str | None
    title: str
    relative_time: str | None
    published_at: datetime | None
    language: str
    body_must_contain: tuple[str, ...]
    body_must_not_contain: tuple[str, ...]
    text_must_contain: tuple[str, ...] = ()
    captions: tuple[CaptionSpec, ...] | None = None  # None: captions are not scored


@dataclass(frozen=True, slots=True)
class ExpectedPage:
    fetched_at: datetime
    notes: str
    articles: tuple[ExpectedArticle, ...]
    url: str | None = None


def _require(data: Mapping[str, object], key: str, where: str) -> object:
    if key not in data:
        raise CorpusError(f"{where}: missing field {key!r}")
    return data[key]


def _text(value: object, where: str, *, optional: bool = False) -> str | None:
    if value is None and optional:
        return None
    if not isinstance(value, str):
        raise CorpusError(f"{where}: expected a string, got {type(value).__name__}")
    return value


def _string(value: object, where: str) -> str:
    text = _text(value, where)
    assert text is not None
    return text


def _strings(value: object, where: str) -> tuple[str, ...]:
    if not isinstance(value, list):
        raise CorpusError(f"{where}: expected a list of strings")
    items = tuple(_string(item, f"{where}[{i}]") for i, item in enumerate(value))
    for i, item in enumerate(items):
        if not normalise(item):
            raise CorpusError(f"{where}[{i}]: empty snippet")
    return items


def _instant(value: object, where: str, *, optional: bool) -> datetime | None:
    text = _text(value, where, optional=optional)
    if text is None:
        return None
    try:
        instant = datetime.fromisoformat(text)
    except ValueError as exc:
        raise CorpusError(f"{where}: not an ISO 8601 time: {text!r}") from exc
    if instant.tzinfo is None:
        raise CorpusError(f"{where}: time without a zone: {text!r}")
    return instant


def _captions(value: object, where: str) -> tuple[CaptionSpec, ...]:
    if not isinstance(value, list):
        raise CorpusError(f"{where}: expected a list of captions")
    captions = []
    for i, item in enumerate(value):
        if not isinstance(item, dict):
            raise CorpusError(f"{where}[{i}]: expected an object")
        text = _string(_require(item, "text", f"{where}[{i}]"), f"{where}[{i}].text")
        credit = _text(item.get("credit"), f"{where}[{i}].credit", optional=True)
        captions.append(CaptionSpec(text=text, credit=credit))
    return tuple(captions)


def parse_article(data: object, where: str) -> ExpectedArticle:
    if not isinstance(data, dict):
        raise CorpusError(f"{where}: expected an object")
    for key in ARTICLE_FIELDS:
        _require(data, key, where)
    role = data["role"]
    if role not in ("lead", "related"):
        raise CorpusError(f"{where}.role: must be 'lead' or 'related', got {role!r}")
    title = _string(data["title"], f"{where}.title")
    if not normalise(title):
        raise CorpusError(f"{where}.title: empty")
    language = _string(data["language"], f"{where}.language")
    if not re.fullmatch(r"[a-z]{2}", language):
        raise CorpusError(f"{where}.language: not an ISO 639-1 code: {language!r}")
    captions = data.get("captions")
    return ExpectedArticle(
        role="lead" if role == "lead" else "related",
        source=_text(data["source"], f"{where}.source", optional=True),
        title=title,
        relative_time=_text(data["relative_time"], f"{where}.relative_time", optional=True),
        published_at=_instant(data["published_at"], f"{where}.published_at", optional=True),
        language=language,
        body_must_contain=_strings(data["body_must_contain"], f"{where}.body_must_contain"),
        body_must_not_contain=_strings(
            data["body_must_not_contain"], f"{where}.body_must_not_contain"
        ),
        text_must_contain=_strings(data.get("text_must_contain", []), f"{where}.text_must_contain"),
        captions=None if captions is None else _captions(captions, f"{where}.captions"),
    )


def parse_expected(data: object, where: str = "expected") -> ExpectedPage:
    """Validate one expected file's JSON (already decoded); ``CorpusError`` says what is wrong."""
    if not isinstance(data, dict):
        raise CorpusError(f"{where}: expected a JSON object")
    for key in PAGE_FIELDS:
        _require(data, key, where)
    fetched_at = _instant(data["fetched_at"], f"{where}.fetched_at", optional=False)
    assert fetched_at is not None
    articles = data["articles"]
    if not isinstance(articles, list):
        raise CorpusError(f"{where}.articles: expected a list")
    parsed = tuple(parse_article(item, f"{where}.articles[{i}]") for i, item in enumerate(articles))
    leads = [i for i, article in enumerate(parsed) if article.role == "lead"]
    if len(leads) > 1 or (leads and leads[0] != 0):
        raise CorpusError(f"{where}.articles: at most one lead, and only at position 0")
    return ExpectedPage(
        fetched_at=fetched_at,
        notes=_string(data["notes"], f"{where}.notes"),
        articles=parsed,
        url=_text(data.get("url"), f"{where}.url", optional=True),
    )


# ---------------------------------------------------------------------------------------------
# The corpus on disk
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CorpusPage:
    name: str
    path: Path
    kind: Literal["text", "html"]
    content: str
    expected: ExpectedPage

    def envelope(self) -> PageEnvelope:
        """The page as a scraper would publish it on ``pages.raw``."""
        body = {"html" if self.kind == "html" else "text": self.content}
        return PageEnvelope.model_validate(
            {"url": self.expected.url, "fetched_at": self.expected.fetched_at, **body}
        )

    def raw_page(self) -> RawPage:
        return page_from_envelope(self.envelope(), key=self.name)


def load_page(expected_path: Path) -> CorpusPage:
    """One page: its expected file and the ``.txt`` / ``.html`` beside it (read as bytes)."""
    name = expected_path.name.removesuffix(EXPECTED_SUFFIX)
    candidates = [expected_path.with_name(name + suffix) for suffix in PAGE_SUFFIXES]
    present = [path for path in candidates if path.is_file()]
    if len(present) != 1:
        raise CorpusError(
            f"{expected_path}: needs exactly one of {name}.txt / {name}.html, found {len(present)}"
        )
    path = present[0]
    try:
        content = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        raise CorpusError(f"{path}: not UTF-8: {exc}") from exc
    try:
        data = orjson.loads(expected_path.read_bytes())
    except orjson.JSONDecodeError as exc:
        raise CorpusError(f"{expected_path}: invalid JSON: {exc}") from exc
    expected = parse_expected(data, expected_path.name)
    return CorpusPage(
        name=name,
        path=path,
        kind="html" if path.suffix == ".html" else "text",
        content=content,
        expected=expected,
    )


def load_corpus(directory: Path, only: Sequence[str] = ()) -> list[CorpusPage]:
    """Every page with an expected file in ``directory`` and its sub-folders (one folder
    per batch), named by its path from there; ``only`` filters by glob."""
    if not directory.is_dir():
        raise CorpusError(f"{directory}: not a directory")
    pages = []
    for expected_path in sorted(directory.rglob("*" + EXPECTED_SUFFIX)):
        name = str(expected_path.relative_to(directory)).removesuffix(EXPECTED_SUFFIX)
        if only and not any(Path(name).match(pattern) for pattern in only):
            continue
        pages.append(replace(load_page(expected_path), name=name))
    if not pages:
        raise CorpusError(f"{directory}: no pages (no *{EXPECTED_SUFFIX} files matched)")
    return pages


def unpaired_pages(directory: Path) -> list[Path]:
    """Page files without an expected file (not scored: worth a warning)."""
    return [
        path
        for path in sorted(directory.rglob("*"))
        if path.suffix in PAGE_SUFFIXES
        and not path.with_name(path.stem + EXPECTED_SUFFIX).is_file()
    ]


# ---------------------------------------------------------------------------------------------
# The produced side
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Produced:
    """What the scorer looks at in one produced article."""

    role: str
    source: str | None
    title: str
    body: str
    captions: tuple[CaptionSpec, ...] = ()
    published_at: datetime | None = None
    language: str = ""

    @classmethod
    def from_event(cls, event: ArticleEvent) -> "Produced":
        return cls(
            role=event.role,
            source=event.source,
            title=event.title,
            body=event.body,
            captions=tuple(CaptionSpec(c.text, c.credit) for c in event.captions),
            published_at=event.published_at,
            language=event.language,
        )


@dataclass(frozen=True, slots=True)
class RunResult:
    """The articles a page gave, or the error it raised (``articles`` then empty)."""

    articles: tuple[Produced, ...] = ()
    error: str | None = None


Processor = Callable[[RawPage], Iterable[ArticleEvent]]


def run_page(page: CorpusPage, processor: Processor | None = None) -> RunResult:
    """Run a page through ingest and the stages; any exception becomes ``RunResult.error``.

    ``processor`` defaults to ``streams.pipeline.process_page``, the production path.
    """
    try:
        raw = page.raw_page()
        events = list((processor or process_page)(raw))
    except Exception as exc:  # the scorer reports, never crashes
        stage = getattr(exc, "stage", None)
        label = f"{stage}: " if isinstance(stage, str) else ""
        what = str(exc) if isinstance(exc, StageFailed) else f"{type(exc).__name__}: {exc}"
        return RunResult(error=f"{label}{what}".rstrip(": "))
    events.sort(key=lambda event: event.position)  # stable: equal positions keep their order
    return RunResult(articles=tuple(Produced.from_event(event) for event in events))


# ---------------------------------------------------------------------------------------------
# Scoring
# ---------------------------------------------------------------------------------------------


@dataclass(slots=True)
class Tally:
    hits: int = 0
    total: int = 0

    def add(self, hit: bool, weight: int = 1) -> None:
        self.total += weight
        if hit:
            self.hits += weight

    def extend(self, other: "Tally") -> None:
        self.hits += other.hits
        self.total += other.total

    def ratio(self, empty: float = 1.0) -> float:
        return self.hits / self.total if self.total else empty


@dataclass(slots=True)
class PageScore:
    name: str
    expected_count: int
    produced_count: int
    error: str | None = None
    split_ok: bool = False
    title: Tally = field(default_factory=Tally)
    body: Tally = field(default_factory=Tally)
    leak: Tally = field(default_factory=Tally)
    captions: Tally = field(default_factory=Tally)
    published_at: Tally = field(default_factory=Tally)
    language: Tally = field(default_factory=Tally)
    source: Tally = field(default_factory=Tally)
    failures: list[str] = field(default_factory=list)
    produced: tuple[Produced, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.failures


def _short(text: str | None, limit: int = 60) -> str:
    if text is None:
        return "null"
    flat = normalise(text)
    return repr(flat if len(flat) <= limit else flat[: limit - 1] + "…")


def describe(article: Produced) -> str:
    """One line about a produced article, for ``--show``."""
    words = len(article.body.split())
    return (
        f"{article.role} source={_short(article.source, 30)} time={_when(article.published_at)}"
        f" lang={article.language} words={words} captions={len(article.captions)}"
        f" title={_short(article.title, 70)}"
    )


def _difference(got: str, want: str, context: int = 25) -> str:
    """``got 'x', want 'y'``, cut around the first difference so long titles stay readable."""
    start = 0
    while start < min(len(got), len(want)) and got[start] == want[start]:
        start += 1
    if max(len(got), len(want)) <= 60 or start < context:
        return f"got {_short(got)}, want {_short(want)}"
    cut = start - context
    return f"got {_short('…' + got[cut:])}, want {_short('…' + want[cut:])}"


def _when(value: datetime | None) -> str:
    return "null" if value is None else value.strftime("%Y-%m-%dT%H:%M:%SZ")


def _caption_key(caption: CaptionSpec) -> tuple[str, str | None]:
    credit = None if caption.credit is None else normalise(caption.credit)
    return normalise(caption.text), credit


def _times_match(want: datetime | None, got: datetime | None) -> bool:
    if want is None or got is None:
        return want is None and got is None
    if got.tzinfo is None:
        return False
    return abs(want - got) <= TIME_TOLERANCE


def _score_captions(want: tuple[CaptionSpec, ...], got: tuple[CaptionSpec, ...]) -> Tally:
    wanted = Counter(_caption_key(c) for c in want)
    given = Counter(_caption_key(c) for c in got)
    matched = sum((wanted & given).values())
    extra = sum(given.values()) - matched
    return Tally(hits=matched, total=len(want) + extra)


def _score_article(i: int, want: ExpectedArticle, got: Produced | None, score: PageScore) -> None:
    tag = f"[{i}]"
    fail = score.failures.append
    if got is None:
        score.title.add(False)
        score.published_at.add(False)
        score.language.add(False)
        score.source.add(False)
        snippets = len(want.body_must_contain) + len(want.text_must_contain)
        score.body.add(False, snippets)
        score.leak.add(False, len(want.body_must_not_contain))
        if want.captions is not None:
            score.captions.add(False, len(want.captions))
        fail(f"{tag} missing: {want.role} {_short(want.title)}")
        return

    title_ok = normalise(got.title) == normalise(want.title)
    score.title.add(title_ok)
    if not title_ok:
        fail(f"{tag} title: {_difference(normalise(got.title), normalise(want.title))}")
    if got.role != want.role:
        fail(f"{tag} role: got {got.role}, want {want.role}")

    body = normalise(got.body)
    missed = [s for s in want.body_must_contain if normalise(s) not in body]
    text = normalise("\n".join([got.body, *(c.text for c in got.captions)]))
    missed += [s for s in want.text_must_contain if normalise(s) not in text]
    score.body.add(True, len(want.body_must_contain) + len(want.text_must_contain) - len(missed))
    score.body.add(False, len(missed))
    for snippet in missed:
        fail(f"{tag} body misses {_short(snippet, 50)}")

    leaked = [s for s in want.body_must_not_contain if normalise(s) in body]
    score.leak.add(True, len(leaked))
    score.leak.add(False, len(want.body_must_not_contain) - len(leaked))
    for snippet in leaked:
        fail(f"{tag} body leaks {_short(snippet, 50)}")

    if want.captions is not None:
        tally = _score_captions(want.captions, got.captions)
        score.captions.extend(tally)
        if tally.hits != tally.total:
            got_c = [f"{_short(c.text, 30)}/{c.credit}" for c in got.captions]
            want_c = [f"{_short(c.text, 30)}/{c.credit}" for c in want.captions]
            fail(f"{tag} captions: got [{', '.join(got_c)}], want [{', '.join(want_c)}]")

    time_ok = _times_match(want.published_at, got.published_at)
    score.published_at.add(time_ok)
    if not time_ok:
        fail(
            f"{tag} published_at: got {_when(got.published_at)}, want {_when(want.published_at)}"
            f" ({want.relative_time!r})"
        )

    language_ok = got.language.lower() == want.language
    score.language.add(language_ok)
    if not language_ok:
        fail(f"{tag} language: got {got.language!r}, want {want.language!r}")

    source_ok = (got.source and normalise(got.source)) == (want.source and normalise(want.source))
    score.source.add(source_ok)
    if not source_ok:
        fail(f"{tag} source: got {_short(got.source, 30)}, want {_short(want.source, 30)}")


def score_page(name: str, expected: ExpectedPage, result: RunResult) -> PageScore:
    """Compare one page's articles with its expected file, position by position."""
    produced = result.articles
    score = PageScore(
        name=name,
        expected_count=len(expected.articles),
        produced_count=len(produced),
        produced=produced,
    )
    if result.error is not None:
        score.error = result.error
        score.failures.append(f"error: {result.error}")
        for want in expected.articles:
            score.title.add(False)
            score.published_at.add(False)
            score.language.add(False)
            score.source.add(False)
            score.body.add(False, len(want.body_must_contain) + len(want.text_must_contain))
            # all wrong: every boilerplate snippet counts as leaked
            score.leak.add(True, len(want.body_must_not_contain))
            if want.captions is not None:
                score.captions.add(False, len(want.captions))
        return score

    if len(produced) != len(expected.articles):
        score.failures.append(
            f"split: {len(produced)} articles, want {len(expected.articles)}"
            + "".join(
                f"; extra [{i}] {_short(article.title, 40)}"
                for i, article in enumerate(
                    produced[len(expected.articles) :], len(expected.articles)
                )
            )
        )
    for i, want in enumerate(expected.articles):
        _score_article(i, want, produced[i] if i < len(produced) else None, score)
    score.split_ok = (
        len(produced) == len(expected.articles)
        and score.title.hits == score.title.total
        and all(
            got.role == want.role for got, want in zip(produced, expected.articles, strict=False)
        )
    )
    return score


# ---------------------------------------------------------------------------------------------
# Metrics over the corpus
# ---------------------------------------------------------------------------------------------

# (name, minimum or maximum, bar) — what ``--check`` enforces
BARS: tuple[tuple[str, Literal["min", "max"], float], ...] = (
    ("split", "min", 0.95),
    ("title", "min", 0.95),
    ("body_recall", "min", 0.98),
    ("leak", "max", 0.01),
    ("published_at", "min", 0.95),
    ("language", "min", 0.98),
)


@dataclass(frozen=True, slots=True)
class Metrics:
    pages: int
    errors: int
    expected_articles: int
    produced_articles: int
    split: float
    title: float
    body_recall: float
    leak: float
    captions: float
    published_at: float
    language: float
    source: float

    def value(self, name: str) -> float:
        number = getattr(self, name)
        assert isinstance(number, float)
        return number

    def below_bars(self) -> list[str]:
        """The bars missed, e.g. ``["split 0.912 < 0.95"]``; empty when all are met."""
        missed = []
        for name, kind, bar in BARS:
            number = self.value(name)
            if kind == "min" and number < bar:
                missed.append(f"{name} {number:.3f} < {bar}")
            elif kind == "max" and number > bar:
                missed.append(f"{name} {number:.3f} > {bar}")
        return missed

    def as_dict(self) -> dict[str, float | int]:
        return {
            "pages": self.pages,
            "errors": self.errors,
            "expected_articles": self.expected_articles,
            "produced_articles": self.produced_articles,
            "split": self.split,
            "title": self.title,
            "body_recall": self.body_recall,
            "leak": self.leak,
            "captions": self.captions,
            "published_at": self.published_at,
            "language": self.language,
            "source": self.source,
        }

    def summary(self) -> str:
        return (
            f"split={self.split:.3f} title={self.title:.3f} body_recall={self.body_recall:.3f}"
            f" leak={self.leak:.3f} captions={self.captions:.3f}"
            f" published_at={self.published_at:.3f} language={self.language:.3f}"
            f" source={self.source:.3f} pages={self.pages} errors={self.errors}"
        )


def summarise(scores: Sequence[PageScore]) -> Metrics:
    totals = {
        name: Tally() for name in ("title", "body", "leak", "captions", "time", "lang", "src")
    }
    for score in scores:
        totals["title"].extend(score.title)
        totals["body"].extend(score.body)
        totals["leak"].extend(score.leak)
        totals["captions"].extend(score.captions)
        totals["time"].extend(score.published_at)
        totals["lang"].extend(score.language)
        totals["src"].extend(score.source)
    split = Tally()
    for score in scores:
        split.add(score.split_ok)
    return Metrics(
        pages=len(scores),
        errors=sum(1 for score in scores if score.error is not None),
        expected_articles=sum(score.expected_count for score in scores),
        produced_articles=sum(score.produced_count for score in scores),
        split=split.ratio(),
        title=totals["title"].ratio(),
        body_recall=totals["body"].ratio(),
        leak=totals["leak"].ratio(empty=0.0),
        captions=totals["captions"].ratio(),
        published_at=totals["time"].ratio(),
        language=totals["lang"].ratio(),
        source=totals["src"].ratio(),
    )


def evaluate(pages: Sequence[CorpusPage], processor: Processor | None = None) -> list[PageScore]:
    return [score_page(page.name, page.expected, run_page(page, processor)) for page in pages]

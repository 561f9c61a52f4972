"""The page-corpus scorer (``streams.evaluation.pages``, ``pagewire eval pages``) and the corpus."""

import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import ftfy
import pytest
from click.testing import CliRunner

from schemas.article import ArticleEvent, Caption
from streams.clean import normalise_text
from streams.cli.eval_pages import pages as eval_pages_command
from streams.errors import StageFailed
from streams.evaluation import pages as scoring
from streams.evaluation.pages import (
    CaptionSpec,
    CorpusError,
    ExpectedArticle,
    ExpectedPage,
    Produced,
    RunResult,
    load_corpus,
    normalise,
    parse_expected,
    run_page,
    score_page,
    summarise,
)
from streams.htmltext import html_to_text
from streams.model import RawPage

CORPUS = Path(__file__).resolve().parents[1] / "pages"
FETCHED = datetime(2025, 6, 2, 8, 0, tzinfo=UTC)


def _article(**overrides: object) -> ExpectedArticle:
    values: dict[str, object] = {
        "role": "lead",
        "source": None,
        "title": "Lead story title",
        "relative_time": None,
        "published_at": None,
        "language": "en",
        "body_must_contain": ("First paragraph of the lead.", "Second paragraph."),
        "body_must_not_contain": ("Advertisement", "Share"),
        "captions": (CaptionSpec("A photo of the thing.", "AFP"),),
    }
    values.update(overrides)
    return ExpectedArticle(**values)  # type: ignore[arg-type]


def _teaser() -> ExpectedArticle:
    return _article(
        role="related",
        source="The Standard",
        title="A teaser",
        relative_time="4 hours ago",
        published_at=FETCHED - timedelta(hours=4),
        body_must_contain=("Teaser text.",),
        body_must_not_contain=("4 hours ago",),
        captions=(),
    )


def _page(*articles: ExpectedArticle) -> ExpectedPage:
    return ExpectedPage(fetched_at=FETCHED, notes="test", articles=articles)


def _perfect(want: ExpectedArticle) -> Produced:
    return Produced(
        role=want.role,
        source=want.source,
        title=want.title,
        body="\n\n".join(want.body_must_contain),
        captions=want.captions or (),
        published_at=want.published_at,
        language=want.language,
    )


PAGE = _page(_article(), _teaser())
PERFECT = RunResult(articles=tuple(_perfect(a) for a in PAGE.articles))


def test_a_perfect_result_scores_one_everywhere() -> None:
    score = score_page("p", PAGE, PERFECT)
    assert score.ok, score.failures
    metrics = summarise([score])
    assert metrics.split == metrics.title == metrics.body_recall == 1.0
    assert metrics.captions == metrics.published_at == metrics.language == metrics.source == 1.0
    assert metrics.leak == 0.0
    assert metrics.below_bars() == []


def test_paragraph_layout_does_not_matter_but_nbsp_and_cr_do() -> None:
    assert (
        normalise("South Korea and\n\nJapan  in\tresponse ") == "South Korea and Japan in response"
    )
    assert normalise("ten\u00a0km") != normalise("ten km")
    assert normalise("line\r\nnext") != normalise("line\nnext")


def test_a_leaked_snippet_counts() -> None:
    lead = PERFECT.articles[0]
    leaky = replace(lead, body=lead.body + "\n\nAdvertisement")
    score = score_page("p", PAGE, RunResult(articles=(leaky, PERFECT.articles[1])))
    metrics = summarise([score])
    assert metrics.leak == pytest.approx(1 / 3)  # 1 of the 3 must_not snippets on the page
    assert metrics.split == 1.0  # a leak is not a split error
    assert any("leaks 'Advertisement'" in failure for failure in score.failures)


def test_a_missing_article_fails_split_and_its_checks() -> None:
    score = score_page("p", PAGE, RunResult(articles=PERFECT.articles[:1]))
    metrics = summarise([score])
    assert metrics.split == 0.0
    assert metrics.title == 0.5
    assert metrics.body_recall == pytest.approx(2 / 3)
    assert metrics.published_at == 0.5
    assert score.failures[0] == "split: 1 articles, want 2"


def test_an_extra_article_or_a_wrong_role_fails_split() -> None:
    extra = Produced(role="related", source=None, title="Junk", body="Cookie policy")
    score = score_page("p", PAGE, RunResult(articles=(*PERFECT.articles, extra)))
    assert not score.split_ok
    assert summarise([score]).title == 1.0
    swapped = replace(PERFECT.articles[1], role="lead")
    score = score_page("p", PAGE, RunResult(articles=(PERFECT.articles[0], swapped)))
    assert not score.split_ok


def test_a_page_with_no_article_must_give_none() -> None:
    empty = _page()
    assert score_page("p", empty, RunResult()).split_ok
    junk = RunResult(articles=(Produced(role="lead", source=None, title="404", body="Not found"),))
    assert not score_page("p", empty, junk).split_ok


def test_published_at_within_a_minute_and_null_must_be_null() -> None:
    teaser = PERFECT.articles[1]
    assert teaser.published_at is not None
    for shift, ok in ((timedelta(seconds=59), True), (timedelta(seconds=61), False)):
        late = replace(teaser, published_at=teaser.published_at + shift)
        score = score_page("p", PAGE, RunResult(articles=(PERFECT.articles[0], late)))
        assert (score.published_at.hits == 2) is ok
    lead = replace(PERFECT.articles[0], published_at=FETCHED)
    score = score_page("p", PAGE, RunResult(articles=(lead, PERFECT.articles[1])))
    assert score.published_at.hits == 1  # expected null, got a time


def test_captions_count_missing_and_unexpected_ones() -> None:
    lead = PERFECT.articles[0]
    extra = CaptionSpec("Not a caption.", None)
    more = replace(lead, captions=(*lead.captions, extra))
    score = score_page("p", PAGE, RunResult(articles=(more, PERFECT.articles[1])))
    assert summarise([score]).captions == 0.5  # 1 matched / (1 expected + 1 unexpected)
    none = replace(lead, captions=())
    score = score_page("p", PAGE, RunResult(articles=(none, PERFECT.articles[1])))
    assert summarise([score]).captions == 0.0
    unscored = _page(_article(captions=None))
    result = RunResult(articles=(replace(more, captions=(extra,)),))
    assert summarise([score_page("p", unscored, result)]).captions == 1.0


def test_text_must_contain_may_be_found_in_a_caption() -> None:
    page = _page(_article(body_must_contain=(), text_must_contain=("Mahathir holds a press",)))
    got = Produced(
        role="lead",
        source=None,
        title="Lead story title",
        body="",
        captions=(CaptionSpec("Mahathir holds a press conference.", "Reuters"),),
        language="en",
    )
    assert summarise([score_page("p", page, RunResult(articles=(got,)))]).body_recall == 1.0


def test_a_page_that_raises_is_all_wrong_and_reported() -> None:
    score = score_page("p", PAGE, RunResult(error="split: ValueError: boom"))
    metrics = summarise([score])
    assert metrics.errors == 1
    assert metrics.split == metrics.title == metrics.body_recall == 0.0
    assert metrics.published_at == metrics.language == metrics.captions == 0.0
    assert metrics.leak == 1.0
    assert score.failures == ["error: split: ValueError: boom"]
    assert len(metrics.below_bars()) == 6


# --- running pages: the production path, never crashing ----------------------------------------


def _corpus(tmp_path: Path, text: str = "Lead story title\nFirst paragraph of the lead.\n") -> Path:
    tmp_path.mkdir(parents=True, exist_ok=True)
    (tmp_path / "one.txt").write_bytes(text.encode())
    expected = {
        "fetched_at": "2025-06-02T08:00:00Z",
        "notes": "tiny",
        "articles": [
            {
                "role": "lead",
                "source": None,
                "title": "Lead story title",
                "relative_time": None,
                "published_at": None,
                "language": "en",
                "body_must_contain": ["First paragraph of the lead."],
                "body_must_not_contain": ["Advertisement"],
                "captions": [],
            }
        ],
    }
    (tmp_path / "one.expected.json").write_text(json.dumps(expected))
    return tmp_path


def _event(title: str, body: str, language: str = "en") -> ArticleEvent:
    return ArticleEvent(
        article_id="a-1",
        page_id="p-1",
        position=0,
        role="lead",
        source=None,
        title=title,
        body=body,
        captions=[Caption(text="x", credit="AFP")][:0],
        published_at=None,
        language=language,
        countries=[],
        actors=[],
    )


def _echo(page: RawPage) -> Iterable[ArticleEvent]:
    title, _, body = page.text.partition("\n")
    assert page.fetched_at == datetime(2025, 6, 2, 8, 0, tzinfo=UTC)
    return [_event(title, body)]


def _boom(page: RawPage) -> Iterable[ArticleEvent]:
    raise StageFailed("split", ValueError("boom"))


def test_run_page_goes_through_the_envelope_and_catches_errors(tmp_path: Path) -> None:
    (page,) = load_corpus(_corpus(tmp_path))
    assert page.raw_page().fetched_at == FETCHED
    ok = run_page(page, _echo)
    assert ok.error is None and ok.articles[0].title == "Lead story title"
    failed = run_page(page, _boom)
    assert failed.error == "split: ValueError: boom"


def test_pages_in_batch_folders_are_found_and_named_by_their_path(tmp_path: Path) -> None:
    _corpus(tmp_path / "b1")
    _corpus(tmp_path / "b2")
    pages = load_corpus(tmp_path)
    assert [page.name for page in pages] == ["b1/one", "b2/one"]
    assert [page.name for page in load_corpus(tmp_path, ["b2/*"])] == ["b2/one"]
    assert load_corpus(tmp_path / "b1")[0].name == "one"


def test_the_command_prints_a_summary_last_and_checks_bars(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = str(_corpus(tmp_path))
    monkeypatch.setattr(scoring, "process_page", _echo)
    result = CliRunner().invoke(eval_pages_command, [corpus, "--check"])
    assert result.exit_code == 0, result.output
    last = result.output.strip().splitlines()[-1]
    assert last.startswith("split=1.000 title=1.000 body_recall=1.000 leak=0.000")
    assert last.endswith("check=ok")

    monkeypatch.setattr(scoring, "process_page", _boom)
    result = CliRunner().invoke(eval_pages_command, [corpus, "--check"])
    assert result.exit_code == 1
    assert "ERROR" in result.output
    assert "check=FAIL" in result.output.strip().splitlines()[-1]


def test_the_command_reports_a_broken_corpus(tmp_path: Path) -> None:
    _corpus(tmp_path)
    (tmp_path / "one.expected.json").write_text('{"fetched_at": "2025-06-02T08:00:00Z"}')
    result = CliRunner().invoke(eval_pages_command, [str(tmp_path)])
    assert result.exit_code != 0
    assert "missing field 'notes'" in result.output


def test_parse_expected_rejects_bad_files() -> None:
    good = json.loads((CORPUS / "wire-reuters-seoul.expected.json").read_text())
    parse_expected(good)
    breakages: list[tuple[str, str, object]] = [
        ("article", "title", None),
        ("article", "role", "main"),
        ("article", "published_at", "yesterday"),
        ("article", "published_at", "2025-06-01T10:00:00"),
        ("article", "body_must_contain", "one string"),
        ("article", "language", "English"),
        ("page", "fetched_at", None),
    ]
    for where, key, value in breakages:
        broken = json.loads(json.dumps(good))
        target = broken["articles"][0] if where == "article" else broken
        if value is None:
            del target[key]
        else:
            target[key] = value
        with pytest.raises(CorpusError):
            parse_expected(broken)


# --- the corpus itself -------------------------------------------------------------------------

_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))


def _repaired(text: str) -> str:
    """The page text as the README says a clean stage should see it (for typo checks only);
    clean's own repair first, for the mojibake ftfy leaves (a closing quote that lost a byte)."""
    text = ftfy.fix_text(normalise_text(text), uncurl_quotes=False).translate(_ZERO_WIDTH)
    text = re.sub(r"\s+", " ", text.replace("\u00a0", " ").replace("\u202f", " "))
    text = re.sub(r" ([,.;:!?)])", r"\1", text)  # link-split lines joined before punctuation
    return unicodedata.normalize("NFC", text).strip()


CORPUS_PAGES = load_corpus(CORPUS)


def test_the_corpus_is_big_and_varied_enough() -> None:
    assert len(CORPUS_PAGES) >= 45
    assert sum(page.kind == "html" for page in CORPUS_PAGES) >= 3
    assert sum(not page.expected.articles for page in CORPUS_PAGES) >= 3
    languages = {a.language for page in CORPUS_PAGES for a in page.expected.articles}
    assert {"en", "de", "fr", "es"} <= languages
    assert any(b"\r\n" in page.path.read_bytes() for page in CORPUS_PAGES)


@pytest.mark.parametrize("page", CORPUS_PAGES, ids=lambda page: page.name)
def test_every_expected_file_has_the_required_fields(page: scoring.CorpusPage) -> None:
    raw = json.loads(page.path.with_name(page.name + ".expected.json").read_text())
    assert {"fetched_at", "notes", "articles"} <= raw.keys()
    for article in raw["articles"]:
        assert set(scoring.ARTICLE_FIELDS) <= article.keys()
    assert page.expected.notes.strip()


@pytest.mark.parametrize("page", CORPUS_PAGES, ids=lambda page: page.name)
def test_expected_text_occurs_in_the_page(page: scoring.CorpusPage) -> None:
    """Guards the corpus against typos: what must be found is on the page, once repaired."""
    text = html_to_text(page.content) if page.kind == "html" else page.content
    seen = _repaired(text)
    for i, article in enumerate(page.expected.articles):
        wanted = [article.title, *article.body_must_contain, *article.text_must_contain]
        wanted += [caption.text for caption in article.captions or ()]
        for snippet in wanted:
            assert _repaired(snippet) in seen, f"[{i}] {snippet!r}"
        for snippet in article.body_must_not_contain:
            assert _repaired(snippet) in seen or snippet in page.content, f"[{i}] {snippet!r}"


def test_the_command_writes_a_json_report_and_shows_articles(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "corpus").mkdir()
    corpus = _corpus(tmp_path / "corpus")
    report = tmp_path / "report.json"
    monkeypatch.setattr(scoring, "process_page", _echo)
    result = CliRunner().invoke(eval_pages_command, [str(corpus), "--show", "--json", str(report)])
    assert result.exit_code == 0, result.output
    assert "> [0] lead" in result.output
    data = json.loads(report.read_text())
    assert data["metrics"]["split"] == 1.0
    assert data["below_bars"] == []
    assert data["pages"][0]["name"] == "one"


def test_a_long_title_failure_shows_where_titles_differ() -> None:
    want = _article(title="Polizei sucht Zeugen nach Brand in Bremer Kleingartenanlage")
    got = replace(_perfect(want), title=want.title + " dpa-infocom")
    (failure,) = [
        f for f in score_page("p", _page(want), RunResult((got,))).failures if "title" in f
    ]
    got_part, want_part = "'… Bremer Kleingartenanlage dpa-infocom'", "'… Bremer Kleingartenanlage'"
    assert failure == f"[0] title: got {got_part}, want {want_part}"

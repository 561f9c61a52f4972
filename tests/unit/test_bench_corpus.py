"""The bench's page generator, and a smoke run of the stages-only bench (no timing assertions)."""

import re

from click.testing import CliRunner

from bench.corpus import MAX_PAGE_BYTES, MAX_TEASERS, MIN_PAGE_BYTES, generate
from bench.runner import Options, run
from streams.cli.bench import bench


def test_same_seed_same_pages() -> None:
    first = generate(40, seed=7)
    again = generate(40, seed=7)
    assert [p.text for p in first] == [p.text for p in again]
    assert [p.envelope() for p in first] == [p.envelope() for p in again]


def test_other_seed_other_pages() -> None:
    assert [p.text for p in generate(10, seed=1)] != [p.text for p in generate(10, seed=2)]


def test_a_range_is_the_same_pages_as_in_a_longer_run() -> None:
    assert [p.text for p in generate(5, seed=3, start=10)] == [
        p.text for p in generate(15, seed=3)[10:]
    ]


def test_pages_vary_in_size_within_1_to_50_kb() -> None:
    pages = generate(300, seed=0)
    sizes = [p.size for p in pages]
    assert all(MIN_PAGE_BYTES <= size <= MAX_PAGE_BYTES for size in sizes)
    assert min(sizes) < 3_000
    assert max(sizes) > 25_000
    assert len(set(sizes)) > 250
    assert len({p.text for p in pages}) == len(pages)  # not one page repeated


def test_pages_look_like_aggregator_pages() -> None:
    pages = generate(200, seed=0)
    teasers = [len(p.articles) - 1 for p in pages]
    assert min(teasers) == 0
    assert max(teasers) == MAX_TEASERS
    with_teasers = next(p for p in pages if len(p.articles) > 3)
    assert "Related Articles" in with_teasers.text
    assert re.search(r"^\d+ hours? ago$", with_teasers.text, re.MULTILINE)
    assert re.search(r"^- \S", with_teasers.text, re.MULTILINE)  # "- South China Morning Post"
    assert all(p.url and p.text.startswith(p.articles[0].title) for p in pages)
    assert len({p.url for p in pages}) == len(pages)


STAGE_ROWS = {
    "stages.sample",
    "stages.corpus",
    "stages.corpus.mb",
    "stages.corpus.articles",
    "tagger.words",
    "stage.clean",
    "stage.split",
    "stage.enrich",
    "stages.big.reject",
    "stages.big.max",
    "stages.big.max.mem",
}


def test_stages_bench_quick_has_the_expected_rows() -> None:
    report = run(Options(quick=True, skip_kafka=True, corpus_pages=20), echo=lambda _: None)
    assert {row.key for row in report.rows} >= STAGE_ROWS
    assert not report.failures
    assert report.summary().startswith("bench: ")


def test_bench_command_prints_a_table_and_ends_with_the_summary_line() -> None:
    result = CliRunner().invoke(bench, ["--quick", "--skip-kafka", "--corpus-pages", "10"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.strip().splitlines()
    assert lines[0].split()[0] == "measurement"
    assert any(line.startswith("stages, sample page") for line in lines)
    assert any(line.startswith("tagger (enrich) alone") for line in lines)
    assert lines[-1].startswith("bench: ") and "targets" in lines[-1]

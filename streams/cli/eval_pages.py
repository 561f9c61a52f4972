"""``pagewire eval pages [DIR]``: score clean / split / time / language on a page corpus.

Prints one row per page (with what failed, briefly), then the metrics; the last line
is a compact summary. ``--check`` exits 1 when a metric is below its bar.
"""

import sys
from pathlib import Path

import click
import orjson

from streams.evaluation.pages import (
    BARS,
    CorpusError,
    Metrics,
    PageScore,
    describe,
    evaluate,
    load_corpus,
    summarise,
    unpaired_pages,
)

DEFAULT_DIR = "tests/pages"
# the checkout's corpus, for runs from another working directory (editable installs)
CHECKOUT_DIR = Path(__file__).resolve().parents[2] / DEFAULT_DIR


def _table(scores: list[PageScore], max_failures: int, show: bool) -> None:
    width = max([len(score.name) for score in scores] + [4])
    click.echo(f"{'page':<{width}}  want  got  result")
    for score in scores:
        status = "ok" if score.ok else f"{len(score.failures)} failed"
        if score.error is not None:
            status = "ERROR"
        click.echo(
            f"{score.name:<{width}}  {score.expected_count:>4}  {score.produced_count:>3}  {status}"
        )
        shown = score.failures if max_failures <= 0 else score.failures[:max_failures]
        for failure in shown:
            click.echo(f"{'':<{width}}    - {failure}")
        if len(shown) < len(score.failures):
            click.echo(f"{'':<{width}}    … and {len(score.failures) - len(shown)} more")
        if show:
            for i, article in enumerate(score.produced):
                click.echo(f"{'':<{width}}    > [{i}] {describe(article)}")


def _metrics(metrics: Metrics) -> None:
    click.echo("")
    click.echo(
        f"pages {metrics.pages} ({metrics.errors} raised), articles expected "
        f"{metrics.expected_articles}, produced {metrics.produced_articles}"
    )
    bars = {name: (kind, bar) for name, kind, bar in BARS}
    for name in (
        "split",
        "title",
        "body_recall",
        "leak",
        "captions",
        "published_at",
        "language",
        "source",
    ):
        value = metrics.value(name)
        if name in bars:
            kind, bar = bars[name]
            met = value >= bar if kind == "min" else value <= bar
            note = f"{'≥' if kind == 'min' else '≤'} {bar}  {'ok' if met else 'BELOW BAR'}"
        else:
            note = "(informational)"
        click.echo(f"  {name:<13} {value:6.3f}   {note}")


@click.command()
@click.argument("directory", default=DEFAULT_DIR, type=click.Path(file_okay=False, path_type=Path))
@click.option("--check", is_flag=True, help="Exit 1 when a metric is below its bar.")
@click.option("--page", "only", multiple=True, help="Only pages whose name matches this glob.")
@click.option(
    "--max-failures",
    default=8,
    show_default=True,
    help="Failures listed per page (0: all).",
)
@click.option("--show", is_flag=True, help="Also list the articles each page gave.")
@click.option(
    "--json",
    "json_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also write the metrics and per-page failures to this JSON file.",
)
def pages(
    *,
    directory: Path,
    check: bool,
    only: tuple[str, ...],
    max_failures: int,
    show: bool,
    json_path: Path | None,
) -> None:
    """Score clean/split/time/language on the pages in DIRECTORY and its sub-folders
    (default tests/pages)."""
    if directory == Path(DEFAULT_DIR) and not directory.is_dir() and CHECKOUT_DIR.is_dir():
        directory = CHECKOUT_DIR
    try:
        corpus = load_corpus(directory, only)
    except CorpusError as exc:
        raise click.ClickException(str(exc)) from exc
    if not only:
        for path in unpaired_pages(directory):
            click.echo(f"warning: {path} has no expected file; not scored", err=True)
    scores = evaluate(corpus)
    metrics = summarise(scores)
    _table(scores, max_failures, show)
    _metrics(metrics)
    missed = metrics.below_bars()
    if json_path is not None:
        report = {
            "metrics": metrics.as_dict(),
            "below_bars": missed,
            "pages": [
                {
                    "name": score.name,
                    "expected": score.expected_count,
                    "produced": score.produced_count,
                    "error": score.error,
                    "failures": score.failures,
                }
                for score in scores
            ],
        }
        json_path.write_bytes(orjson.dumps(report, option=orjson.OPT_INDENT_2) + b"\n")
    verdict = ""
    if check:
        verdict = " check=ok" if not missed else f" check=FAIL({'; '.join(missed)})"
    click.echo(metrics.summary() + verdict)
    if check and missed:
        sys.exit(1)

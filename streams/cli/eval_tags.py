"""``pagewire eval reuters|conll``: score the enrich stage on Reuters-21578 and CoNLL-2003.

The data folder defaults to ``../shared/eval`` beside the repository (override with
``--data`` or ``PAGEWIRE_EVAL_DIR``); its README says how the files were built. Tune
on ``--split dev`` only. The last line printed is a one-line summary; ``--check``
exits 1 when a number is below its bar (the defaults sit slightly below the dev
numbers on the dev split with the dateline on, for CI; the speed bar is far below the
measured speed because CI shares its machine with the broker and other tests).
"""

import sys
from pathlib import Path

import click

from streams.enrich import enrich
from streams.evaluation.tags import evaluate_conll, evaluate_reuters, read_conll, read_reuters
from streams.gazetteer import get_gazetteer

DEFAULT_DATA = Path(__file__).resolve().parents[2].parent / "shared" / "eval"

_data = click.option(
    "--data",
    type=click.Path(file_okay=False, path_type=Path),
    envvar="PAGEWIRE_EVAL_DIR",
    default=DEFAULT_DATA,
    show_default=True,
    help="Evaluation data folder (env PAGEWIRE_EVAL_DIR).",
)
_split = click.option(
    "--split", type=click.Choice(["dev", "test"]), default="dev", show_default=True
)
_limit = click.option("--limit", type=int, default=None, help="Score only the first N items.")
_check = click.option("--check", is_flag=True, help="Exit 1 when a number is below its bar.")
_min_wps = click.option(
    "--min-wps",
    type=float,
    default=200_000,
    show_default=True,
    help="Words/s; low because a shared CI machine is noisy (one idle core does ~1M).",
)


def _file(data: Path, corpus: str, split: str) -> Path:
    path = data / corpus / f"{split}.jsonl"
    if not path.is_file():
        raise click.ClickException(f"no {path} (set --data or PAGEWIRE_EVAL_DIR)")
    return path


def _bars(checks: list[tuple[str, float, float]]) -> list[str]:
    failed = []
    for name, value, bar in checks:
        ok = value >= bar
        click.echo(f"  {name:<24} {value:>12.4f}  bar {bar:<10g} {'ok' if ok else 'BELOW'}")
        if not ok:
            failed.append(name)
    return failed


@click.command()
@_split
@_data
@_limit
@_check
@click.option(
    "--dateline/--no-dateline",
    default=True,
    show_default=True,
    help="Start each body with its dateline ('LONDON, March 2 -'), as the story was printed.",
)
@click.option("--min-recall", type=float, default=0.97, show_default=True)
@click.option("--min-precision", type=float, default=0.69, show_default=True)
@click.option("--min-primary-precision", type=float, default=0.90, show_default=True)
@_min_wps
def reuters(
    *,
    split: str,
    data: Path,
    limit: int | None,
    check: bool,
    dateline: bool,
    min_recall: float,
    min_precision: float,
    min_primary_precision: float,
    min_wps: float,
) -> None:
    """Score country tags (title + body) on Reuters-21578."""
    records = read_reuters(_file(data, "reuters21578", split), limit)
    get_gazetteer()
    result = evaluate_reuters(records, enrich, dateline)
    c, p, s = result.countries, result.primary, result.speed
    click.echo(
        f"records            {result.records} (title + {'dateline + ' if dateline else ''}body)"
    )
    click.echo(f"country precision  {c.precision:.4f}  ({c.correct}/{c.predicted})")
    click.echo(f"country recall     {c.recall:.4f}  ({c.found}/{c.gold})")
    click.echo(f"country F1         {c.f1:.4f}")
    click.echo(f"primary precision  {p.precision:.4f}  ({p.correct}/{p.predicted})")
    click.echo(f"speed              {s.words_per_second:,.0f} words/s ({s.words} words)")
    failed: list[str] = []
    if check:
        failed = _bars(
            [
                ("country recall", c.recall, min_recall),
                ("country precision", c.precision, min_precision),
                ("primary precision", p.precision, min_primary_precision),
                ("words/s", s.words_per_second, min_wps),
            ]
        )
    click.echo(
        f"reuters {split}: records={result.records} P={c.precision:.3f} R={c.recall:.3f} "
        f"primaryP={p.precision:.3f} wps={s.words_per_second:,.0f}"
        + (f" BELOW: {', '.join(failed)}" if failed else "")
    )
    if failed:
        sys.exit(1)


@click.command()
@_split
@_data
@_limit
@_check
@click.option("--min-per-f1", type=float, default=0.95, show_default=True)
@click.option("--min-org-f1", type=float, default=0.735, show_default=True)
@_min_wps
def conll(
    *,
    split: str,
    data: Path,
    limit: int | None,
    check: bool,
    min_per_f1: float,
    min_org_f1: float,
    min_wps: float,
) -> None:
    """Score person and organisation tags on CoNLL-2003 (ten sentences a document)."""
    docs = read_conll(_file(data, "conll2003", split), limit)
    get_gazetteer()
    result = evaluate_conll(docs, enrich)
    per, org, s = result.persons, result.organizations, result.speed
    click.echo(f"documents          {result.documents}")
    for label, counts in (("PER", per), ("ORG", org)):
        click.echo(
            f"{label}  P {counts.precision:.4f} ({counts.correct}/{counts.predicted})  "
            f"R {counts.recall:.4f} ({counts.found}/{counts.gold})  F1 {counts.f1:.4f}"
        )
    click.echo(f"speed              {s.words_per_second:,.0f} words/s ({s.words} words)")
    failed: list[str] = []
    if check:
        failed = _bars(
            [
                ("person F1", per.f1, min_per_f1),
                ("organisation F1", org.f1, min_org_f1),
                ("words/s", s.words_per_second, min_wps),
            ]
        )
    click.echo(
        f"conll {split}: docs={result.documents} PER_F1={per.f1:.3f} ORG_F1={org.f1:.3f} "
        f"wps={s.words_per_second:,.0f}" + (f" BELOW: {', '.join(failed)}" if failed else "")
    )
    if failed:
        sys.exit(1)

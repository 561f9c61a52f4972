"""``pagewire bench``: how fast the stages, a worker and the broker path are (logic: ``bench``)."""

import sys
from pathlib import Path

import click
import orjson


@click.command()
@click.option("--quick", is_flag=True, help="About 20 s, small inputs (for CI); no targets.")
@click.option("--skip-kafka", is_flag=True, help="Measure the stages only; no broker needed.")
@click.option("--seed", default=0, show_default=True, help="Seed of the generated corpus.")
@click.option("--corpus-pages", type=int, help="Pages in the stages corpus [100 quick, 1000].")
@click.option("--e2e-pages", type=int, help="Pages in the Kafka backlog [sized to last ~25 s].")
@click.option("--paced-seconds", type=float, help="Length of the paced run [1.5 quick, 15].")
@click.option("--json", "json_path", type=click.Path(path_type=Path), help="Also write JSON here.")
@click.option(
    "--profile",
    "profile_dir",
    type=click.Path(path_type=Path),
    help="Record the worker with py-spy (collapsed stacks) into this folder.",
)
@click.option("--keep-broker", is_flag=True, help="Leave running a broker the bench started.")
@click.option(
    "--bare/--no-bare",
    default=None,
    help="Also run the stages in a bare aiokafka loop (Faust's share) [full mode: yes].",
)
def bench(  # noqa: PLR0917 (one parameter per option)
    quick: bool,
    skip_kafka: bool,
    seed: int,
    corpus_pages: int | None,
    e2e_pages: int | None,
    paced_seconds: float | None,
    json_path: Path | None,
    profile_dir: Path | None,
    keep_broker: bool,
    bare: bool | None,
) -> None:
    """Benchmark the stages (one core), and one and two workers through the local broker."""
    # Imported here, not at the top: every `pagewire worker` loads this module too.
    from bench.runner import Options, run  # noqa: PLC0415

    options = Options(
        quick=quick,
        skip_kafka=skip_kafka,
        seed=seed,
        corpus_pages=corpus_pages,
        e2e_pages=e2e_pages,
        paced_seconds=paced_seconds,
        profile_dir=profile_dir,
        keep_broker=keep_broker,
        bare=bare,
    )
    report = run(options, echo=lambda line: click.echo(line, err=True))
    if quick:
        for row in report.rows:
            row.target, row.met = "", None
    click.echo(report.table())
    click.echo(report.summary())
    if json_path is not None:
        json_path.write_bytes(orjson.dumps(report.as_dict(), option=orjson.OPT_INDENT_2))
    if report.failures:
        sys.exit(1)

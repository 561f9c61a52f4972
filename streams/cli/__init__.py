"""The ``pagewire`` command: offline processing, Kafka tools, the worker, evaluation."""

import click

from streams.cli.bench import bench
from streams.cli.evaluate import evaluate
from streams.cli.kafka import broker, consume, demo, produce, worker
from streams.cli.offline import process, tag


@click.group()
def main() -> None:
    """pagewire: clean, split and tag news pages, offline or from Kafka."""


main.add_command(process)
main.add_command(tag)
main.add_command(evaluate)
main.add_command(broker)
main.add_command(worker)
main.add_command(produce)
main.add_command(consume)
main.add_command(demo)
main.add_command(bench)

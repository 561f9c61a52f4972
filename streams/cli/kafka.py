"""Kafka-side commands: broker, worker, produce, consume, demo (placeholder, being written)."""

import click


@click.group()
def broker() -> None:
    """Start, stop or check the local Kafka broker (being written)."""

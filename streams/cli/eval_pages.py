"""``pagewire eval pages DIR`` (placeholder, being written)."""

import click


@click.command()
def pages() -> None:
    """Score clean/split/time/language on a page corpus (being written)."""
    raise click.ClickException("not written yet")

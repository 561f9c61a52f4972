"""``pagewire eval reuters|conll`` (placeholder, being written)."""

import click


@click.command()
def reuters() -> None:
    """Score country tags on Reuters-21578 (being written)."""
    raise click.ClickException("not written yet")


@click.command()
def conll() -> None:
    """Score actor tags on CoNLL-2003 (being written)."""
    raise click.ClickException("not written yet")

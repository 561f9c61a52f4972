"""``pagewire eval``: score the stages against gold data."""

import click

from streams.cli.eval_pages import pages
from streams.cli.eval_tags import conll, reuters


@click.group(name="eval")
def evaluate() -> None:
    """Score pagewire against gold data (a page corpus, Reuters-21578, CoNLL-2003)."""


evaluate.add_command(pages)
evaluate.add_command(reuters)
evaluate.add_command(conll)

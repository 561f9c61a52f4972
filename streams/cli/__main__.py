"""``python -m streams.cli``: the ``pagewire`` command without its console script."""

from streams.cli import main

main()

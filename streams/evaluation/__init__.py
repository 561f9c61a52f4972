"""Scoring pagewire against gold data (pure logic; the commands live in ``streams.cli``)."""

"""pagewire benchmarks: the stages alone, end to end through Kafka, and the passthrough ceiling.

``pagewire bench`` runs them; the logic lives here so it can be imported by tests and profilers.
"""

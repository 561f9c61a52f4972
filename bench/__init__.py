"""pagewire benchmarks: the stages alone, end to end through Kafka, and the passthrough ceiling.

``pagewire bench`` runs them all (``--quick`` for CI, ``--skip-kafka`` for the stages only)
and prints one table and a summary line. The parts:

- ``bench.corpus``: deterministic news-like aggregator pages (1–50 KB, lead + 0–8 teasers).
- ``bench.stages``: ingest → ``process_page`` → encode on one pinned core; the tagger alone;
  time per stage, measured inside ``process_page``.
- ``bench.e2e``: fresh topics and groups, producers (backlog and paced), the output
  collector that waits for every expected article, worker/passthrough subprocesses.
- ``bench.passthrough``: the ceiling, a bare aiokafka consumer→producer copy.
- ``bench.runner``: one run, start to end; ``bench.report``: the table.
- ``bench.profile``: py-spy profiles of the stages and summaries of the worker's.
- ``bench.memory``: a fresh worker's resident memory after its imports and each warm-up step.

Throughput is counted between the 10th and 90th percentile of arrivals, after the consumer
group is stable; the CPU the processes under test used in that window is sampled too, so a
run on a busy machine still says what one core would do (``pages/cpu-s``).
"""

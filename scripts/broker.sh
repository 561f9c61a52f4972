#!/usr/bin/env bash
# The local Kafka broker for tests and the demo: start | stop | status.
# Thin wrapper around `pagewire broker`; port from PAGEWIRE_BROKER_PORT (default 9092).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
exec "$root/.venv/bin/pagewire" broker "$@"

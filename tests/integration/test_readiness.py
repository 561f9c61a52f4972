"""``GET /ready`` says whether a worker owns partitions, on the real broker."""

import time
from pathlib import Path

import pytest

from streams.settings import Settings
from streams.workerproc import WorkerProcess

pytestmark = pytest.mark.integration


def test_of_two_workers_on_one_partition_only_its_owner_is_ready(
    isolated: tuple[Settings, dict[str, str], Path],
) -> None:
    _, env, log = isolated
    first = WorkerProcess(log, env).start()
    second = WorkerProcess(log.with_name("second.log"), env)
    try:
        first.wait_ready()  # alone in the group, it owns the partition
        second.start()
        deadline = time.monotonic() + 60
        while "[^Worker]: Ready" not in second.log_tail(400):
            assert time.monotonic() < deadline, second.log_tail()
            time.sleep(0.3)
        # after the rebalance one worker owns the partition and the other has nothing to do
        owners: list[bool] = []
        while time.monotonic() < deadline and owners.count(True) != 1:
            time.sleep(0.5)
            owners = [first.ready(), second.ready()]
        assert owners.count(True) == 1, owners
        time.sleep(3)  # and it stays so
        assert [first.ready(), second.ready()] == owners
    finally:
        first.stop()
        second.stop()

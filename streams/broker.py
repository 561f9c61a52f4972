"""The local Apache Kafka broker (KRaft, single node, loopback only) for tests and the demo.

The jars come from Maven Central on first use into ``.cache/kafka/<version>/libs``;
each port gets its own run folder ``.cache/kafka/run-<port>/`` holding the
generated ``server.properties``, log4j2 config, data, ``broker.log`` and pid file.
"""

import asyncio
import base64
import fcntl
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

from aiokafka.admin import AIOKafkaAdminClient

from streams.settings import Settings

KAFKA_VERSION = "4.1.1"
SCALA_VERSION = "2.13"
LOG4J_SLF4J = "org.apache.logging.log4j:log4j-slf4j-impl:2.24.3"
HOST = "127.0.0.1"


class BrokerError(RuntimeError):
    """The broker could not be downloaded, formatted, started or stopped."""


@dataclass(frozen=True, slots=True)
class BrokerPaths:
    cache: Path
    port: int

    @property
    def version_dir(self) -> Path:
        return self.cache / "kafka" / KAFKA_VERSION

    @property
    def libs(self) -> Path:
        return self.version_dir / "libs"

    @property
    def run_dir(self) -> Path:
        return self.cache / "kafka" / f"run-{self.port}"

    @property
    def data(self) -> Path:
        return self.run_dir / "data"

    @property
    def properties(self) -> Path:
        return self.run_dir / "server.properties"

    @property
    def log4j(self) -> Path:
        return self.run_dir / "log4j2.properties"

    @property
    def log(self) -> Path:
        return self.run_dir / "broker.log"

    @property
    def pid_file(self) -> Path:
        return self.run_dir / "broker.pid"

    @property
    def lock(self) -> Path:
        return self.cache / "kafka" / ".lock"


@dataclass(frozen=True, slots=True)
class BrokerStatus:
    running: bool
    pid: int | None
    port: int
    managed: bool  # started from this checkout (pid file) rather than found listening

    def describe(self) -> str:
        where = f"{HOST}:{self.port}"
        if not self.running:
            return f"broker not running on {where}"
        if self.managed:
            return f"broker running on {where} (pid {self.pid})"
        return f"a broker not started from here is listening on {where}"


def default_cache() -> Path:
    env = os.environ.get("PAGEWIRE_CACHE_DIR")
    return Path(env) if env else Path(__file__).resolve().parent.parent / ".cache"


def paths_for(settings: Settings, cache: Path | None = None) -> BrokerPaths:
    return BrokerPaths(cache or default_cache(), settings.broker_port)


# --- pure: generated files ------------------------------------------------------------------


def pom_xml() -> str:
    return f"""<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>pagewire.local</groupId>
  <artifactId>kafka-broker</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency>
      <groupId>org.apache.kafka</groupId>
      <artifactId>kafka_{SCALA_VERSION}</artifactId>
      <version>{KAFKA_VERSION}</version>
    </dependency>
  </dependencies>
</project>
"""


def server_properties(settings: Settings, data_dir: Path) -> str:
    port, cport = settings.broker_port, settings.controller_port
    props = {
        "process.roles": "broker,controller",
        "node.id": "1",
        "controller.quorum.voters": f"1@{HOST}:{cport}",
        "listeners": f"PLAINTEXT://{HOST}:{port},CONTROLLER://{HOST}:{cport}",
        "advertised.listeners": f"PLAINTEXT://{HOST}:{port}",
        "controller.listener.names": "CONTROLLER",
        "inter.broker.listener.name": "PLAINTEXT",
        "listener.security.protocol.map": "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
        "log.dirs": str(data_dir),
        "num.partitions": str(settings.topic_partitions),
        "offsets.topic.replication.factor": "1",
        "offsets.topic.num.partitions": "3",
        "transaction.state.log.replication.factor": "1",
        "transaction.state.log.min.isr": "1",
        "share.coordinator.state.topic.replication.factor": "1",
        "share.coordinator.state.topic.min.isr": "1",
        "group.initial.rebalance.delay.ms": "0",
        "message.max.bytes": str(settings.max_message_bytes),
        "replica.fetch.max.bytes": str(settings.max_message_bytes),
        "socket.request.max.bytes": str(max(settings.max_message_bytes * 2, 100 * 1024 * 1024)),
        "auto.create.topics.enable": "false",
        "log.retention.hours": "24",
        "log.segment.bytes": str(64 * 1024 * 1024),
    }
    return "".join(f"{key}={value}\n" for key, value in props.items())


def log4j2_properties(log_file: Path) -> str:
    return f"""status = warn
appender.file.type = RollingFile
appender.file.name = file
appender.file.fileName = {log_file}
appender.file.filePattern = {log_file}.%i
appender.file.layout.type = PatternLayout
appender.file.layout.pattern = [%d] %p %m (%c)%n
appender.file.policies.type = Policies
appender.file.policies.size.type = SizeBasedTriggeringPolicy
appender.file.policies.size.size = 20MB
appender.file.strategy.type = DefaultRolloverStrategy
appender.file.strategy.max = 2
rootLogger.level = INFO
rootLogger.appenderRef.file.ref = file
logger.kafka.name = kafka
logger.kafka.level = INFO
logger.state.name = state.change.logger
logger.state.level = WARN
logger.request.name = kafka.request.logger
logger.request.level = WARN
"""


def cluster_id() -> str:
    """A Kafka cluster id (base64url of 16 random bytes), as ``StorageTool random-uuid`` makes."""
    while True:
        value = base64.urlsafe_b64encode(uuid.uuid4().bytes).rstrip(b"=").decode()
        if not value.startswith("-"):
            return value


def java_command(settings: Settings, paths: BrokerPaths, *args: str) -> list[str]:
    java = shutil.which("java")
    if java is None:
        raise BrokerError("java not found on PATH (a JDK 17+ is needed for the local broker)")
    return [
        java,
        f"-Xmx{settings.broker_heap}",
        "-Xms128m",
        "-XX:+UseG1GC",
        "-Djava.awt.headless=true",
        f"-Dlog4j2.configurationFile={paths.log4j}",
        f"-Dkafka.logs.dir={paths.run_dir}",
        "-cp",
        f"{paths.libs}/*",
        *args,
    ]


# --- shell ------------------------------------------------------------------------------------


@contextmanager
def _locked(paths: BrokerPaths) -> Iterator[None]:
    paths.lock.parent.mkdir(parents=True, exist_ok=True)
    with paths.lock.open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _run(cmd: list[str], cwd: Path, what: str) -> None:
    result = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        tail = (result.stdout + result.stderr).strip()[-3000:]
        raise BrokerError(f"{what} failed (exit {result.returncode}):\n{tail}")


def ensure_jars(paths: BrokerPaths, echo: bool = True) -> None:
    """Download Kafka and its runtime dependencies with Maven, once per version."""
    if (paths.libs / ".complete").exists():
        return
    mvn = shutil.which("mvn")
    if mvn is None:
        raise BrokerError("mvn not found on PATH (Maven fetches the broker's jars)")
    if echo:
        print(
            f"downloading Apache Kafka {KAFKA_VERSION} with Maven into {paths.libs} ...",
            file=sys.stderr,
        )
    paths.version_dir.mkdir(parents=True, exist_ok=True)
    staging = paths.version_dir / "libs.partial"
    shutil.rmtree(staging, ignore_errors=True)
    (paths.version_dir / "pom.xml").write_text(pom_xml())
    _run(
        [mvn, "-q", "-B", "dependency:copy-dependencies", f"-DoutputDirectory={staging}",
         "-DincludeScope=runtime"],
        paths.version_dir,
        "maven download of kafka",
    )  # fmt: skip
    _run(
        [mvn, "-q", "-B", "dependency:copy", f"-Dartifact={LOG4J_SLF4J}",
         f"-DoutputDirectory={staging}"],
        paths.version_dir,
        "maven download of log4j-slf4j-impl",
    )  # fmt: skip
    (staging / ".complete").write_text(KAFKA_VERSION + "\n")
    shutil.rmtree(paths.libs, ignore_errors=True)
    staging.rename(paths.libs)


def ensure_formatted(settings: Settings, paths: BrokerPaths) -> None:
    """Write the config files and format the storage on first use of this port."""
    paths.run_dir.mkdir(parents=True, exist_ok=True)
    paths.properties.write_text(server_properties(settings, paths.data))
    paths.log4j.write_text(log4j2_properties(paths.log))
    if (paths.data / "meta.properties").exists():
        return
    cmd = java_command(settings, paths, "kafka.tools.StorageTool", "format", "-t", cluster_id(),
                       "-c", str(paths.properties))  # fmt: skip
    _run(cmd, paths.run_dir, "formatting the broker storage")


def _port_open(port: int, timeout: float = 0.5) -> bool:
    try:
        with socket.create_connection((HOST, port), timeout=timeout):
            return True
    except OSError:
        return False


def _alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            return True
        return True
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def _reap(pid: int) -> None:
    with suppress(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)


def _is_our_broker(pid: int, paths: BrokerPaths) -> bool:
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return _alive(pid)
    return b"kafka.Kafka" in cmdline and str(paths.properties).encode() in cmdline


def _read_pid(paths: BrokerPaths) -> int | None:
    try:
        pid = int(paths.pid_file.read_text().strip())
    except (OSError, ValueError):
        return None
    return pid if _alive(pid) and _is_our_broker(pid, paths) else None


def status(settings: Settings, cache: Path | None = None) -> BrokerStatus:
    paths = paths_for(settings, cache)
    pid = _read_pid(paths)
    if pid is not None:
        return BrokerStatus(running=True, pid=pid, port=paths.port, managed=True)
    return BrokerStatus(running=_port_open(paths.port), pid=None, port=paths.port, managed=False)


async def _metadata_ready(bootstrap: str, timeout: float) -> bool:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=5000)
    try:
        await asyncio.wait_for(admin.start(), timeout)
        await asyncio.wait_for(admin.list_topics(), timeout)
        return True
    except Exception:
        return False
    finally:
        await admin.close()


def log_tail(paths: BrokerPaths, lines: int = 40) -> str:
    """The end of the broker's log and of its console output (JVM errors land there)."""
    parts = []
    for path in (paths.log, paths.run_dir / "stdout.log"):
        try:
            text = path.read_text(errors="replace").strip()
        except OSError:
            continue
        if text:
            parts.append(f"--- {path}\n" + "\n".join(text.splitlines()[-lines:]))
    return "\n".join(parts) or "(no broker output)"


def start(settings: Settings, timeout: float = 90.0, cache: Path | None = None) -> BrokerStatus:
    """Start the broker in the background unless it runs; return once it answers requests."""
    paths = paths_for(settings, cache)
    with _locked(paths):
        current = status(settings, cache)
        if current.running:
            return current
        if _port_open(settings.controller_port):
            raise BrokerError(f"controller port {HOST}:{settings.controller_port} is in use")
        ensure_jars(paths)
        ensure_formatted(settings, paths)
        cmd = java_command(settings, paths, "kafka.Kafka", str(paths.properties))
        with (paths.run_dir / "stdout.log").open("ab") as out:
            process = subprocess.Popen(
                cmd,
                cwd=paths.run_dir,
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        paths.pid_file.write_text(f"{process.pid}\n")
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if process.poll() is not None:
                paths.pid_file.unlink(missing_ok=True)
                raise BrokerError(
                    f"broker exited with code {process.returncode} during start:\n{log_tail(paths)}"
                )
            if _port_open(paths.port) and asyncio.run(_metadata_ready(f"{HOST}:{paths.port}", 5)):
                return BrokerStatus(running=True, pid=process.pid, port=paths.port, managed=True)
            time.sleep(0.5)
        _terminate(process.pid, 15)
        paths.pid_file.unlink(missing_ok=True)
        raise BrokerError(
            f"broker did not answer on {HOST}:{paths.port} within {timeout:.0f}s:\n"
            f"{log_tail(paths)}"
        )


def _terminate(pid: int, timeout: float) -> None:
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        _reap(pid)
        if not _alive(pid):
            return
        time.sleep(0.2)
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        return
    for _ in range(50):
        _reap(pid)
        if not _alive(pid):
            return
        time.sleep(0.1)


def stop(settings: Settings, timeout: float = 30.0, cache: Path | None = None) -> bool:
    """Stop the broker started from this checkout; False when none was running."""
    paths = paths_for(settings, cache)
    with _locked(paths):
        pid = _read_pid(paths)
        if pid is None:
            paths.pid_file.unlink(missing_ok=True)
            return False
        _terminate(pid, timeout)
        paths.pid_file.unlink(missing_ok=True)
        return True

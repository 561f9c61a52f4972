"""docker-compose.yml and deploy/ agree with the settings the worker actually reads."""

from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import yaml

from streams.broker import KAFKA_VERSION
from streams.settings import Settings
from streams.topics import topic_specs

ROOT = Path(__file__).resolve().parents[2]
DEFAULTS = Settings()


def settings_from(env: dict[str, Any]) -> Settings:
    """The settings a worker gets from ``env``; every PAGEWIRE_* name must be a real setting."""
    fields = {name.removeprefix("PAGEWIRE_").lower(): str(v) for name, v in env.items()}
    unknown = set(fields) - set(Settings.model_fields)
    assert not unknown, f"env names no setting: {unknown}"
    return Settings(**fields)  # type: ignore[arg-type]


def load_all(path: str) -> list[dict[str, Any]]:
    with (ROOT / path).open() as handle:
        return [doc for doc in yaml.safe_load_all(handle) if doc]


def by_kind(docs: list[dict[str, Any]], kind: str) -> list[dict[str, Any]]:
    return [doc for doc in docs if doc["kind"] == kind]


# --- docker-compose.yml ---------------------------------------------------------------------

COMPOSE = load_all("docker-compose.yml")[0]
SERVICES = COMPOSE["services"]


def test_compose_has_kafka_worker_and_browser() -> None:
    assert set(SERVICES) == {"kafka", "pagewire", "kafka-ui"}
    assert SERVICES["kafka"]["image"] == f"apache/kafka:{KAFKA_VERSION}"
    assert SERVICES["kafka"]["environment"]["KAFKA_PROCESS_ROLES"] == "broker,controller"
    assert SERVICES["pagewire"]["build"] == "."
    assert SERVICES["pagewire"]["depends_on"]["kafka"]["condition"] == "service_healthy"


def test_compose_worker_settings_match_the_defaults_and_the_broker() -> None:
    env = SERVICES["pagewire"]["environment"]
    worker = settings_from(env)
    assert worker.topics == DEFAULTS.topics
    assert worker.app_id == DEFAULTS.app_id
    assert worker.max_message_bytes == DEFAULTS.max_message_bytes
    kafka_env = SERVICES["kafka"]["environment"]
    address = urlsplit(worker.broker_url).netloc
    advertised = kafka_env["KAFKA_ADVERTISED_LISTENERS"].split(",")
    assert any(item.endswith(f"//{address}") for item in advertised)
    assert address.split(":")[0] in SERVICES
    assert SERVICES["kafka-ui"]["environment"]["KAFKA_CLUSTERS_0_BOOTSTRAPSERVERS"] == address
    assert int(kafka_env["KAFKA_MESSAGE_MAX_BYTES"]) >= worker.max_message_bytes
    assert f"127.0.0.1:{worker.web_port}:{worker.web_port}" in SERVICES["pagewire"]["ports"]
    assert f"{worker.web_port}/ready" in " ".join(SERVICES["pagewire"]["healthcheck"]["test"])


def test_compose_publishes_ports_on_loopback_only() -> None:
    for service in SERVICES.values():
        for port in service.get("ports", []):
            assert port.startswith("127.0.0.1:"), port


# --- deploy/ --------------------------------------------------------------------------------

TOPICS = by_kind(load_all("deploy/topics.yaml"), "KafkaTopic")
WORKER_DOCS = load_all("deploy/worker.yaml")
(CONFIG,) = by_kind(WORKER_DOCS, "ConfigMap")
(DEPLOYMENT,) = by_kind(WORKER_DOCS, "Deployment")
(SCALED,) = by_kind(load_all("deploy/scaling.yaml"), "ScaledObject")
CLUSTER = settings_from(CONFIG["data"])


def test_cluster_settings_use_the_default_names() -> None:
    assert CLUSTER.topics == DEFAULTS.topics
    assert CLUSTER.app_id == DEFAULTS.app_id


def test_topic_definitions_match_what_the_worker_would_create() -> None:
    specs = {t["spec"]["topicName"]: t["spec"] for t in TOPICS}
    expected = {spec.name: spec for spec in topic_specs(CLUSTER)}
    assert set(specs) == set(expected)
    for name, spec in specs.items():
        assert spec["partitions"] == expected[name].partitions
        assert spec["replicas"] == expected[name].replication_factor
        assert dict(expected[name].config).items() <= spec["config"].items()


def test_deployment_reads_the_config_and_probes_the_web_port() -> None:
    (container,) = DEPLOYMENT["spec"]["template"]["spec"]["containers"]
    assert container["envFrom"] == [{"configMapRef": {"name": CONFIG["metadata"]["name"]}}]
    (port,) = container["ports"]
    assert port["containerPort"] == CLUSTER.web_port
    assert CLUSTER.web_host == "0.0.0.0"
    assert container["livenessProbe"]["httpGet"]["path"] == "/"
    assert container["readinessProbe"]["httpGet"]["path"] == "/ready"
    assert container["resources"]["requests"] and container["resources"]["limits"]["memory"]
    # SIGTERM waits for the pages in flight: a send and then its dead letter may each time out
    grace = DEPLOYMENT["spec"]["template"]["spec"]["terminationGracePeriodSeconds"]
    assert grace > 2 * CLUSTER.producer_request_timeout_s


@pytest.mark.parametrize("field", ["bootstrapServers", "consumerGroup", "topic"])
def test_scaling_on_lag_of_the_source_topic(field: str) -> None:
    (trigger,) = SCALED["spec"]["triggers"]
    assert trigger["type"] == "kafka"
    expected = {
        "bootstrapServers": urlsplit(CLUSTER.broker_url).netloc,
        "consumerGroup": CLUSTER.app_id,
        "topic": CLUSTER.topic_pages,
    }
    assert trigger["metadata"][field] == expected[field]


def test_no_more_replicas_than_partitions() -> None:
    assert SCALED["spec"]["scaleTargetRef"]["name"] == DEPLOYMENT["metadata"]["name"]
    assert SCALED["spec"]["maxReplicaCount"] == CLUSTER.topic_partitions

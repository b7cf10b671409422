"""Keeps deploy/ correct: YAML parses, every `dsl2png` command it names exists, alerts use real metrics."""

from __future__ import annotations

import json
import re
import shlex
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import typer.main
import yaml
from prometheus_client.metrics import MetricWrapperBase

import dsl2png.metrics
from dsl2png.cli import app

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
K8S = DEPLOY / "k8s"
COMPOSE_FILE = DEPLOY / "compose.yaml"
DOCKERFILE = DEPLOY / "Dockerfile"
NGINX_CONF = DEPLOY / "nginx.conf"
ALERTS_FILE = DEPLOY / "prometheus" / "alerts.yaml"
ALERT_TESTS_FILE = DEPLOY / "prometheus" / "alerts.test.yaml"
DOCKERIGNORE = ROOT / ".dockerignore"

YAML_FILES = sorted(p for p in DEPLOY.rglob("*") if p.suffix in {".yaml", ".yml"})
K8S_FILES = sorted(p for p in K8S.glob("*.yaml") if p.name != "kustomization.yaml")
IMAGE_MARK = "dsl2png"  # our image's name contains it; postgres, nats and nginx images do not


# -- helpers ---------------------------------------------------------------------------------


def load_all(path: Path) -> list[Any]:
    """Every document of a YAML file, empty documents left out."""
    with path.open(encoding="utf-8") as handle:
        return [doc for doc in yaml.safe_load_all(handle) if doc is not None]


def compose() -> dict[str, Any]:
    (document,) = load_all(COMPOSE_FILE)
    assert isinstance(document, dict)
    return document


def k8s_objects() -> list[tuple[Path, dict[str, Any]]]:
    return [(path, doc) for path in K8S_FILES for doc in load_all(path)]


def k8s_by_kind(kind: str) -> dict[str, dict[str, Any]]:
    return {doc["metadata"]["name"]: doc for _, doc in k8s_objects() if doc["kind"] == kind}


def pod_spec(workload: dict[str, Any]) -> dict[str, Any]:
    spec: dict[str, Any] = workload["spec"]["template"]["spec"]
    return spec


def cli_root() -> Any:
    """The Typer app as a click-style command tree (Typer may vendor its own click, so no isinstance)."""
    return typer.main.get_command(app)


def subcommands(command: Any) -> dict[str, Any] | None:
    """A group's subcommands by name; None for a leaf command."""
    found = getattr(command, "commands", None)
    return found if isinstance(found, dict) else None


def check_cli_call(argv: list[str], where: str) -> None:
    """`dsl2png <argv>` names an existing (sub)command and its options parse (nothing runs)."""
    assert argv, f"{where}: no dsl2png command given"
    command = cli_root()
    path = ["dsl2png"]
    rest = list(argv)
    while (children := subcommands(command)) is not None:
        assert rest, f"{where}: `{' '.join(path)}` needs a subcommand"
        name = rest.pop(0)
        assert name in children, (
            f"{where}: `{' '.join(path)} {name}` is not a command (known: {sorted(children)})"
        )
        command = children[name]
        path.append(name)
    try:
        command.make_context(" ".join(path), list(rest))  # click consumes the list it parses
    except Exception as exc:  # click's UsageError (Typer's vendored click or click itself)
        message = exc.format_message() if hasattr(exc, "format_message") else str(exc)
        pytest.fail(f"{where}: `{' '.join(path + rest)}` does not parse: {message}")


@dataclass
class Instruction:
    keyword: str
    argument: str


def dockerfile_stages() -> list[list[Instruction]]:
    """The Dockerfile as stages of instructions (continuation lines joined, comments dropped)."""
    lines: list[str] = []
    pending = ""
    for raw in DOCKERFILE.read_text(encoding="utf-8").splitlines():
        stripped = raw.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if stripped.endswith("\\"):
            pending += stripped[:-1] + " "
            continue
        lines.append(pending + stripped)
        pending = ""
    assert not pending, "the Dockerfile ends inside a continued line"
    stages: list[list[Instruction]] = []
    for line in lines:
        keyword, _, argument = line.partition(" ")
        instruction = Instruction(keyword.upper(), argument.strip())
        if instruction.keyword == "FROM":
            stages.append([])
        if stages:
            stages[-1].append(instruction)
    return stages


def exec_form(argument: str) -> list[str]:
    """ENTRYPOINT/CMD argument as a list: JSON (exec) form, else shell words."""
    if argument.startswith("["):
        parsed = json.loads(argument)
        assert isinstance(parsed, list)
        return [str(part) for part in parsed]
    return shlex.split(argument)


def final_stage() -> list[Instruction]:
    return dockerfile_stages()[-1]


def last(stage: list[Instruction], keyword: str) -> Instruction | None:
    found = [i for i in stage if i.keyword == keyword]
    return found[-1] if found else None


def dockerfile_default_args() -> list[str]:
    cmd = last(final_stage(), "CMD")
    assert cmd is not None
    return exec_form(cmd.argument)


def after_dsl2png(argv: list[str]) -> list[str] | None:
    """The arguments after the `dsl2png` executable in a command line, or None if it is not there."""
    for index, part in enumerate(argv):
        if Path(part).name == "dsl2png":
            return argv[index + 1 :]
    return None


def exposed_metrics() -> dict[str, set[str]]:
    """Series names the project's Prometheus objects expose, each with the label names it carries."""
    series: dict[str, set[str]] = {}
    suffixes = {"counter": ("_total", "_created"), "gauge": ("",), "histogram": ("_bucket", "_sum", "_count", "_created"),
                "summary": ("", "_sum", "_count", "_created")}  # fmt: skip
    for value in vars(dsl2png.metrics).values():
        if not isinstance(value, MetricWrapperBase):
            continue
        labels = set(value._labelnames)
        for family in value.describe():
            for suffix in suffixes[family.type]:
                series[family.name + suffix] = labels | ({"le"} if suffix == "_bucket" else set())
    return series


PROMQL_FUNCTION_OR_KEYWORD = re.compile(r"\b([a-zA-Z_:][a-zA-Z0-9_:]*)\s*\(")
PROMQL_IDENTIFIER = re.compile(r"\b([a-zA-Z_:][a-zA-Z0-9_:]*)\b")
PROMQL_KEYWORDS = {"and", "or", "unless", "bool", "offset", "by", "without", "on", "ignoring",
                   "group_left", "group_right", "inf", "nan"}  # fmt: skip
SELECTOR = re.compile(r"\b([a-zA-Z_:][a-zA-Z0-9_:]*)?\s*\{([^}]*)\}")
MATCHER = re.compile(r"([a-zA-Z_][a-zA-Z0-9_]*)\s*(=~|!~|!=|=)\s*\"((?:[^\"\\]|\\.)*)\"")


def metric_names_in(expr: str) -> set[str]:
    """Metric names used in a PromQL expression: what is left after strings, selectors' label
    matchers, grouping clauses, ranges, numbers, functions and keywords are taken out."""
    text = re.sub(r'"(?:[^"\\]|\\.)*"', '""', expr)
    text = re.sub(r"\{[^}]*\}", " ", text)
    text = re.sub(r"\[[^\]]*\]", " ", text)
    text = re.sub(r"\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)", " ", text)
    text = re.sub(r"\b\d+(\.\d+)?([eE][+-]?\d+)?[smhdwy]?\b", " ", text)
    functions = set(PROMQL_FUNCTION_OR_KEYWORD.findall(text))
    names = set(PROMQL_IDENTIFIER.findall(text)) - functions
    return {name for name in names if name.lower() not in PROMQL_KEYWORDS}


def alert_rules() -> Iterator[dict[str, Any]]:
    (document,) = load_all(ALERTS_FILE)
    for group in document["groups"]:
        yield from group["rules"]


# -- every YAML ------------------------------------------------------------------------------


@pytest.mark.parametrize("path", YAML_FILES, ids=lambda p: str(p.relative_to(DEPLOY)))
def test_yaml_parses(path: Path) -> None:
    assert load_all(path), f"{path} holds no YAML document"


def test_deploy_has_its_parts() -> None:
    for part in (DOCKERFILE, COMPOSE_FILE, NGINX_CONF, ALERTS_FILE, DEPLOY / "README.md", DOCKERIGNORE):
        assert part.is_file(), f"{part} is missing"
    assert K8S_FILES


# -- commands named anywhere exist ------------------------------------------------------------


def test_the_cli_has_the_commands_deploy_relies_on() -> None:
    root = cli_root()
    assert {"serve", "worker", "relay", "projector", "migrate", "replay", "keys"} <= set(root.commands)


def test_dockerfile_entrypoint_and_default_command_exist() -> None:
    entrypoint = last(final_stage(), "ENTRYPOINT")
    assert entrypoint is not None, "the final stage has no ENTRYPOINT"
    assert after_dsl2png(exec_form(entrypoint.argument)) == [], (
        "ENTRYPOINT must end with the dsl2png executable"
    )
    default = dockerfile_default_args()
    assert default[:1] == ["serve"]
    assert "0.0.0.0" in default, "the API must listen on every interface inside a container"
    check_cli_call(default, "Dockerfile CMD")


def dsl2png_services() -> dict[str, dict[str, Any]]:
    services: dict[str, dict[str, Any]] = compose()["services"]
    return {
        name: svc
        for name, svc in services.items()
        if IMAGE_MARK in str(svc.get("image", "")) or "build" in svc
    }


def test_compose_service_commands_exist() -> None:
    services = dsl2png_services()
    assert {"migrate", "api", "relay", "projector", "worker"} <= set(services)
    for name, service in services.items():
        command = service.get("command", dockerfile_default_args())
        argv = shlex.split(command) if isinstance(command, str) else [str(part) for part in command]
        check_cli_call(argv, f"compose service {name!r}")


def test_k8s_container_commands_exist() -> None:
    checked = 0
    for path, doc in k8s_objects():
        if doc["kind"] not in {"Deployment", "Job", "StatefulSet", "DaemonSet"}:
            continue
        for container in pod_spec(doc).get("containers", []) + pod_spec(doc).get("initContainers", []):
            if IMAGE_MARK not in container["image"]:
                continue
            command = container.get("command")
            args = [str(part) for part in container.get("args", [])]
            if command:
                found = after_dsl2png([str(part) for part in command])
                assert found is not None, (
                    f"{path.name}: {container['name']} overrides the command without dsl2png"
                )
                argv = found + args
            else:
                argv = args or dockerfile_default_args()
            check_cli_call(argv, f"{path.name}: {doc['kind']} {doc['metadata']['name']}/{container['name']}")
            checked += 1
    assert checked >= 5  # api, relay, projector, worker, migrate


BACKTICKED_CALL = re.compile(r"`dsl2png ([^`]+)`")


@pytest.mark.parametrize(
    "path",
    sorted(p for p in DEPLOY.rglob("*") if p.is_file()),
    ids=lambda p: str(p.relative_to(DEPLOY)),
)
def test_commands_quoted_in_docs_and_comments_exist(path: Path) -> None:
    for match in BACKTICKED_CALL.finditer(path.read_text(encoding="utf-8")):
        # A placeholder such as <name> stands for a value.
        argv = ["value" if word.startswith("<") else word for word in shlex.split(match.group(1))]
        check_cli_call(argv, f"{path.relative_to(DEPLOY)}: `dsl2png {match.group(1)}`")


# -- compose --------------------------------------------------------------------------------


def test_compose_services_have_an_image_or_a_build() -> None:
    for name, service in compose()["services"].items():
        assert "image" in service or "build" in service, (
            f"compose service {name!r} has neither image nor build"
        )


def test_compose_builds_from_the_repository_dockerfile() -> None:
    for name, service in dsl2png_services().items():
        build = service["build"]
        context = (DEPLOY / build["context"]).resolve()
        assert context == ROOT, f"{name}: the build context must be the repository root (pyproject.toml)"
        assert (context / build["dockerfile"]).resolve() == DOCKERFILE


def test_compose_topology() -> None:
    services = compose()["services"]
    assert services["postgres"]["image"].startswith("postgres:16")
    assert "healthcheck" in services["postgres"] and services["postgres"]["volumes"]
    nats = services["nats"]
    assert nats["image"].startswith("nats:2.10")
    assert {"-js", "-sd", "/data"} <= set(nats["command"]) and nats["volumes"]
    assert services["migrate"]["command"][:1] == ["migrate"]
    for name in ("api", "relay", "projector", "worker"):
        depends = services[name]["depends_on"]
        assert depends["migrate"]["condition"] == "service_completed_successfully", name
        env = services[name]["environment"]
        assert {"DATABASE_URL", "NATS_URL"} <= set(env), name
        assert any(key.startswith("DSL2PNG_") for key in env), name
    assert services["api"]["deploy"]["replicas"] == 2
    worker = services["worker"]
    assert worker["deploy"]["replicas"] >= 2
    assert worker["shm_size"] == "1gb"
    assert "9100" in {str(port) for port in worker.get("expose", [])}
    assert "./nginx.conf" in " ".join(services["nginx"]["volumes"])


def test_compose_bind_mounts_exist() -> None:
    for name, service in compose()["services"].items():
        for volume in service.get("volumes", []):
            source = str(volume).split(":", 1)[0]
            if source.startswith("."):
                assert (DEPLOY / source).exists(), f"compose service {name!r} mounts missing {source}"


def test_compose_healthchecks_need_no_missing_tools() -> None:
    """Our image has python but no curl: its checks must not call curl."""
    for name, service in dsl2png_services().items():
        check = service.get("healthcheck", {})
        assert "curl" not in str(check.get("test", "")), name


# -- Kubernetes -----------------------------------------------------------------------------


@pytest.mark.parametrize("path", K8S_FILES, ids=lambda p: p.name)
def test_k8s_objects_are_well_formed(path: Path) -> None:
    for doc in load_all(path):
        assert doc.get("apiVersion"), f"{path.name}: an object has no apiVersion"
        assert doc.get("kind"), f"{path.name}: an object has no kind"
        assert doc.get("metadata", {}).get("name"), f"{path.name}: a {doc['kind']} has no metadata.name"
        if doc["kind"] != "Namespace":
            assert doc["metadata"].get("namespace") == "dsl2png", f"{path.name}: {doc['kind']} namespace"


def test_k8s_has_every_part() -> None:
    deployments = k8s_by_kind("Deployment")
    assert {"dsl2png-api", "dsl2png-relay", "dsl2png-projector", "dsl2png-worker"} <= set(deployments)
    assert k8s_by_kind("Namespace") and k8s_by_kind("ConfigMap") and k8s_by_kind("Secret")
    assert k8s_by_kind("Job"), "the migrate Job is missing"
    assert k8s_by_kind("Service")


def test_k8s_workloads_have_resource_limits_and_run_as_non_root() -> None:
    for kind in ("Deployment", "Job"):
        for name, doc in k8s_by_kind(kind).items():
            spec = pod_spec(doc)
            assert spec.get("securityContext", {}).get("runAsNonRoot") is True, name
            for container in spec["containers"]:
                resources = container.get("resources", {})
                assert {"cpu", "memory"} <= set(resources.get("limits", {})), f"{name}: no cpu/memory limits"
                assert {"cpu", "memory"} <= set(resources.get("requests", {})), f"{name}: no requests"


def test_k8s_api_has_probes_on_its_health_routes() -> None:
    (container,) = pod_spec(k8s_by_kind("Deployment")["dsl2png-api"])["containers"]
    port_names = {port.get("name") for port in container["ports"]} | {
        port["containerPort"] for port in container["ports"]
    }
    assert container["livenessProbe"]["httpGet"]["path"] == "/healthz"
    assert container["readinessProbe"]["httpGet"]["path"] == "/readyz"
    for probe in ("livenessProbe", "readinessProbe", "startupProbe"):
        if probe in container:
            assert container[probe]["httpGet"]["port"] in port_names, f"{probe} names an unknown port"


def test_k8s_worker_drains_scales_and_exposes_metrics() -> None:
    worker = k8s_by_kind("Deployment")["dsl2png-worker"]
    spec = pod_spec(worker)
    assert spec["terminationGracePeriodSeconds"] >= 60, "too short for a SIGTERM drain"
    (container,) = spec["containers"]
    assert 9100 in {port["containerPort"] for port in container["ports"]}
    annotations = worker["spec"]["template"]["metadata"]["annotations"]
    assert annotations["prometheus.io/scrape"] == "true" and annotations["prometheus.io/port"] == "9100"
    (hpa,) = k8s_by_kind("HorizontalPodAutoscaler").values()
    assert hpa["apiVersion"] == "autoscaling/v2"
    target = hpa["spec"]["scaleTargetRef"]
    assert (target["kind"], target["name"]) == ("Deployment", "dsl2png-worker")
    assert (hpa["spec"]["minReplicas"], hpa["spec"]["maxReplicas"]) == (2, 20)
    assert [m["resource"]["name"] for m in hpa["spec"]["metrics"]] == ["cpu"]
    assert "replicas" not in worker["spec"], "the HPA owns the worker count"
    budgets = [pdb["spec"]["selector"]["matchLabels"] for pdb in k8s_by_kind("PodDisruptionBudget").values()]
    assert worker["spec"]["selector"]["matchLabels"] in budgets, "no PodDisruptionBudget for the workers"


PROBED_COMMANDS = ("relay", "projector", "worker")
"""The background processes: each serves /healthz, /readyz and /metrics on DSL2PNG_METRICS_PORT."""
PROMETHEUS_COMPOSE_FILE = DEPLOY / "prometheus" / "prometheus.yaml"


def probed_settings_classes() -> dict[str, type]:
    from command_api.relay_main import RelaySettings
    from projector.main import ProjectorSettings
    from render_worker.settings import WorkerSettings

    return {"relay": RelaySettings, "projector": ProjectorSettings, "worker": WorkerSettings}


def test_every_background_process_can_serve_its_probes() -> None:
    from dsl2png.settings import ProbedSettings

    for command, settings in probed_settings_classes().items():
        assert issubclass(settings, ProbedSettings), f"`dsl2png {command}` reads no DSL2PNG_METRICS_PORT"


def compose_scrape_targets() -> set[tuple[str, int]]:
    (config,) = load_all(PROMETHEUS_COMPOSE_FILE)
    return {
        (name, int(sd["port"]))
        for job in config["scrape_configs"]
        for sd in job.get("dns_sd_configs", [])
        for name in sd["names"]
    }


def test_compose_background_processes_serve_probes_that_are_checked_and_scraped() -> None:
    """The relay had no DSL2PNG_METRICS_PORT (the docs sent operators to its /readyz on :9100),
    Prometheus scraped neither it nor the projector, and the projector had no probes at all."""
    services = compose()["services"]
    targets = compose_scrape_targets()
    for name in PROBED_COMMANDS:
        service = services[name]
        port = str(service["environment"].get("DSL2PNG_METRICS_PORT", ""))
        assert port.isdigit(), f"compose {name}: no DSL2PNG_METRICS_PORT"
        assert port in {str(p) for p in service.get("expose", [])}, f"compose {name}: {port} not exposed"
        assert service["labels"]["prometheus.io/port"] == port, name
        assert f"127.0.0.1:{port}/healthz" in " ".join(service["healthcheck"]["test"]), name
        assert (name, int(port)) in targets, f"prometheus.yaml does not scrape {name}:{port}"
    assert ("api", 8000) in targets


def test_k8s_background_processes_have_probes_on_their_metrics_port() -> None:
    (config_map,) = k8s_by_kind("ConfigMap").values()
    port = int(config_map["data"]["DSL2PNG_METRICS_PORT"])
    for name in PROBED_COMMANDS:
        deployment = k8s_by_kind("Deployment")[f"dsl2png-{name}"]
        (container,) = pod_spec(deployment)["containers"]
        ports = {p["name"]: p["containerPort"] for p in container.get("ports", [])}
        assert ports.get("metrics") == port, f"{name}: no container port 'metrics' = {port}"
        assert container["livenessProbe"]["httpGet"] == {"path": "/healthz", "port": "metrics"}, name
        assert container["readinessProbe"]["httpGet"] == {"path": "/readyz", "port": "metrics"}, name
        annotations = deployment["spec"]["template"]["metadata"]["annotations"]
        assert annotations["prometheus.io/port"] == str(port), name


def test_the_probe_port_the_docs_and_alerts_name_is_the_one_the_files_set() -> None:
    port = compose()["services"]["relay"]["environment"]["DSL2PNG_METRICS_PORT"]
    for path in (ALERTS_FILE, DEPLOY / "README.md"):
        named = set(re.findall(r"/readyz[^\n]{0,20}?\(?:(\d{4,5})\)", path.read_text(encoding="utf-8")))
        assert named <= {str(port)}, f"{path.name} names /readyz on {named}, the files set {port}"


def test_k8s_selectors_match_pod_labels() -> None:
    pods = {
        name: doc["spec"]["template"]["metadata"]["labels"] for name, doc in k8s_by_kind("Deployment").items()
    }
    for name, doc in k8s_by_kind("Deployment").items():
        assert doc["spec"]["selector"]["matchLabels"].items() <= pods[name].items(), name
    for kind in ("Service", "PodDisruptionBudget"):
        for name, doc in k8s_by_kind(kind).items():
            selector = doc["spec"]["selector"]
            selector = selector.get("matchLabels", selector)
            assert any(selector.items() <= labels.items() for labels in pods.values()), (
                f"{kind} {name} selects nothing"
            )


def test_k8s_config_references_exist() -> None:
    config_maps, secrets = set(k8s_by_kind("ConfigMap")), set(k8s_by_kind("Secret"))
    accounts = set(k8s_by_kind("ServiceAccount"))
    for kind in ("Deployment", "Job"):
        for name, doc in k8s_by_kind(kind).items():
            spec = pod_spec(doc)
            if "serviceAccountName" in spec:
                assert spec["serviceAccountName"] in accounts, name
            for container in spec["containers"]:
                for source in container.get("envFrom", []):
                    if "configMapRef" in source:
                        assert source["configMapRef"]["name"] in config_maps, name
                    if "secretRef" in source:
                        assert source["secretRef"]["name"] in secrets, name


def test_k8s_example_secret_holds_no_real_secret() -> None:
    for doc in k8s_by_kind("Secret").values():
        for value in {**doc.get("stringData", {}), **doc.get("data", {})}.values():
            assert "CHANGE-ME" in value or "<" in value, "the example Secret must hold placeholders only"


def test_kustomization_lists_every_manifest_but_the_secret() -> None:
    (kustomization,) = load_all(K8S / "kustomization.yaml")
    listed = set(kustomization["resources"])
    for name in listed:
        assert (K8S / name).is_file(), f"kustomization lists missing {name}"
    expected = {path.name for path in K8S_FILES if not path.name.startswith("secret")}
    assert listed == expected


# -- Dockerfile ------------------------------------------------------------------------------


def test_dockerfile_base_and_packages() -> None:
    stages = dockerfile_stages()
    for stage in stages:
        base = stage[0].argument
        assert "${PYTHON_IMAGE}" in base or "python:3.11-slim-bookworm" in base, base
    assert "python:3.11-slim-bookworm" in DOCKERFILE.read_text(encoding="utf-8")
    installs = " ".join(
        i.argument for i in final_stage() if i.keyword == "RUN" and "apt-get install" in i.argument
    )
    for package in ("chromium-headless-shell", "fonts-noto-core", "fonts-noto-cjk", "fonts-noto-color-emoji",
                    "fonts-noto-mono"):  # fmt: skip
        assert package in installs.split(), f"{package} is not installed in the final stage"
    runs = " ".join(i.argument for stage in stages for i in stage if i.keyword == "RUN")
    assert re.search(r"pip install (--\S+ )*\.(\s|$)", runs), (
        "the project is not installed with `pip install .`"
    )


def test_dockerfile_runs_as_a_non_root_user() -> None:
    user = last(final_stage(), "USER")
    assert user is not None, "the final stage has no USER"
    name = user.argument.split(":", 1)[0]
    assert name not in {"root", "0"}, "the image must not run as root"


def test_dockerfile_healthcheck_uses_python_on_healthz() -> None:
    check = last(final_stage(), "HEALTHCHECK")
    assert check is not None, "the final stage has no HEALTHCHECK"
    assert "/healthz" in check.argument and "python" in check.argument
    assert "curl" not in check.argument and "wget" not in check.argument
    command = exec_form(check.argument[check.argument.index("CMD") + 3 :].strip())
    code = command[command.index("-c") + 1]
    compile(code, "HEALTHCHECK", "exec")  # the inline Python is at least valid Python


def test_dockerignore_keeps_local_state_out() -> None:
    patterns = {line.strip() for line in DOCKERIGNORE.read_text(encoding="utf-8").splitlines()}
    assert {".git", ".venv"} <= patterns
    assert "pyproject.toml" not in patterns and "kernel" not in patterns and "dsl2png" not in patterns


# -- nginx -----------------------------------------------------------------------------------


def nginx_text_without_strings_and_comments() -> str:
    text = re.sub(r"#[^\n]*", "", NGINX_CONF.read_text(encoding="utf-8"))
    return re.sub(r"'[^']*'|\"[^\"]*\"", "''", text)


def test_nginx_conf_is_balanced_and_proxies_to_the_api() -> None:
    text = nginx_text_without_strings_and_comments()
    depth = 0
    for char in text:
        depth += {"{": 1, "}": -1}.get(char, 0)
        assert depth >= 0, "a `}` closes nothing"
    assert depth == 0, "unbalanced braces"
    upstreams = re.findall(r"\bupstream\s+(\S+)\s*\{", text)
    assert upstreams, "no upstream block"
    targets = set(re.findall(r"\bproxy_pass\s+http://([^/;\s]+)", text))
    assert targets and targets <= set(upstreams), (
        f"proxy_pass targets {targets} are not upstreams {upstreams}"
    )
    assert re.search(r"\bserver\s+api:8000\b", text), "the upstream must point at the api service"
    assert re.search(r"\bclient_max_body_size\s+2m;", text)
    assert re.search(r"\bproxy_read_timeout\s+\S+;", text)


def test_nginx_streams_mcp_without_buffering() -> None:
    text = nginx_text_without_strings_and_comments()
    match = re.search(r"location\s+(?:=\s+|\^~\s+)?/mcp\s*\{([^}]*)\}", text)
    assert match, "no location for /mcp"
    assert re.search(r"\bproxy_buffering\s+off;", match.group(1))


# -- alert rules -----------------------------------------------------------------------------


def test_alert_rules_are_complete() -> None:
    rules = list(alert_rules())
    assert rules
    names = [rule["alert"] for rule in rules]
    assert len(names) == len(set(names)), "duplicate alert names"
    for rule in rules:
        assert rule.get("expr"), rule
        assert re.fullmatch(r"\d+[smh]", str(rule.get("for", ""))), f"{rule['alert']}: `for` missing or odd"
        assert rule.get("labels", {}).get("severity") in {"info", "warning", "critical"}, rule["alert"]
        assert rule.get("annotations", {}).get("summary"), rule["alert"]


def test_alert_rules_use_only_metrics_the_project_defines() -> None:
    exposed = exposed_metrics()
    used: set[str] = set()
    for rule in alert_rules():
        expr = rule["expr"]
        names = metric_names_in(expr)
        assert names, f"{rule['alert']}: no metric found in its expression"
        unknown = names - set(exposed)
        assert not unknown, f"{rule['alert']}: {sorted(unknown)} not defined in dsl2png/metrics.py"
        used |= names
        for metric, matchers in SELECTOR.findall(expr):
            if not metric:
                continue
            for label, _, _ in MATCHER.findall(matchers):
                assert label in exposed[metric], f"{rule['alert']}: {metric} has no label {label!r}"
    covered = {"dsl2png_renders_total", "dsl2png_queue_depth", "dsl2png_pool_pages",
               "dsl2png_projector_lag_events", "dsl2png_http_requests_total", "dsl2png_render_seconds_bucket"}  # fmt: skip
    assert covered <= used, f"alerts missing for {sorted(covered - used)}"


RUNBOOK = ROOT / "docs" / "runbook.md"


def runbook_anchors() -> set[str]:
    """The anchors of docs/runbook.md's headings, as GitHub makes them."""
    headings = re.findall(r"^#+ (.+)$", RUNBOOK.read_text(encoding="utf-8"), flags=re.MULTILINE)
    return {re.sub(r"[^a-z0-9 -]", "", heading.lower()).replace(" ", "-") for heading in headings}


def test_every_alert_links_to_a_section_of_the_runbook() -> None:
    anchors = runbook_anchors()
    for rule in alert_rules():
        url = rule["annotations"].get("runbook_url", "")
        page, _, anchor = url.partition("#")
        assert page.endswith("/runbook.md") and anchor in anchors, f"{rule['alert']}: runbook_url {url!r}"


def test_the_runbook_is_linked_from_the_readmes() -> None:
    assert "docs/runbook.md" in (ROOT / "README.md").read_text(encoding="utf-8")
    assert "../docs/runbook.md" in (DEPLOY / "README.md").read_text(encoding="utf-8")


def test_metric_name_extraction() -> None:
    expr = (
        'histogram_quantile(0.95, sum by (le) (rate(dsl2png_render_seconds_bucket{job="x"}[5m]))) > 2 '
        'and max(dsl2png_queue_depth) / clamp_min(sum(rate(foo_total{a=~"b|c"}[1m] offset 5m)), 1e-3) > 60'
    )
    assert metric_names_in(expr) == {"dsl2png_render_seconds_bucket", "dsl2png_queue_depth", "foo_total"}


# -- real linters, when this machine has them -------------------------------------------------


def run_tool(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(argv, capture_output=True, text=True, timeout=120, check=False)


def require(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        pytest.skip(f"{tool} is not installed")
    return path


def test_hadolint_accepts_the_dockerfile() -> None:
    result = run_tool(require("hadolint"), "--no-color", str(DOCKERFILE))
    assert result.returncode == 0, result.stdout + result.stderr


def test_promtool_checks_and_unit_tests_the_alert_rules() -> None:
    promtool = require("promtool")
    result = run_tool(promtool, "check", "rules", str(ALERTS_FILE))
    assert result.returncode == 0, result.stdout + result.stderr
    result = run_tool(promtool, "test", "rules", str(ALERT_TESTS_FILE))
    assert result.returncode == 0, result.stdout + result.stderr


def test_nginx_accepts_the_config(tmp_path: Path) -> None:
    nginx = require("nginx")
    mime_types = Path("/etc/nginx/mime.types")
    if not mime_types.is_file():
        pytest.skip("nginx has no /etc/nginx/mime.types here")
    # No Docker DNS here: point the upstream at loopback (`resolve` needs nginx 1.27.3+).
    text = NGINX_CONF.read_text(encoding="utf-8").replace(
        "server api:8000 resolve;", "server 127.0.0.1:8000;"
    )
    config = tmp_path / "nginx.conf"
    config.write_text(text, encoding="utf-8")
    result = run_tool(nginx, "-t", "-p", str(tmp_path), "-e", "stderr", "-c", str(config),
                      "-g", f"pid {tmp_path / 'nginx.pid'};")  # fmt: skip
    assert result.returncode == 0, result.stderr


def test_compose_matches_the_compose_spec() -> None:
    result = run_tool(
        require("check-jsonschema"), "--builtin-schema", "vendor.compose-spec", str(COMPOSE_FILE)
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_k8s_manifests_match_the_kubernetes_schemas() -> None:
    files = [str(path) for path in K8S_FILES]
    result = run_tool(require("kubernetes-validate"), "--strict", "--quiet", *files)
    assert result.returncode == 0, result.stdout + result.stderr

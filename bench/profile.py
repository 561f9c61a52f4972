"""Profiles with py-spy (a sampling profiler that attaches to a running process).

``python -m bench.profile stages [--pages N] [--seconds S] [--out DIR]``
    records the stages handling the generated corpus in a loop, then summarises.
``python -m bench.profile summary FILE [--top N]``
    summarises a collapsed-stack file, e.g. the worker's from ``pagewire bench --profile DIR``.

The summary lists functions by own time (where the CPU is) and by inclusive time
(what is in the way), and time per source file.
"""

import argparse
import re
import shutil
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from bench.corpus import generate
from bench.stages import handle, one_core
from streams.pipeline import warm_up

# Where a worker's time goes: the first marker found anywhere in a stack names its phase.
PHASES: tuple[tuple[str, str], ...] = (
    ("stages (process_page)", "process_page ("),
    ("ingest + encode (route_page)", "route_page ("),
    ("delivery: sends and acks (streams/delivery.py)", "streams/delivery.py"),
    ("aiokafka producer", "aiokafka/producer/"),
    ("aiokafka consumer", "aiokafka/consumer/"),
    ("faust", "faust/"),
    ("mode", "mode/"),
)

# Leaf frames where a thread is waiting, not working (py-spy does not always tell them apart).
IDLE_LEAVES = ("EpollSelector.select (selectors.py)", "select (selectors.py)")
FRAME = re.compile(r"^(?P<func>.*?) \((?P<file>[^()]*?)(?::(?P<line>\d+))?\)$")


@dataclass(frozen=True, slots=True)
class Summary:
    samples: int  # busy samples only
    idle: int
    own: Counter[str]
    inclusive: Counter[str]
    files: Counter[str]
    packages: Counter[str]
    lines: Counter[str]
    phases: Counter[str]

    def render(self, top: int = 25) -> str:
        lines = [f"{self.samples:,} busy samples (and {self.idle:,} waiting in select, left out)"]
        for title, counter in (
            ("by phase (first match: stages, route_page, delivery, aiokafka, faust)", self.phases),
            ("own time (the CPU is here)", self.own),
            ("own time by line", self.lines),
            ("inclusive time (in the way)", self.inclusive),
            ("own time by file", self.files),
            ("own time by package", self.packages),
        ):
            lines.append(f"\n{title}:")
            for name, count in counter.most_common(top):
                lines.append(f"  {count / max(self.samples, 1):6.1%}  {name}")
        return "\n".join(lines)


def _short(frame: str) -> tuple[str, str]:
    """'func (path/to/module.py:12)' → ('func (module.py)', 'site-packages/.../module.py')."""
    match = FRAME.match(frame.strip())
    if match is None:
        return frame, frame
    path = match["file"]
    for marker in ("site-packages/", "lib/python3.11/", "/work/main/"):
        if marker in path:
            path = path.split(marker, 1)[1]
    return f"{match['func']} ({path})", path


def _line(frame: str) -> str:
    """'func (path/to/module.py:12)' → 'module.py:12 func'."""
    match = FRAME.match(frame.strip())
    if match is None:
        return frame
    _, path = _short(frame)
    return f"{path}:{match['line'] or '?'} {match['func']}"


def _package(path: str) -> str:
    head, _, rest = path.partition("/")
    return head if rest else "(stdlib)" if path.endswith(".py") else path


def summarize(collapsed: str) -> Summary:
    own: Counter[str] = Counter()
    inclusive: Counter[str] = Counter()
    files: Counter[str] = Counter()
    packages: Counter[str] = Counter()
    lines: Counter[str] = Counter()
    phases: Counter[str] = Counter()
    samples = idle = 0
    for line in collapsed.splitlines():
        stack, _, count_text = line.rpartition(" ")
        if not stack or not count_text.isdigit():
            continue
        count = int(count_text)
        frames = [_short(frame) for frame in stack.split(";") if "(" in frame]
        if not frames:
            continue
        if frames[-1][0] in IDLE_LEAVES:
            idle += count
            continue
        samples += count
        own[frames[-1][0]] += count
        files[frames[-1][1]] += count
        packages[_package(frames[-1][1])] += count
        lines[_line(stack.rsplit(";", 1)[-1])] += count
        phases[next((name for name, mark in PHASES if mark in stack), "other")] += count
        for name in {name for name, _ in frames}:
            inclusive[name] += count
    return Summary(samples, idle, own, inclusive, files, packages, lines, phases)


def py_spy() -> str:
    return shutil.which("py-spy") or str(Path(sys.executable).parent / "py-spy")


def loop(pages: int, seconds: float, seed: int) -> None:
    """The profiled process: warm up, say "ready", run the stages for ``seconds``."""
    values = [page.envelope() for page in generate(pages, seed)]
    warm_up()
    handle(values[0])
    print("ready", flush=True)
    deadline = time.monotonic() + seconds
    with one_core():
        while time.monotonic() < deadline:
            for value in values:
                try:
                    handle(value)
                except Exception as exc:
                    print(f"page failed: {type(exc).__name__}: {exc}", file=sys.stderr)


def profile_stages(pages: int, seconds: float, seed: int, output: Path) -> None:
    """Start the loop, attach py-spy once it is warm (start-up and model loading left out)."""
    cmd = [sys.executable, "-m", "bench.profile", "loop", "--pages", str(pages)]
    cmd += ["--seconds", str(seconds + 2), "--seed", str(seed)]
    with subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True) as target:
        assert target.stdout is not None
        if target.stdout.readline().strip() != "ready":
            raise RuntimeError("the profiled loop did not start")
        record = [py_spy(), "record", "--pid", str(target.pid), "--rate", "250"]
        record += ["--format", "raw", "--duration", str(int(seconds)), "--output", str(output)]
        subprocess.run([*record, "--nonblocking"], check=True)
        target.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    stages = sub.add_parser("stages", help="profile the stages on the generated corpus")
    stages.add_argument("--pages", type=int, default=300)
    stages.add_argument("--seconds", type=float, default=15.0)
    stages.add_argument("--seed", type=int, default=0)
    stages.add_argument("--out", type=Path, default=Path(".cache/bench/profile"))
    stages.add_argument("--top", type=int, default=25)
    inner = sub.add_parser("loop", help=argparse.SUPPRESS)
    inner.add_argument("--pages", type=int, default=300)
    inner.add_argument("--seconds", type=float, default=15.0)
    inner.add_argument("--seed", type=int, default=0)
    summary = sub.add_parser("summary", help="summarise a collapsed-stack file")
    summary.add_argument("file", type=Path)
    summary.add_argument("--top", type=int, default=25)
    args = parser.parse_args()

    if args.command == "loop":
        loop(args.pages, args.seconds, args.seed)
    elif args.command == "summary":
        print(summarize(args.file.read_text()).render(args.top))
    else:
        args.out.mkdir(parents=True, exist_ok=True)
        output = args.out / "stages.collapsed"
        profile_stages(args.pages, args.seconds, args.seed, output)
        print(summarize(output.read_text()).render(args.top))


if __name__ == "__main__":
    main()

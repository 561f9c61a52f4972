"""``make compiled-check``: the mypyc-compiled build gives byte-identical output.

Builds the compiled wheel (``PAGEWIRE_COMPILE=1 pip wheel``) from a copy of the
work tree (tracked and untracked, not ignored, files: the same sources the
editable ``.venv`` runs) into a temporary venv with the pinned dependencies,
checks that the modules listed under ``[tool.pagewire.mypyc]`` in pyproject.toml
are really compiled there (their ``__file__`` is a ``.so``), then runs the same
commands under both installs and compares stdout, stderr and exit codes byte
for byte. The pure side is the project's ``.venv`` run on the same copy
(``PYTHONPATH``), so edits made to the work tree meanwhile change neither side:

- ``pagewire process --jsonl``: every page of tests/pages as its envelope (the
  page corpus scorer's envelope), and tests/fixtures/seed-page.txt as text;
- ``pagewire tag --jsonl``: Reuters-21578 dev bodies and CoNLL-2003 dev documents
  (dev splits only) from ../shared/eval beside the repository, like ``make eval``
  (or ``PAGEWIRE_EVAL_DIR``);
- ``pagewire eval reuters|conll --split dev``: the same scores, and each build's
  tagger words/s printed side by side.

Run it with the project venv: ``.venv/bin/python scripts/compiled_check.py``.
Exits 1 on any difference; ``--keep`` leaves the temporary folder for a look.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import orjson
from compiled_build import ROOT, build_wheel, copy_sources, module_files, not_compiled

from streams.evaluation.pages import load_corpus
from streams.evaluation.tags import read_conll, read_reuters

PURE = ROOT / ".venv" / "bin"
SEED_FETCHED_AT = "2025-06-02T08:00:00Z"


@dataclass
class Run:
    name: str
    args: list[str]


def log(message: str) -> None:
    print(f"compiled-check: {message}", flush=True)


def build(tmp: Path) -> Path:
    """The compiled install's bin folder."""
    src, wheels, venv = tmp / "src", tmp / "wheels", tmp / "venv"
    copy_sources(src)
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    wheel = build_wheel(src, wheels, python, "compiled-check")
    started = time.monotonic()
    subprocess.run([str(python), "-m", "pip", "--quiet", "install", str(wheel)], check=True)
    log(f"installed it with the pinned dependencies in {time.monotonic() - started:.0f} s")
    return venv / "bin"


def environment(side: str, tmp: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    if side == "pure":
        env["PYTHONPATH"] = str(tmp / "src")
    return env


def check_modules(compiled: Path, tmp: Path) -> int:
    # Run in tmp, not the repository: its streams/ must not be importable by accident.
    files = module_files(compiled / "python", environment("compiled", tmp), tmp)
    plain = not_compiled(files, tmp / "venv")
    for name in plain:
        log(f"FAIL compiled install: {name} is not compiled: {files[name]}")
    failures = len(plain)
    for name, path in module_files(PURE / "python", environment("pure", tmp), tmp).items():
        if not (path.endswith(".py") and path.startswith(str(tmp / "src"))):
            log(f"FAIL pure side: {name} is not the copied source: {path}")
            failures += 1
    log(f"{len(files)} listed modules: compiled .so files vs the same .py sources")
    return failures


def write_inputs(tmp: Path, eval_dir: Path, reuters_every: int, conll_every: int) -> list[Run]:
    pages = tmp / "pages.jsonl"
    corpus = load_corpus(tmp / "src" / "tests" / "pages")
    with pages.open("wb") as out:
        for page in corpus:
            out.write(page.envelope().model_dump_json(exclude_none=True).encode() + b"\n")
    reuters = read_reuters(eval_dir / "reuters21578" / "dev.jsonl")[::reuters_every]
    conll = read_conll(eval_dir / "conll2003" / "dev.jsonl")[::conll_every]
    (tmp / "reuters.jsonl").write_bytes(
        b"".join(orjson.dumps({"id": r.newid, "text": r.body}) + b"\n" for r in reuters)
    )
    (tmp / "conll.jsonl").write_bytes(
        b"".join(orjson.dumps({"id": d.doc, "text": d.text}) + b"\n" for d in conll)
    )
    seed = str(tmp / "src" / "tests" / "fixtures" / "seed-page.txt")
    return [
        Run(f"process: {len(corpus)} pages of tests/pages", ["process", "--jsonl", str(pages)]),
        Run("process: seed-page.txt", ["process", "--fetched-at", SEED_FETCHED_AT, seed]),
        Run(
            f"tag: {len(reuters)} Reuters dev bodies",
            ["tag", "--jsonl", str(tmp / "reuters.jsonl")],
        ),
        Run(f"tag: {len(conll)} CoNLL dev documents", ["tag", "--jsonl", str(tmp / "conll.jsonl")]),
    ]


def first_difference(a: bytes, b: bytes) -> str:
    for number, (x, y) in enumerate(zip(a.splitlines(), b.splitlines(), strict=False), 1):
        if x != y:
            return f"line {number}:\n  pure:     {x[:300]!r}\n  compiled: {y[:300]!r}"
    return f"lengths differ: {len(a.splitlines())} vs {len(b.splitlines())} lines"


def compare(run: Run, compiled: Path, tmp: Path) -> bool:
    results = []
    for side, bin_dir in (("pure", PURE), ("compiled", compiled)):
        started = time.monotonic()
        done = subprocess.run(
            [str(bin_dir / "pagewire"), *run.args],
            check=False,  # the exit codes are compared
            cwd=tmp,
            env=environment(side, tmp),
            capture_output=True,
        )
        results.append((done, time.monotonic() - started))
    (pure, pure_s), (comp, comp_s) = results
    same = (pure.stdout, pure.stderr, pure.returncode) == (
        comp.stdout,
        comp.stderr,
        comp.returncode,
    )
    lines = len(pure.stdout.splitlines())
    timing = f"pure {pure_s:.1f} s, compiled {comp_s:.1f} s"
    log(f"{'ok  ' if same else 'FAIL'} {run.name}: {lines} lines, exit {pure.returncode}; {timing}")
    if not lines:
        log(f"FAIL {run.name}: no output to compare")
        return False
    if not same:
        if pure.returncode != comp.returncode:
            log(f"  exit codes differ: pure {pure.returncode}, compiled {comp.returncode}")
        if pure.stdout != comp.stdout:
            log(f"  stdout differs at {first_difference(pure.stdout, comp.stdout)}")
        if pure.stderr != comp.stderr:
            log(f"  stderr differs at {first_difference(pure.stderr, comp.stderr)}")
    return same


def tagger_speed(compiled: Path, tmp: Path, eval_dir: Path) -> int:
    """``pagewire eval reuters|conll --split dev`` on both sides: the same scores, and the
    tagger's words/s of each build side by side (printed, not judged: CI machines are noisy)."""
    failures = 0
    for corpus in ("reuters", "conll"):
        summaries = {}
        for side, bin_dir in (("pure", PURE), ("compiled", compiled)):
            done = subprocess.run(
                [
                    str(bin_dir / "pagewire"),
                    "eval",
                    corpus,
                    "--split",
                    "dev",
                    "--data",
                    str(eval_dir),
                ],
                check=False,
                cwd=tmp,
                env=environment(side, tmp),
                capture_output=True,
                text=True,
            )
            summaries[side] = (done.stdout.strip().splitlines() or [""])[-1]
            log(f"eval {corpus} dev, {side}: {summaries[side]}")
        scores = {side: re.sub(r" wps=\S+", "", line) for side, line in summaries.items()}
        if not scores["pure"] or scores["pure"] != scores["compiled"]:
            log(f"FAIL eval {corpus} dev: the scores differ between the builds")
            failures += 1
    return failures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--reuters-every", type=int, default=1, help="every Nth dev record")
    parser.add_argument("--conll-every", type=int, default=1, help="every Nth dev document")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args()
    eval_dir = Path(os.environ.get("PAGEWIRE_EVAL_DIR") or ROOT.parent / "shared" / "eval")
    if not (eval_dir / "reuters21578" / "dev.jsonl").is_file():
        sys.exit(f"compiled-check: no dev data in {eval_dir} (set PAGEWIRE_EVAL_DIR)")
    started = time.monotonic()
    tmp = Path(tempfile.mkdtemp(prefix="pagewire-compiled-check-"))
    try:
        compiled = build(tmp)
        failures = check_modules(compiled, tmp)
        runs = write_inputs(tmp, eval_dir, args.reuters_every, args.conll_every)
        failures += sum(not compare(run, compiled, tmp) for run in runs)
        failures += tagger_speed(compiled, tmp, eval_dir)
    finally:
        if args.keep:
            log(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    verdict = "FAILED" if failures else "passed: byte-identical"
    log(f"{verdict} ({time.monotonic() - started:.0f} s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

"""Builds the mypyc-compiled wheel from a copy of the work tree (shared by
``compiled_check.py`` and ``compiled_bench.py``).

The copy holds the tracked and untracked, not ignored, files: the sources the
editable ``.venv`` runs, so edits made meanwhile change neither side.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def compiled_modules() -> list[str]:
    """The modules listed under ``[tool.pagewire.mypyc]`` in pyproject.toml."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    modules: list[str] = config["tool"]["pagewire"]["mypyc"]["modules"]
    return modules


def copy_sources(dest: Path) -> None:
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        check=True,
        capture_output=True,
    ).stdout
    for name in filter(None, listed.decode().split("\0")):
        source = ROOT / name
        if source.is_file():  # a tracked file deleted in the work tree is skipped
            target = dest / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)


def build_wheel(src: Path, wheels: Path, python: Path, log: str) -> Path:
    """``PAGEWIRE_COMPILE=1 pip wheel`` of ``src`` with ``python``'s pip; exits if the
    wheel came out pure Python. ``log`` prefixes the progress lines."""
    started = time.monotonic()
    pip_wheel = [str(python), "-m", "pip", "--quiet", "wheel", "--no-deps"]
    subprocess.run(
        [*pip_wheel, "--wheel-dir", str(wheels), str(src)],
        check=True,
        env={**os.environ, "PAGEWIRE_COMPILE": "1"},
    )
    (wheel,) = wheels.glob("pagewire-*.whl")
    print(f"{log}: built {wheel.name} in {time.monotonic() - started:.0f} s", flush=True)
    if wheel.name.endswith("-none-any.whl"):
        sys.exit(f"{log}: {wheel.name} is a pure-Python wheel; nothing was compiled")
    return wheel


def module_files(python: Path, env: dict[str, str], cwd: Path) -> dict[str, str]:
    """Where ``python`` imports each listed module from, run in ``cwd`` with ``env``."""
    code = (
        "import importlib, sys\n"
        "for name in sys.argv[1:]:\n"
        "    print(name, importlib.import_module(name).__file__)\n"
    )
    out = subprocess.run(
        [str(python), "-c", code, *compiled_modules()],
        cwd=cwd,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return dict(line.split(" ", 1) for line in out.splitlines())


def not_compiled(files: dict[str, str], root: Path) -> list[str]:
    """The modules of ``module_files`` that are not a ``.so`` below ``root``."""
    return [
        name
        for name, path in files.items()
        if not (path.endswith(".so") and path.startswith(str(root)))
    ]

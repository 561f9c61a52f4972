"""``make bench-compiled``: ``pagewire bench`` on the mypyc-compiled stages (what the
Dockerfile ships), in the same way as ``make bench`` runs the pure-Python ones.

Copies the work tree to ``.cache/compiled-bench/src``, builds the compiled wheel
from it, and puts the wheel's extension modules beside the copied sources (Python
imports a ``.so`` before a ``.py`` of the same name in one folder). The bench then
runs from the copy with the project's ``.venv`` and ``PYTHONPATH`` on the copy, so
the stages, the worker subprocesses and the passthrough all load the compiled
modules; every listed module is checked to be a ``.so`` first. The broker and its
download stay in the checkout's ``.cache``. Arguments go to ``pagewire bench``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

from compiled_build import ROOT, build_wheel, copy_sources, module_files, not_compiled

WORK = ROOT / ".cache" / "compiled-bench"
VENV_BIN = ROOT / ".venv" / "bin"
LOG = "bench-compiled"


def install_extensions(wheel: Path, src: Path) -> None:
    """The wheel's extension modules, beside the copied sources."""
    with zipfile.ZipFile(wheel) as archive:
        for name in archive.namelist():
            if name.endswith(".so"):
                archive.extract(name, src)


def check_compiled(env: dict[str, str], src: Path) -> None:
    files = module_files(VENV_BIN / "python", env, src)
    plain = not_compiled(files, src)
    if plain:
        sys.exit(f"{LOG}: not compiled: {', '.join(files[name] for name in plain)}")
    print(f"{LOG}: {len(files)} listed modules load as compiled .so files", flush=True)


def main() -> int:
    shutil.rmtree(WORK, ignore_errors=True)
    src = WORK / "src"
    copy_sources(src)
    install_extensions(build_wheel(src, WORK / "wheels", VENV_BIN / "python", LOG), src)
    env = {
        **{k: v for k, v in os.environ.items() if k != "PYTHONHOME"},
        "PYTHONPATH": str(src),
        "PAGEWIRE_CACHE_DIR": str(ROOT / ".cache"),
    }
    check_compiled(env, src)
    return subprocess.run(
        [str(VENV_BIN / "pagewire"), "bench", *sys.argv[1:]], cwd=src, env=env, check=False
    ).returncode


if __name__ == "__main__":
    sys.exit(main())

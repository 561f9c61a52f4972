"""Compiles the pure stage modules with mypyc when PAGEWIRE_COMPILE=1 (opt-in).

pyproject.toml holds all the metadata and, under [tool.pagewire.mypyc], the list
of modules to compile; buildconf/pagewire_build.py (the build backend) supplies
the pinned mypy and never compiles an editable install. Without the variable
this is a plain setuptools build. The compiled modules and the mypy cache go to
a temporary directory, never next to the sources; the generated C (setuptools
wants relative source paths) to build/mypyc/, which is git-ignored and removed
after the build.
"""

import os
import shutil
import sys
import tempfile
import tomllib
from pathlib import Path

from setuptools import setup

sys.path.insert(0, str(Path(__file__).resolve().parent / "buildconf"))
from pagewire_build import compiling


def compiled_modules() -> list[str]:
    config = tomllib.loads(Path("pyproject.toml").read_text("utf-8"))
    modules: list[str] = config["tool"]["pagewire"]["mypyc"]["modules"]
    return modules


if compiling():
    try:
        from mypyc.build import mypycify
    except ImportError:
        sys.exit(
            "PAGEWIRE_COMPILE=1 needs mypy (mypyc) in the build environment: build with "
            "pip's default build isolation (the backend adds the pinned mypy), not "
            "--no-build-isolation"
        )

    work = tempfile.mkdtemp(prefix="pagewire-mypyc-")
    c_sources = os.path.join("build", "mypyc")
    shutil.rmtree(c_sources, ignore_errors=True)
    try:
        paths = [module.replace(".", "/") + ".py" for module in compiled_modules()]
        setup(
            ext_modules=mypycify(
                ["--cache-dir", os.path.join(work, "mypy-cache"), *paths],
                target_dir=c_sources,
                opt_level="3",
            ),
            options={"build": {"build_base": os.path.join(work, "build")}},
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)
        shutil.rmtree(c_sources, ignore_errors=True)
else:
    setup()

# The pagewire worker image (used by docker-compose.yml and deploy/).
# Stage 1 compiles the pure stage modules with mypyc (PAGEWIRE_COMPILE=1; the list
# is [tool.pagewire.mypyc] in pyproject.toml, checked by `make compiled-check`).
# The full image has the C compiler; the wheel's mypy comes pinned from pyproject.
FROM python:3.11 AS build

ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /src
COPY . .
RUN PAGEWIRE_COMPILE=1 pip wheel --no-deps --wheel-dir /wheels . \
    && python -c "import zipfile, glob; n = zipfile.ZipFile(glob.glob('/wheels/*.whl')[0]).namelist(); assert any(f.startswith('streams/scan.') and f.endswith('.so') for f in n), 'not compiled'"

# Stage 2: the runtime, same Python and Debian as stage 1, no compiler, no mypy.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1
WORKDIR /app
COPY --from=build /wheels /tmp/wheels
RUN pip install /tmp/wheels/*.whl && rm -rf /tmp/wheels \
    && useradd --uid 10001 --no-create-home pagewire

USER 10001
ENV PAGEWIRE_WEB_HOST=0.0.0.0 PAGEWIRE_WEB_PORT=6066
EXPOSE 6066
CMD ["pagewire", "worker"]

# The pagewire worker image (used by docker-compose.yml and deploy/).
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1
WORKDIR /app
COPY . .
RUN pip install . && useradd --uid 10001 --no-create-home pagewire

USER 10001
ENV PAGEWIRE_WEB_HOST=0.0.0.0 PAGEWIRE_WEB_PORT=6066
EXPOSE 6066
CMD ["pagewire", "worker"]

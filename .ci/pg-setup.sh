#!/usr/bin/env bash
# Install (if needed) and start a local PostgreSQL 15 + PostGIS, create the strikewatch test
# database and user, and print the DSN as an export line:
#   eval "$(.ci/pg-setup.sh)"   # sets STRIKEWATCH_TEST_PG for the PostgreSQL store tests
# Log lines go to stderr so that stdout is only the export line.
set -euo pipefail

PG_VERSION="${PG_VERSION:-15}"
DB="${STRIKEWATCH_PG_DB:-strikewatch_test}"
USER_NAME="${STRIKEWATCH_PG_USER:-strikewatch}"
PASSWORD="${STRIKEWATCH_PG_PASSWORD:-strikewatch}"
PORT="${STRIKEWATCH_PG_PORT:-5432}"

log() { echo "pg-setup: $*" >&2; }

if ! dpkg -s "postgresql-${PG_VERSION}" >/dev/null 2>&1 || ! dpkg -s "postgresql-${PG_VERSION}-postgis-3" >/dev/null 2>&1; then
  log "installing postgresql-${PG_VERSION} and postgis"
  apt-get update >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y "postgresql-${PG_VERSION}" "postgresql-${PG_VERSION}-postgis-3" >&2
fi

if ! pg_lsclusters -h | awk -v v="$PG_VERSION" '$1 == v && $2 == "main"' | grep -q .; then
  log "creating cluster ${PG_VERSION}/main"
  pg_createcluster "$PG_VERSION" main --port "$PORT" >&2
fi
if ! pg_lsclusters -h | awk -v v="$PG_VERSION" '$1 == v && $2 == "main" && $4 == "online"' | grep -q .; then
  log "starting cluster ${PG_VERSION}/main"
  pg_ctlcluster "$PG_VERSION" main start >&2
fi

as_pg() { su postgres -c "$1" 2>/dev/null || runuser -u postgres -- sh -c "$1"; }
psql_pg() { as_pg "psql -v ON_ERROR_STOP=1 -qtA -p $PORT -c \"$1\""; }

if [ "$(psql_pg "SELECT 1 FROM pg_roles WHERE rolname = '${USER_NAME}'")" != "1" ]; then
  log "creating role ${USER_NAME}"
  psql_pg "CREATE ROLE ${USER_NAME} LOGIN PASSWORD '${PASSWORD}'" >&2
fi
if [ "$(psql_pg "SELECT 1 FROM pg_database WHERE datname = '${DB}'")" != "1" ]; then
  log "creating database ${DB}"
  psql_pg "CREATE DATABASE ${DB} OWNER ${USER_NAME}" >&2
fi
# PostGIS is optional for strikewatch (it adds a geometry column when present); create it as superuser.
as_pg "psql -qtA -p $PORT -d ${DB} -c 'CREATE EXTENSION IF NOT EXISTS postgis'" >&2 || log "postgis not available (optional)"

echo "export STRIKEWATCH_TEST_PG=postgresql://${USER_NAME}:${PASSWORD}@localhost:${PORT}/${DB}"

#!/usr/bin/env bash
# Install sitat with its test dependencies, start the services the tests need, run every test.
#   bash scripts/test.sh            # everything
#   bash scripts/test.sh tests/quotes -x   # extra arguments go to pytest
# Services: PostgreSQL (Debian's postgresql) for the archive tests, Chromium (Debian's chromium)
# for the browser tests, Java for Spark's local mode. As root they are installed with apt-get when
# missing; otherwise the tests that need them are skipped (under CI=true a missing service fails).
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive PIP_DISABLE_PIP_VERSION_CHECK=1

is_root() { [ "$(id -u)" = 0 ]; }

missing=()
command -v pg_ctlcluster >/dev/null 2>&1 || missing+=(postgresql)
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
command -v psql >/dev/null 2>&1 || missing+=(postgresql-client)
if [ ${#missing[@]} -gt 0 ]; then
  if is_root && command -v apt-get >/dev/null 2>&1; then
    echo "== installing ${missing[*]}"
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  elif [ "${CI:-}" = true ]; then
    echo "missing ${missing[*]} and cannot install them (not root)" >&2
    exit 1
  else
    echo "== note: ${missing[*]} missing; the tests that need them will be skipped"
  fi
fi

# PostgreSQL: start the Debian cluster and make a throw-away test database.
if command -v pg_ctlcluster >/dev/null 2>&1 && is_root; then
  cluster=$(pg_lsclusters -h 2>/dev/null | awk 'NR==1 {print $1" "$2}')
  if [ -z "$cluster" ]; then
    ver=$(ls /usr/lib/postgresql | sort -n | tail -1)
    pg_createcluster "$ver" main >/dev/null
    cluster="$ver main"
  fi
  pg_ctlcluster $cluster start 2>/dev/null || true
  for _ in $(seq 1 30); do
    su postgres -c "psql -qtAc 'select 1'" >/dev/null 2>&1 && break
    sleep 1
  done
  su postgres -c "psql -qtAc \"do \\\$\\\$ begin if not exists (select from pg_roles where rolname='sitat') then create role sitat login superuser password 'sitat'; end if; end \\\$\\\$;\"" >/dev/null
  su postgres -c "psql -qtAc \"select 1 from pg_database where datname='sitat_test'\"" | grep -q 1 \
    || su postgres -c "createdb -O sitat sitat_test"
  export SITAT_TEST_PG_URL="postgresql://sitat:sitat@127.0.0.1:5432/sitat_test"
fi
if [ "${CI:-}" = true ] && [ -z "${SITAT_TEST_PG_URL:-}" ]; then
  echo "PostgreSQL could not be started" >&2
  exit 1
fi

echo "== installing sitat with test dependencies"
python3 -m pip install -q -e '.[test]'

export SPARK_LOCAL_IP=127.0.0.1
if [ -x /usr/bin/chromium ]; then export SITAT_TEST_CHROMIUM=/usr/bin/chromium; fi
mkdir -p .ci/screenshots

echo "== ruff"
python3 -m ruff check src tests
echo "== pytest"
python3 -m pytest -q "$@"

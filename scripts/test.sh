#!/usr/bin/env bash
# The whole test suite: lint and type checks, unit tests, integration tests on real PostgreSQL,
# production builds (with the bundle budget), and browser tests in real Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
export NX_DAEMON=false NX_NO_CLOUD=true NX_SKIP_NX_CACHE=${NX_SKIP_NX_CACHE:-false}
run() { npx nx "$@" --outputStyle=static; }

bash scripts/ensure-chromium.sh
# Redis for the multi-instance live-notes tests (these machines run it on 127.0.0.1:6379; start it if not).
redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1 ||
  redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no
npx prettier --check . >/dev/null || { npx prettier --check . ; exit 1; }
# The scripts (benchmarks, seeders, audit-verify) are no Nx project: their own type check.
npx tsc -p scripts/tsconfig.json --noEmit
run run-many -t lint,typecheck,test
run run api:integration
run run-many -t build -p api web
# The builds just ran: not again as the browser tests' dependencies (they would without the Nx cache).
run run e2e:e2e --excludeTaskDependencies
echo "Tafel test suite: all stages passed"

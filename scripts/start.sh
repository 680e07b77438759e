#!/usr/bin/env bash
# Builds API and web, then serves both on http://localhost:3000.
# Without DATABASE_URL the API starts an embedded PostgreSQL with its data in .data/ (kept across restarts).
set -euo pipefail
cd "$(dirname "$0")/.."
export NX_DAEMON=false NX_NO_CLOUD=true
npx nx run-many -t build -p api web --outputStyle=static
exec node dist/apps/api/main.js

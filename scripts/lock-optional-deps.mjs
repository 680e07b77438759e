#!/usr/bin/env node
// npm 11's `npm ci` checks that every platform-specific optional dependency (rollup, sass-embedded,
// unrs-resolver, msgpackr-extract …) has a lockfile entry, but `npm install` on this machine leaves the
// entries of other platforms out (npm/cli#4828, #8320). This adds the missing entries from the registry
// metadata, so `npm ci` works on a fresh clone. Run after changing dependencies: node scripts/lock-optional-deps.mjs
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

function view(spec) {
  try {
    const meta = JSON.parse(
      execFileSync('npm', ['view', spec, '--json'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }),
    );
    return Array.isArray(meta) ? meta[meta.length - 1] : meta;
  } catch {
    return null;
  }
}

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const packages = lock.packages;
let added = 0;

for (const [path, entry] of Object.entries(packages)) {
  for (const [name, spec] of Object.entries(entry.optionalDependencies ?? {})) {
    const candidates = [`${path ? `${path}/` : ''}node_modules/${name}`, `node_modules/${name}`];
    if (candidates.some((c) => packages[c])) continue;
    // The registry mirror here lacks some versions of other platforms' packages: then take os/cpu
    // from the latest version, and leave out the integrity (npm never fetches another platform's package).
    const exact = view(`${name}@${spec}`);
    const info = exact ?? view(name);
    if (!info) throw new Error(`no registry metadata for ${name}`);
    packages[`node_modules/${name}`] = {
      version: exact ? info.version : spec,
      ...(exact ? { integrity: info.dist.integrity } : {}),
      ...(info.cpu ? { cpu: info.cpu } : {}),
      ...(info.os ? { os: info.os } : {}),
      ...(info.libc ? { libc: info.libc } : {}),
      ...(info.license ? { license: info.license } : {}),
      optional: true,
      ...(info.engines ? { engines: info.engines } : {}),
    };
    added++;
  }
}

const sorted = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
);
lock.packages = sorted;
writeFileSync('package-lock.json', JSON.stringify(lock, null, 2) + '\n');
console.log(`added ${added} optional platform entries`);

/**
 * Lighthouse (mobile profile) on the built app: the login page, a coordinator's page and the family's
 * page, each logged in through the API first (the session cookie goes along as a header), after one
 * unrecorded warm-up run per page. Starts the built app like the browser tests do (dist/, embedded
 * PostgreSQL with demo data) and Debian's Chromium. Also sums the initial JavaScript of the Dutch build (the scripts its index loads).
 *
 *   npm run bench:web                # after `npx nx run-many -t build -p api web`
 *   npm run bench:web -- --runs 3    # the median of three runs per page
 *   npm run bench:web -- --reports tmp/lighthouse   # also keep each run's Lighthouse report (JSON) and trace
 *   npm run bench:web -- --throttling devtools      # slow 4G and a 4× slower CPU applied while loading,
 *                                                   # instead of estimated from an unthrottled load
 *
 * The targets are judged with Lighthouse's default, `simulate` (its Lantern estimate, as PageSpeed Insights
 * reports it). `devtools` is a second view: Chromium itself throttles the network (Lighthouse's setting
 * for it: 562.5 ms latency a request, 1.4 Mbit/s down) and the CPU (4×), and the metrics are what it
 * observed — a phone's slow load replayed.
 *
 * A run Lighthouse could not measure (its `runtimeError`, e.g. NO_NAVSTART: the trace lost the navigation)
 * is run again, at most MAX_RETRIES times per page, and a line below the table says how many were.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { totpCode } from '@tafel/api/testing';
import { COMPILE_HINT } from '../../apps/api/src/common/http/hashed-assets';
import { ROOT, startTafel, waitUntilUp } from '../../e2e/support/tafel-process';

const DEMO_PASSWORD = 'tafel-demo-2026';
const DEMO_TOTP_SECRET = 'KRQWMZLMFVSGK3LPFUZDAMRWEE';
const TARGETS = { score: 95, lcpMs: 1500, tbtMs: 100, cls: 0.05, initialJsKb: 350 };
const MAX_RETRIES = 3;

interface PageSpec {
  label: string;
  path: string;
  /** Who is logged in (null: nobody), and whether they give a TOTP code. */
  login: { email: string; totp: boolean } | null;
}

const PAGES: PageSpec[] = [
  { label: 'login', path: '/login', login: null },
  {
    label: 'coordinator: case list',
    path: '/gezinnen',
    login: { email: 'regievoerder.hengelo@tafel.example', totp: true },
  },
  { label: 'family: Mijn gezin', path: '/mijn-gezin', login: { email: 'vader@tafel.example', totp: false } },
];

type Throttling = 'simulate' | 'devtools';

interface Result {
  score: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
}

// Lighthouse and chrome-launcher are ES modules; a real dynamic import (not compiled to require).
const importEsm = new Function('specifier', 'return import(specifier)') as <T>(s: string) => Promise<T>;

async function sessionCookie(base: string, who: NonNullable<PageSpec['login']>): Promise<string> {
  const login = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base },
    body: JSON.stringify({ email: who.email, password: DEMO_PASSWORD }),
  });
  let cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
  if (!login.ok) throw new Error(`login ${who.email}: ${login.status}`);
  if (who.totp) {
    const verify = await fetch(`${base}/api/v1/auth/totp/verify`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: base, cookie },
      body: JSON.stringify({ code: totpCode(DEMO_TOTP_SECRET) }),
    });
    if (!verify.ok) throw new Error(`TOTP ${who.email}: ${verify.status}`);
    cookie = (verify.headers.get('set-cookie') ?? '').split(';')[0];
  }
  return cookie;
}

async function audit(
  url: string,
  cookie: string | null,
  port: number,
  report: string | null,
  throttlingMethod: Throttling,
): Promise<Result | { runtimeError: string }> {
  const { default: lighthouse } = await importEsm<{
    default: (
      u: string,
      flags: object,
    ) => Promise<{ lhr: LighthouseResult; report: string; artifacts: { Trace: unknown } }>;
  }>('lighthouse');
  const {
    lhr,
    report: json,
    artifacts,
  } = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance'],
    throttlingMethod,
    ...(cookie ? { extraHeaders: { Cookie: cookie } } : {}),
  });
  if (lhr.runtimeError) return { runtimeError: lhr.runtimeError.code };
  if (report) {
    writeFileSync(report, json);
    // The main thread's tasks and what is in them (Chromium's trace format, for a trace viewer or a script).
    writeFileSync(report.replace(/\.json$/, '.trace.json'), JSON.stringify(artifacts.Trace));
  }
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  return {
    score: Math.round((lhr.categories.performance.score ?? 0) * 100),
    lcpMs: numeric('largest-contentful-paint'),
    tbtMs: numeric('total-blocking-time'),
    cls: numeric('cumulative-layout-shift'),
  };
}

interface LighthouseResult {
  runtimeError?: { code: string };
  categories: { performance: { score: number | null } };
  audits: Record<string, { numericValue?: number }>;
}

/**
 * The scripts the app's index (index.csr.html; a prerendered page loads the same) loads at once: module
 * scripts and their modulepreloads, raw and gzipped, as the server sends them (with the compile hint).
 */
function initialJs(): { raw: number; gzip: number; files: string[] } {
  const dir = join(ROOT, 'dist/apps/web/browser');
  const html = readFileSync(join(dir, 'index.csr.html'), 'utf8');
  const files = [
    ...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g),
  ].map((m) => m[1]);
  const unique = [...new Set(files)];
  let raw = 0;
  let gzip = 0;
  for (const file of unique) {
    const sent = Buffer.concat([Buffer.from(COMPILE_HINT), readFileSync(join(dir, file))]);
    raw += sent.length;
    gzip += gzipSync(sent).length;
  }
  return { raw, gzip, files: unique };
}

/** The median of the runs that measured the figure (a run without an LCP event gives NaN). */
const median = (values: number[]) => {
  const measured = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  return measured.length ? measured[Math.floor(measured.length / 2)] : NaN;
};

async function main(): Promise<void> {
  const runsArg = process.argv.indexOf('--runs');
  const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 1;
  const reportsArg = process.argv.indexOf('--reports');
  const reports = reportsArg > 0 ? process.argv[reportsArg + 1] : null;
  const throttlingArg = process.argv.indexOf('--throttling');
  const throttling = (throttlingArg > 0 ? process.argv[throttlingArg + 1] : 'simulate') as Throttling;
  if (throttling !== 'simulate' && throttling !== 'devtools')
    throw new Error('--throttling simulate|devtools');
  if (reports) mkdirSync(reports, { recursive: true });
  const js = initialJs();
  const { process: tafel, exited } = await startTafel();
  const chromeLauncher = await importEsm<typeof import('chrome-launcher')>('chrome-launcher');
  const chrome = await chromeLauncher.launch({
    chromePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  });
  const load = loadavg();
  try {
    await waitUntilUp(tafel, exited);
    // One login per page: a TOTP code works once, so the runs of a page share the session.
    const cookies: (string | null)[] = [];
    for (const spec of PAGES) cookies.push(spec.login ? await sessionCookie(tafel.url, spec.login) : null);
    // One unrecorded run per page first: a server in use has its code compiled, its database warm and
    // its scripts compressed at brotli's highest quality (done in the background after the first ask).
    for (const [i, spec] of PAGES.entries())
      await audit(`${tafel.url}${spec.path}`, cookies[i], chrome.port, null, throttling);
    const rows: string[] = [];
    const notes: string[] = [];
    for (const [p, spec] of PAGES.entries()) {
      const results: Result[] = [];
      const repeated: string[] = [];
      const cookie = cookies[p];
      while (results.length < runs) {
        const report = reports ? join(reports, `${spec.path.slice(1)}-${results.length + 1}.json`) : null;
        const result = await audit(`${tafel.url}${spec.path}`, cookie, chrome.port, report, throttling);
        if (!('runtimeError' in result)) results.push(result);
        else if (repeated.push(result.runtimeError) > MAX_RETRIES)
          throw new Error(`${spec.path}: Lighthouse measured nothing (${repeated.join(', ')})`);
      }
      const r: Result = {
        score: median(results.map((x) => x.score)),
        lcpMs: median(results.map((x) => x.lcpMs)),
        tbtMs: median(results.map((x) => x.tbtMs)),
        cls: median(results.map((x) => x.cls)),
      };
      const mark = (ok: boolean) => (ok ? '' : ' ✗');
      rows.push(
        `| ${spec.label} (\`${spec.path}\`) | ${r.score}${mark(r.score >= TARGETS.score)} | ` +
          `${(r.lcpMs / 1000).toFixed(2)} s${mark(r.lcpMs <= TARGETS.lcpMs)} | ` +
          `${Math.round(r.tbtMs)} ms${mark(r.tbtMs <= TARGETS.tbtMs)} | ${r.cls.toFixed(3)}${mark(r.cls <= TARGETS.cls)} |`,
      );
      if (repeated.length)
        notes.push(`${spec.path}: ${repeated.length} run(s) repeated (${repeated.join(', ')})`);
    }
    const kb = (bytes: number) => (bytes / 1024).toFixed(1);
    console.log(
      `Machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}; ` +
        `load average at start ${load.map((l) => l.toFixed(1)).join(' / ')}; ${runs} run(s) per page (median); throttling: ${throttling}\n`,
    );
    console.log('| page | score | LCP | TBT | CLS |\n| --- | --- | --- | --- | --- |');
    console.log(rows.join('\n'));
    if (notes.length) console.log(`\n${notes.join('\n')}`);
    console.log(
      `\nInitial JavaScript (nl build, ${js.files.length} files): ${kb(js.raw)} kB raw, ${kb(js.gzip)} kB gzip ` +
        `(target ≤ ${TARGETS.initialJsKb} kB raw${js.raw / 1024 <= TARGETS.initialJsKb ? '' : ' ✗'})`,
    );
  } finally {
    chrome.kill();
    await tafel.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

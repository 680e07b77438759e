import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { Browser, Page, chromium } from 'playwright-core';
import { UnusedTotpCodes } from '@tafel/api/testing';
import { workerTafel } from './worker-tafel';

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Debian's Chromium, never a downloaded browser. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
}

/** A phone-sized Dutch browser context (the families' and coordinators' phone checks). */
export const PHONE = {
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
  locale: 'nl-NL',
};

export function baseUrl(): string {
  return workerTafel().baseUrl;
}

/**
 * How far the page reaches beyond the screen sideways (≤ 0: not at all). Measured against the screen,
 * not `innerWidth`: an emulated phone widens its layout viewport to content that overflows.
 */
export function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - screen.width);
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core in the page against WCAG 2.1 A and AA; returns the violations in a readable form. */
export async function wcagViolations(page: Page): Promise<string[]> {
  // Axe judges a settled page: contrast is only meaningful once opening transitions (dialogs, menus,
  // snack bars) have finished, and a snack bar keeps its content aria-hidden for its first 150 ms,
  // until it has moved it into its live region for screen readers.
  await page.waitForFunction(
    () =>
      document.getAnimations().every((a) => a.playState !== 'running' && !a.pending) &&
      !document.querySelector('.mat-mdc-snack-bar-label > [aria-hidden="true"]'),
  );
  // Evaluated through the DevTools protocol: the app's strict CSP (no inline script) stays in force.
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: Document, opts: object) => Promise<{ violations: unknown[] }> };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations as AxeViolation[];
  });
  return violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/** The demo professionals' TOTP secret, as printed at start and written in the README. */
export const DEMO_TOTP_SECRET = 'KRQWMZLMFVSGK3LPFUZDAMRWEE';

// Shared by the test files on one Tafel (each its own module registry), keyed by the app's address.
const totpCodes = new UnusedTotpCodes(join(tmpdir(), `tafel-e2e-totp-${new URL(baseUrl()).port}.json`));

/**
 * Logs in through the UI: password, then — for professionals — the TOTP code (each code works once).
 * With `here` it uses the login page already shown (which may carry the page to return to).
 */
export async function login(
  page: Page,
  email: string,
  password = 'tafel-demo-2026',
  { here = false } = {},
): Promise<void> {
  if (!here) await page.goto(`${baseUrl()}/login`);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  const code = page.getByLabel('Verificatiecode');
  const next = await Promise.race([
    code.waitFor().then(() => 'code' as const),
    page.waitForURL((u) => !u.pathname.endsWith('/login')).then(() => 'in' as const),
    page
      .getByRole('alert')
      .waitFor()
      .then(() => 'error' as const),
  ]);
  if (next !== 'code') return;
  await code.fill(await totpCodes.next(email, DEMO_TOTP_SECRET));
  await page.getByRole('button', { name: 'Bevestigen' }).click();
}

/**
 * Waits until the app has taken over a page the build prerendered (apps/web/src/app/app.routes.server.ts):
 * no form field the build rendered is left (Material marks those `mat-input-server`). What a visitor types
 * into those meanwhile is carried over (typed-input.ts, tested in prerender.e2e-spec.ts); a test of the
 * app's own behaviour types into the app's fields.
 */
export async function appTookOver(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('.mat-input-server') === null);
}

/**
 * Types a family name in the case list's search (opening the list first when the page is elsewhere,
 * e.g. on "Mijn gezinnen" after signing in) and waits until every row shown is that family.
 */
export async function searchFamily(page: Page, familyName: string): Promise<void> {
  if (new URL(page.url()).pathname !== '/gezinnen') await page.goto(`${baseUrl()}/gezinnen`);
  await appTookOver(page);
  await page.getByLabel('Zoeken').fill(familyName);
  await page.waitForFunction((name) => {
    const rows = Array.from(document.querySelectorAll('tr.mat-mdc-row'));
    return rows.length > 0 && rows.every((row) => row.textContent?.includes(name));
  }, familyName);
}

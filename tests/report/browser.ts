import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

/** The system Chromium (Debian's `chromium`; `.ci/install-chromium.sh` installs it), or `FAKTUM_CHROMIUM`. */
export const CHROMIUM = process.env.FAKTUM_CHROMIUM ?? '/usr/bin/chromium';

/** Why the browser tests cannot run here, or undefined. Logged by the tests that skip, never a silent pass. */
export function chromiumMissing(): string | undefined {
  return existsSync(CHROMIUM) ? undefined : `no Chromium at ${CHROMIUM}: run .ci/install-chromium.sh (as root) or set FAKTUM_CHROMIUM`;
}

/** Starts headless Chromium. */
export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
}

/** A page opened from disk, with every request that was not for a `file:` URL (blocked) and every error logged. */
export interface OpenedPage {
  page: Page;
  /** Requests to anything but `file:` URLs: blocked, and listed here so a test can require none. */
  network: string[];
  /** Console errors and uncaught exceptions. */
  errors: string[];
  /** Milliseconds from navigation to the `load` event. */
  loadMs: number;
}

/** Opens `url` in a fresh context of `browser`, blocking and recording any request off the file system. */
export async function openPage(browser: Browser, url: string, viewport = { width: 1300, height: 1000 }): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport });
  const network: string[] = [];
  const errors: string[] = [];
  await context.route('**/*', (route) => {
    const u = route.request().url();
    if (u.startsWith('file:')) return route.continue();
    network.push(u);
    return route.abort();
  });
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') errors.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  const started = performance.now();
  await page.goto(url, { waitUntil: 'load' });
  return { page, network, errors, loadMs: performance.now() - started };
}

/** Runs axe-core in the page; returns the violations of impact serious or critical as `rule: target` lines. */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  const { createRequire } = await import('node:module');
  await page.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') });
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: Array<{ id: string; impact?: string; nodes: Array<{ target: unknown }> }> }> } }).axe;
    return (await axe.run()).violations;
  });
  return result.filter((v) => v.impact === 'serious' || v.impact === 'critical').flatMap((v) => v.nodes.slice(0, 5).map((n) => `${v.id} (${v.impact}): ${JSON.stringify(n.target)}`));
}

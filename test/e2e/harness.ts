// Starts the real `proposta serve` in a child process and Debian's Chromium through playwright-core.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;
export const CHROMIUM = process.env.PROPOSTA_CHROMIUM ?? '/usr/bin/chromium';
export const ARTIFACTS = join(root, 'test/out');

export interface Served {
  readonly url: string;
  readonly workspace: string;
  readonly userData: string;
  /** Stops the server and removes its workspace and user-data folders. */
  stop(): Promise<void>;
}

/** `proposta serve --cartella <tmp>`; resolves with the URL it prints. */
export function serve(workspace = mkdtempSync(join(tmpdir(), 'proposta-e2e-'))): Promise<Served> {
  const userData = join(workspace, '..', `${workspace.split('/').pop()}-dati`);
  const child: ChildProcess = spawn(process.execPath, [join(root, 'bin/proposta.js'), 'serve', '--cartella', workspace, '--dati', userData], {
    cwd: root, stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+\/#token=[0-9a-f]+)/.exec(out);
      if (m?.[1]) resolve({ url: m[1], workspace, userData, stop });
    });
    const exited = new Promise<void>((done) => child.once('exit', () => done()));
    const stop = async () => {
      child.kill('SIGTERM');
      await exited;
      for (const d of [workspace, userData]) rmSync(d, { recursive: true, force: true });
    };
    child.once('exit', (code) => reject(new Error(`proposta serve è uscito (${code}): ${out}`)));
  });
}

export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium non trovato in ${CHROMIUM}: installa il pacchetto Debian «chromium» (lo fa .ci/run).`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--lang=it-IT', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/** A page that records console errors and CSP violations, so tests can require there were none. */
/** The usual municipal laptop screen: most tests run at this size. */
export const LAPTOP = { width: 1366, height: 768 } as const;

export async function newPage(browser: Browser, viewport: { width: number; height: number } = { width: 1280, height: 900 }): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport, locale: 'it-IT', timezoneId: 'Europe/Rome' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return { page, errors };
}

/** A screenshot in test/out/: the whole page, or (fullPage false) what the screen shows. */
export async function screenshot(page: Page, name: string, fullPage = true): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage });
}

/** One `proposta serve` and one Chromium for the tests of a file, started before them and stopped after. */
export function useServeAndBrowser(): { served: Served; browser: Browser } {
  const ctx = {} as { served: Served; browser: Browser };
  beforeAll(async () => {
    ctx.served = await serve();
    ctx.browser = await launch();
  }, 120_000);
  afterAll(async () => {
    await ctx.browser?.close();
    await ctx.served?.stop();
  });
  return ctx;
}

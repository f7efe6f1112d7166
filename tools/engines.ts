/**
 * The three engines trainees read with (issue 16), behind one small interface, so that the
 * same checks run in each. Which browser stands for each engine, in order:
 *
 *   Chromium: the one tests/e2e uses (tools/browser.ts), driven by Playwright.
 *   Firefox: FIREFOX_PATH when set (driven by puppeteer-core over WebDriver BiDi);
 *            else Playwright's own Firefox when `npx playwright install firefox` put it there;
 *            else Debian's `firefox-esr` (or a `firefox` on PATH), over WebDriver BiDi.
 *   WebKit:  Playwright's own WebKit when installed;
 *            else WebKitGTK's `WebKitWebDriver` (Debian `webkit2gtk-driver`) driving its
 *            MiniBrowser over W3C WebDriver (classic), in an X server: the one in DISPLAY, or
 *            an `Xvfb` this module starts (Debian `xvfb`).
 *
 * Playwright cannot drive Debian's browsers and cannot download its own here, hence the
 * standard protocols. `npm run test:setup` installs the Debian packages.
 *
 * Every driver gives the same small Session: open a page at a width, run a function of the
 * page's window in it, take a screenshot, report script errors. WebKitGTK's window is at
 * least about 450 px wide, so a narrower screen is a same-origin <iframe> of that width in
 * the window: the framed page's viewport (innerWidth, media queries, layout) is exactly that
 * of a screen that wide; what differs is that it is not the top-level page.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { delimiter, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export type EngineName = 'chromium' | 'firefox' | 'webkit';

export interface Session {
  engine: EngineName;
  /** Which browser and how it is driven, for test names and messages. */
  label: string;
  /** Opens `url` on a screen `width` CSS px wide and waits for its load event. */
  open(url: string, width: number, height?: number): Promise<void>;
  /** Calls `fn(window, arg)` in the page opened last (awaiting a promise); the result must be JSON. */
  run<A, R>(fn: (win: Window, arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** The visible part of the page, as PNG. */
  screenshot(path: string): Promise<void>;
  /** Uncaught script errors since the last open, where the protocol reports them; else []. */
  errors(): string[];
  close(): Promise<void>;
}

export interface EngineChoice {
  engine: EngineName;
  label: string;
  start(): Promise<Session>;
}

const onPath = (name: string) =>
  (process.env.PATH ?? '').split(delimiter).filter(Boolean).map((dir) => join(dir, name)).find((p) => existsSync(p));

// Any page function: serialised with toString() and called in the page.
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
const call = (fn: Function, arg: unknown) => `(${fn.toString()})`.concat(`(__win, ${JSON.stringify(arg ?? null)})`);

// --- Playwright's own Firefox and WebKit, where a machine has them ---

async function playwrightEngine(engine: EngineName): Promise<EngineChoice | undefined> {
  const pw = await import('@playwright/test');
  const type = pw[engine];
  // Chromium: the one tests/e2e uses (Playwright's own or the system one).
  const launchOptions = engine === 'chromium' ? (await import('./browser.ts')).resolveChromium().use : undefined;
  let path: string;
  try {
    path = launchOptions?.launchOptions.executablePath ?? type.executablePath();
  } catch {
    return undefined;
  }
  if (!existsSync(path)) return undefined;
  return {
    engine,
    label: `Playwright's ${engine}`,
    async start() {
      const browser = await type.launch(launchOptions ? { ...launchOptions.launchOptions, channel: launchOptions.channel } : {});
      const context = await browser.newContext({ locale: 'zh-CN' });
      const page = await context.newPage();
      let errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      return {
        engine,
        label: `${engine} ${browser.version()} (Playwright)`,
        async open(url, width, height = 800) {
          errors = [];
          await page.setViewportSize({ width, height });
          await page.goto(url);
        },
        run: (fn, arg) => page.evaluate(`(async (__win) => ${call(fn, arg)})(window)`),
        async screenshot(path) {
          await page.screenshot({ path });
        },
        errors: () => errors,
        close: () => browser.close(),
      };
    },
  };
}

// --- Firefox over WebDriver BiDi (puppeteer-core) ---

export function firefoxPath(): string | undefined {
  const env = process.env.FIREFOX_PATH;
  if (env) {
    if (!existsSync(env)) throw new Error(`FIREFOX_PATH=${env}: no such file`);
    return env;
  }
  return ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p) => existsSync(p)) ?? onPath('firefox-esr') ?? onPath('firefox');
}

function bidiFirefox(executablePath: string): EngineChoice {
  return {
    engine: 'firefox',
    label: `Firefox (${executablePath}, WebDriver BiDi)`,
    async start() {
      const { default: puppeteer } = await import('puppeteer-core');
      const browser = await puppeteer.launch({
        browser: 'firefox',
        executablePath,
        headless: true,
        extraPrefsFirefox: {
          // Phones draw scrollbars over the page; headless Firefox on Linux would take 12 px.
          'ui.useOverlayScrollbars': 1,
          'intl.accept_languages': 'zh-CN',
          // No network but the test's own server.
          'network.captive-portal-service.enabled': false,
          'browser.safebrowsing.update.enabled': false,
        },
      });
      const page = await browser.newPage();
      let errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e instanceof Error ? e.message : String(e)));
      return {
        engine: 'firefox',
        label: `Firefox ${(await browser.version()).replace(/^firefox\//, '')} (WebDriver BiDi)`,
        async open(url, width, height = 800) {
          errors = [];
          await page.setViewport({ width, height });
          await page.goto(url, { waitUntil: 'load' });
        },
        run: (fn, arg) => page.evaluate(`(async (__win) => ${call(fn, arg)})(window)`) as never,
        async screenshot(path) {
          await page.screenshot({ path: path as `${string}.png` });
        },
        errors: () => errors,
        close: () => browser.close(),
      };
    },
  };
}

// --- WebKitGTK over W3C WebDriver (classic) ---

export function webkitDriverPath(): string | undefined {
  return process.env.WEBKIT_WEBDRIVER_PATH ?? (existsSync('/usr/bin/WebKitWebDriver') ? '/usr/bin/WebKitWebDriver' : onPath('WebKitWebDriver'));
}

/** The MiniBrowser WebKitWebDriver drives (Debian puts it in libwebkit2gtk-4.1-0). */
export function miniBrowserPath(): string | undefined {
  const arch = process.arch === 'arm64' ? 'aarch64-linux-gnu' : 'x86_64-linux-gnu';
  return [process.env.WEBKIT_MINIBROWSER_PATH, `/usr/lib/${arch}/webkit2gtk-4.1/MiniBrowser`, `/usr/lib/${arch}/webkit2gtk-4.0/MiniBrowser`, '/usr/libexec/webkit2gtk-4.1/MiniBrowser', '/usr/libexec/webkit2gtk-4.0/MiniBrowser']
    .filter((p): p is string => !!p)
    .find((p) => existsSync(p));
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });

/** An X server for the MiniBrowser's window: DISPLAY's, or an Xvfb of our own. */
async function xServer(): Promise<{ display: string; stop(): void }> {
  if (process.env.DISPLAY) return { display: process.env.DISPLAY, stop() {} };
  const xvfb = onPath('Xvfb');
  if (!xvfb) throw new Error('WebKitGTK needs an X server: set DISPLAY, or install Xvfb (`apt-get install xvfb`; `npm run test:setup` does).');
  const proc = spawn(xvfb, ['-displayfd', '3', '-screen', '0', '1600x1200x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
  const display = await new Promise<string>((resolve, reject) => {
    let out = '';
    proc.stdio[3]!.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('\n')) resolve(`:${out.trim()}`);
    });
    proc.once('exit', (code) => reject(new Error(`Xvfb exited (${code})`)));
  });
  return { display, stop: () => proc.kill() };
}

function webdriverWebKit(driverPath: string, miniBrowser: string | undefined): EngineChoice {
  return {
    engine: 'webkit',
    label: `WebKitGTK (${driverPath}, WebDriver)`,
    async start() {
      const x = await xServer();
      const port = await freePort();
      let log = '';
      const driver: ChildProcess = spawn(driverPath, [`--port=${port}`, '--host=127.0.0.1'], {
        env: { ...process.env, DISPLAY: x.display },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      driver.stdout!.on('data', (d: Buffer) => (log += d));
      driver.stderr!.on('data', (d: Buffer) => (log += d));
      const root = `http://127.0.0.1:${port}`;
      const request = async (method: string, path: string, body?: unknown) => {
        const res = await fetch(`${root}${path}`, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
        const json = (await res.json()) as { value: unknown };
        const value = json.value as { error?: string; message?: string } | null;
        if (!res.ok || (value && typeof value === 'object' && 'error' in value && value.error)) {
          throw new Error(`WebDriver ${method} ${path}: ${value?.error} ${value?.message ?? ''}`);
        }
        return json.value;
      };
      const stop = () => {
        driver.kill();
        x.stop();
      };
      try {
        for (let i = 0; ; i++) {
          const ok = await fetch(`${root}/status`).then((r) => r.ok, () => false);
          if (ok) break;
          if (i > 100) throw new Error(`WebKitWebDriver did not start: ${log}`);
          await sleep(100);
        }
        const options = { args: ['--automation'], ...(miniBrowser ? { binary: miniBrowser } : {}) };
        const created = (await request('POST', '/session', { capabilities: { alwaysMatch: { 'webkitgtk:browserOptions': options } } })) as {
          sessionId: string;
          capabilities: { browserVersion: string };
        };
        const s = `/session/${created.sessionId}`;
        // The narrowest window the MiniBrowser allows.
        const rect = (await request('POST', `${s}/window/rect`, { width: 320, height: 800 })) as { width: number };
        const minWidth = rect.width;
        let framed = false;
        const exec = (script: string, args: unknown[] = []) => request('POST', `${s}/execute/sync`, { script, args });
        const target = () => (framed ? `document.getElementById('engine-frame').contentWindow` : 'window');
        return {
          engine: 'webkit',
          label: `WebKitGTK ${created.capabilities.browserVersion} (WebDriver; windows narrower than ${minWidth} px in a frame)`,
          async open(url, width, height = 800) {
            if (width >= minWidth) {
              framed = false;
              await request('POST', `${s}/window/rect`, { width, height });
              await request('POST', `${s}/url`, { url });
              return;
            }
            // A same-origin page to hold the frame: robots.txt is on every build (under the
            // site's base path, SITE_BASE as the build had it) and runs no script.
            framed = true;
            const base = `/${(process.env.SITE_BASE ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
            await request('POST', `${s}/window/rect`, { width: Math.max(minWidth, width + 40), height: height + 80 });
            await request('POST', `${s}/url`, { url: new URL(`${base}robots.txt`, url).href });
            await exec(
              `const [url, width, height] = arguments;
               document.documentElement.innerHTML = '<body style="margin:0"></body>';
               const f = document.createElement('iframe');
               f.id = 'engine-frame'; f.width = width; f.height = height; f.style.border = '0'; f.style.display = 'block';
               document.body.append(f);
               return new Promise((resolve) => { f.onload = () => resolve(true); f.src = url; });`,
              [url, width, height],
            );
          },
          run: (fn, arg) => exec(`return (async (__win) => ${call(fn, arg)})(${target()})`) as never,
          // The whole window: an element screenshot of the frame comes out shifted by the
          // height of MiniBrowser's toolbar. A framed page is the left part of the picture.
          async screenshot(path) {
            writeFileSync(path, Buffer.from((await request('GET', `${s}/screenshot`)) as string, 'base64'));
          },
          errors: () => [],
          async close() {
            await request('DELETE', s).catch(() => {});
            stop();
          },
        };
      } catch (e) {
        stop();
        throw e;
      }
    },
  };
}

/**
 * The engines to test: all three, unless ENGINES names some (`ENGINES=firefox,webkit`). A
 * missing engine is an error naming what to install, not a skip: `npm test` is meant to
 * prove all three.
 */
export async function resolveEngines(names = (process.env.ENGINES ?? 'chromium,firefox,webkit').split(',').filter(Boolean)): Promise<EngineChoice[]> {
  const out: EngineChoice[] = [];
  for (const name of names) {
    if (name === 'chromium') {
      const chromium = await playwrightEngine('chromium');
      if (!chromium) throw new Error('No Chromium for the engine tests: run `npm run test:setup`.');
      out.push(chromium);
    } else if (name === 'firefox') {
      const own = process.env.FIREFOX_PATH ? undefined : await playwrightEngine('firefox');
      const path = own ? undefined : firefoxPath();
      if (own) out.push(own);
      else if (path) out.push(bidiFirefox(path));
      else throw new Error('No Firefox for the engine tests: run `npm run test:setup` (Debian/Ubuntu: `apt-get install firefox-esr`), or set FIREFOX_PATH.');
    } else if (name === 'webkit') {
      const own = await playwrightEngine('webkit');
      const driver = own ? undefined : webkitDriverPath();
      if (own) out.push(own);
      else if (driver) out.push(webdriverWebKit(driver, miniBrowserPath()));
      else throw new Error('No WebKit for the engine tests: run `npm run test:setup` (Debian/Ubuntu: `apt-get install webkit2gtk-driver xvfb`), or `npx playwright install webkit`.');
    } else throw new Error(`ENGINES: unknown engine “${name}” (chromium, firefox, webkit)`);
  }
  return out;
}

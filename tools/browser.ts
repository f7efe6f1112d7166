/**
 * Which Chromium the end-to-end tests drive. In order:
 *   1. CHROMIUM_PATH, when set (it must exist: a typo should fail loudly, not be skipped);
 *   2. Playwright's own Chromium, when `npx playwright install chromium` has put it in place;
 *   3. a system Chromium: /usr/bin/chromium (Debian's `chromium`), or `chromium` /
 *      `chromium-browser` on PATH.
 * `npm run test:setup` makes sure one of them is there.
 */
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { chromium, type LaunchOptions } from '@playwright/test';

/**
 * Flags for a system Chromium on a machine whose network is closed: without the
 * background-networking ones it keeps trying (and failing) to reach Google's hosts.
 */
export const SYSTEM_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-sync',
];

export interface BrowserChoice {
  /** Where the browser came from, for messages. */
  source: 'CHROMIUM_PATH' | 'playwright' | 'system';
  executablePath: string;
  /** Goes into `use` of the Playwright config. */
  use: { channel?: string; launchOptions: LaunchOptions };
}

export interface Probe {
  env: Record<string, string | undefined>;
  exists: (path: string) => boolean;
  /** Path of Playwright's own Chromium (it may not be installed). */
  playwrightChromium: () => string;
}

const defaultProbe: Probe = {
  env: process.env,
  exists: existsSync,
  playwrightChromium: () => chromium.executablePath(),
};

export function resolveChromium(probe: Probe = defaultProbe): BrowserChoice {
  const system = (source: BrowserChoice['source'], executablePath: string): BrowserChoice => ({
    source,
    executablePath,
    use: { launchOptions: { executablePath, args: SYSTEM_CHROMIUM_ARGS } },
  });

  const fromEnv = probe.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!probe.exists(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv}: no such file`);
    return system('CHROMIUM_PATH', fromEnv);
  }

  const own = probe.playwrightChromium();
  // channel 'chromium' runs the full Chromium in new headless mode, so the separate
  // headless shell (`chromium-headless-shell`) is not needed.
  if (probe.exists(own)) return { source: 'playwright', executablePath: own, use: { channel: 'chromium', launchOptions: {} } };

  const onPath = (probe.env.PATH ?? '').split(delimiter).filter(Boolean);
  const candidates = ['/usr/bin/chromium', ...['chromium', 'chromium-browser'].flatMap((name) => onPath.map((dir) => join(dir, name)))];
  const found = candidates.find((path) => probe.exists(path));
  if (found) return system('system', found);

  throw new Error(
    'No Chromium for the end-to-end tests. Run `npm run test:setup`, or install one ' +
      '(`npx playwright install chromium`, or Debian/Ubuntu: `apt-get install chromium`), ' +
      'or point CHROMIUM_PATH at a Chromium executable.',
  );
}

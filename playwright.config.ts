/**
 * End-to-end tests against the built site (`npm run build` first; `npm test` does it),
 * served by `astro preview`. Chromium only; which Chromium is decided in
 * tools/browser.ts. Screenshots the tests take go to tests/screenshots/.
 */
import { availableParallelism } from 'node:os';
import { defineConfig, devices } from '@playwright/test';
import { resolveChromium } from './tools/browser.ts';
import { normaliseBase } from './src/lib/links/urls.ts';

const host = '127.0.0.1';
const port = Number(process.env.E2E_PORT ?? 4329);
// The same base path the site was built with (astro.config.mjs reads SITE_BASE too);
// astro preview serves the site under it.
const base = normaliseBase(process.env.SITE_BASE ?? '/');
const baseURL = `http://${host}:${port}${base}`;
const browser = resolveChromium();

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: Math.min(2, availableParallelism()),
  reporter: 'list',
  use: {
    baseURL,
    locale: 'zh-CN',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'], ...browser.use },
    },
  ],
  webServer: {
    // --ignore-lock: Astro 7 refuses to start a second preview of the same project (and,
    // when it thinks an agent runs it, backgrounds itself); the tests need their own.
    command: `npm run preview -- --port ${port} --host ${host} --ignore-lock`,
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});

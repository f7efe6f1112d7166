/** Which Chromium the end-to-end tests get (tools/browser.ts). */
import { describe, expect, it } from 'vitest';
import { resolveChromium, SYSTEM_CHROMIUM_ARGS, type Probe } from '../../../tools/browser.ts';

const OWN = '/home/u/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome';

function probe(files: string[], env: Record<string, string> = {}): Probe {
  return { env: { PATH: '/usr/local/bin:/snap/bin', ...env }, exists: (p) => files.includes(p), playwrightChromium: () => OWN };
}

describe('resolveChromium', () => {
  it("prefers Playwright's own Chromium, as the full browser in new headless mode", () => {
    const choice = resolveChromium(probe([OWN, '/usr/bin/chromium']));
    expect(choice.source).toBe('playwright');
    expect(choice.use).toEqual({ channel: 'chromium', launchOptions: {} });
  });

  it('falls back to Debian’s /usr/bin/chromium, with the closed-network flags', () => {
    const choice = resolveChromium(probe(['/usr/bin/chromium', '/usr/local/bin/chromium']));
    expect(choice).toMatchObject({ source: 'system', executablePath: '/usr/bin/chromium' });
    expect(choice.use.channel).toBeUndefined();
    expect(choice.use.launchOptions).toEqual({ executablePath: '/usr/bin/chromium', args: SYSTEM_CHROMIUM_ARGS });
    expect(SYSTEM_CHROMIUM_ARGS).toContain('--disable-background-networking');
  });

  it('then chromium, then chromium-browser, on PATH', () => {
    expect(resolveChromium(probe(['/snap/bin/chromium-browser', '/snap/bin/chromium'])).executablePath).toBe('/snap/bin/chromium');
    expect(resolveChromium(probe(['/snap/bin/chromium-browser'])).executablePath).toBe('/snap/bin/chromium-browser');
  });

  it('takes CHROMIUM_PATH over everything, and fails loudly when it points nowhere', () => {
    const env = { CHROMIUM_PATH: '/opt/chromium/chrome' };
    expect(resolveChromium(probe([OWN, '/opt/chromium/chrome'], env))).toMatchObject({ source: 'CHROMIUM_PATH', executablePath: '/opt/chromium/chrome' });
    expect(() => resolveChromium(probe([OWN], env))).toThrow('CHROMIUM_PATH=/opt/chromium/chrome');
  });

  it('says how to get a Chromium when there is none', () => {
    expect(() => resolveChromium(probe([]))).toThrow(/npm run test:setup/);
  });
});

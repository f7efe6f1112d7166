import { defineConfig } from 'vitest/config';

/**
 * The site in Firefox and WebKit (tests/engines, issue 16), over dist/ (run after
 * `npm run build`). One file, one engine after the other: they share one static server.
 */
export default defineConfig({
  test: { include: ['tests/engines/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000, fileParallelism: false },
});

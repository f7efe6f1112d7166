import { defineConfig } from 'vitest/config';

/** Tests over the built site in dist/ (run after `npm run build`). */
export default defineConfig({
  test: { include: ['tests/build/**/*.test.ts'], testTimeout: 120_000 },
});

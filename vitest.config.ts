import { defineConfig } from 'vitest/config';

/** Unit tests: pure logic under src/lib and src/plugins, no build needed. */
export default defineConfig({
  test: { include: ['tests/unit/**/*.test.ts'], testTimeout: 60_000 },
});

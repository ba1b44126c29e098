import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// The build lands where Quarkus serves static content from (console/target/classes/META-INF/resources).
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: '../../../target/classes/META-INF/resources',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    // Read by scripts/first-screen.mjs (then removed, never served): which chunks each screen needs.
    manifest: true,
  },
  server: {
    // `npm run dev` beside a running console (port 8080): API calls and sign-in go through it.
    proxy: { '/api': 'http://localhost:8080', '/bff': 'http://localhost:8080' },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/i18n/testWords.ts'],
  },
});

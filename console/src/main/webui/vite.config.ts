import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { firstScreens } from './src/logic/navigation.ts';

/** The screen module of a screen of logic/navigation.ts (src/screens/<Name>.tsx). */
const SCREEN_MODULES: Record<string, string> = { brand: 'BrandSetup', 'care-setup': 'CareSetup' };
const moduleOf = (screen: string) => SCREEN_MODULES[screen] ?? screen[0].toUpperCase() + screen.slice(1);

/** The namespaces a module's code asks for: useTranslation('ns') (none named: common) and { ns: 'ns' }. */
const namespacesIn = (code: string) => [
  ...[...code.matchAll(/useTranslation\(\s*(?:['"`]([a-z-]+)['"`])?\s*\)/g)].map((m) => m[1] ?? 'common'),
  ...[...code.matchAll(/\bns:\s*['"`]([a-z-]+)['"`]/g)].map((m) => m[1]),
];

/**
 * Writes, beside Vite's manifest, what scripts/first-screen.mjs measures with it: .vite/first-screens.json, the
 * screen modules users land on (each role's first screen, logic/navigation.ts), and .vite/namespaces.json, the words'
 * namespaces each chunk's modules ask for (which a language other than English fetches: i18n/bundles.ts).
 */
const firstScreenFacts = (): Plugin => ({
  name: 'parley-first-screen-facts',
  apply: 'build',
  generateBundle(_, bundle) {
    this.emitFile({ type: 'asset', fileName: '.vite/first-screens.json',
      source: JSON.stringify(firstScreens().map((s) => `src/screens/${moduleOf(s)}.tsx`)) });
    const namespaces: Record<string, string[]> = {};
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk') continue;
      const used = chunk.moduleIds.flatMap((id) => namespacesIn(this.getModuleInfo(id)?.code ?? ''));
      namespaces[chunk.fileName] = [...new Set(used)].sort();
    }
    this.emitFile({ type: 'asset', fileName: '.vite/namespaces.json', source: JSON.stringify(namespaces) });
  },
});

// The build lands where Quarkus serves static content from (console/target/classes/META-INF/resources).
export default defineConfig({
  plugins: [react(), firstScreenFacts()],
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
    // Every test file has the words of the four languages and what jsdom lacks for Mantine (src/testing).
    setupFiles: ['src/i18n/testWords.ts', 'src/testing/jsdomShims.ts'],
    // The logic's test files (*.test.ts) share one environment per worker: a new jsdom and the set-up per file were
    // most of the run (237 s for 447 tests on 2 cores). Such a file leaves nothing behind. The screens' files
    // (*.test.tsx) keep a fresh one each: shared, a screen once showed what an earlier file's requests answered.
    projects: [
      { extends: true, test: { name: 'logic', include: ['src/**/*.test.ts'], isolate: false } },
      { extends: true, test: { name: 'screens', include: ['src/**/*.test.tsx'] } },
    ],
  },
});

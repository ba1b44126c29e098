// Vitest set-up: what Mantine asks of a browser and jsdom lacks, defined once for every test file. Defined as plain
// properties, not with vi.stubGlobal, so a test's vi.unstubAllGlobals() (after stubbing fetch) never takes them away:
// the test files share one environment per worker (vite.config.ts), and a shim one file stubbed and the next
// unstubbed left a screen without its ResizeObserver.
const define = (target: object, name: string, value: unknown) =>
  Object.defineProperty(target, name, { configurable: true, writable: true, value });

// Mantine asks for media queries (colour scheme, breakpoints).
define(window, 'matchMedia', (query: string) => ({ matches: false, media: query, onchange: null,
  addListener: () => {}, removeListener: () => {}, addEventListener: () => {}, removeEventListener: () => {},
  dispatchEvent: () => false }));
// Mantine's scroll areas and dropdowns observe their size.
define(globalThis, 'ResizeObserver', class { observe() {} unobserve() {} disconnect() {} });
// Mantine's autosize text areas listen for web fonts; jsdom loads none.
define(document, 'fonts', { addEventListener: () => {}, removeEventListener: () => {}, ready: Promise.resolve() });
// jsdom does not scroll; Mantine's combobox scrolls the chosen option into view.
define(Element.prototype, 'scrollIntoView', () => {});

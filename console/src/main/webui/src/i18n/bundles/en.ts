// Every namespace of the console in English, in the first script (see ../bundles.ts).
import { byNamespace } from '../words';

export default byNamespace(import.meta.glob<Record<string, unknown>>('../locales/en/*.json', { eager: true, import: 'default' }));

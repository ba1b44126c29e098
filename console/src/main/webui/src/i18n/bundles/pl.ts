// Every namespace of the console in this language, as one chunk (see ../bundles.ts).
import { byNamespace } from '../words';

export default byNamespace(import.meta.glob<Record<string, unknown>>('../locales/pl/*.json', { eager: true, import: 'default' }));

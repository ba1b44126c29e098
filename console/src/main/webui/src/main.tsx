import '@mantine/core/styles.css';
import './console.css';
import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { Alert, type CSSVariablesResolver, MantineProvider, NavLink, createTheme } from '@mantine/core';
import { PageLoading } from './screens/shared/PageLoading';
import { languageReady } from './i18n/i18n';
import { App } from './App';
import { ReviewPage } from './screens/ReviewPage';

// System fonts cover Latin, Greek, Cyrillic; the emoji fonts come last so ❤ and 📦 render in colour.
const theme = createTheme({
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", "Liberation Sans", '
    + 'sans-serif, "Noto Color Emoji", "Apple Color Emoji", "Segoe UI Emoji"',
  primaryColor: 'indigo',
  // Darker shades for text on white and white on colour: WCAG AA (4.5:1) for normal text.
  primaryShade: 8,
  components: {
    // Alert titles in the alert's own colour fall under 4.5:1 on its tinted background.
    Alert: Alert.extend({ styles: { title: { color: '#1a1b1e' } } }),
    NavLink: NavLink.extend({ defaultProps: { variant: 'filled', color: 'indigo.9' } }),
  },
});

// Mantine's dimmed and placeholder greys are under 4.5:1 on white; these are not.
const contrast: CSSVariablesResolver = () => ({
  variables: {},
  // Field errors in Mantine's red.6 read at 3.3:1; red.9 at 5.6:1.
  light: { '--mantine-color-dimmed': '#495057', '--mantine-color-placeholder': '#5f6670', '--mantine-color-error': '#c92a2a' },
  dark: {},
});

// The first render waits for the words of the user's language (English is already here).
void languageReady().finally(() => createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MantineProvider theme={theme} defaultColorScheme="light" cssVariablesResolver={contrast}>
      {/* A part whose words (in a language other than English) are still on their way waits here (i18n/bundles.ts). */}
      <Suspense fallback={<PageLoading />}>
        {/* The external reviewer's page needs no sign-in and shows nothing else of the console. */}
        {window.location.pathname.startsWith('/review/')
          ? <ReviewPage token={decodeURIComponent(window.location.pathname.split('/')[2] ?? '')} />
          : <App />}
      </Suspense>
    </MantineProvider>
  </StrictMode>,
));

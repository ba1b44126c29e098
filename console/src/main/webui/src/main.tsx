import '@mantine/core/styles.css';
import './console.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { MantineProvider, createTheme } from '@mantine/core';
import { App } from './App';

// System fonts cover Latin, Greek, Cyrillic; the emoji fonts come last so ❤ and 📦 render in colour.
const theme = createTheme({
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", "Liberation Sans", '
    + 'sans-serif, "Noto Color Emoji", "Apple Color Emoji", "Segoe UI Emoji"',
  primaryColor: 'indigo',
  // Darker shades for text on white and white on colour: WCAG AA (4.5:1) for normal text.
  primaryShade: 8,
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MantineProvider theme={theme} defaultColorScheme="light">
      <App />
    </MantineProvider>
  </StrictMode>,
);

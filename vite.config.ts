import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { CSP_META } from './services/http/csp.ts';

/** bootstrap-italia embeds a video player's icon font as a data: URL, which the CSP (font-src 'self') refuses. */
function dropDataFonts(): Plugin {
  return {
    name: 'proposta-drop-data-fonts',
    transform(code, id) {
      if (!id.endsWith('bootstrap-italia.min.css')) return null;
      return code.replace(/@font-face\{font-family:VideoJS;[^}]*\}/g, '');
    },
  };
}

// The renderer is loaded from app:// (Electron) and from http://127.0.0.1 (proposta serve): relative
// asset paths work for both. No inline script is emitted, so the strict CSP holds.
/** The CSP also as a meta tag: the same policy holds wherever the page is loaded from. */
function cspMeta(): Plugin {
  return {
    name: 'proposta-csp-meta',
    transformIndexHtml: (html) => html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${CSP_META}" />`),
  };
}

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), dropDataFonts(), cspMeta()],
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 2000,
  },
});

/**
 * The Content-Security-Policy of the window, the same for Electron's app:// protocol and for
 * `proposta serve`: no inline script or style, no eval, nothing from the network.
 */
export const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

/** The same policy for a `<meta>` tag, where browsers ignore (and complain about) `frame-ancestors`. */
export const CSP_META = CSP.split('; ').filter((d) => !d.startsWith('frame-ancestors')).join('; ');

/** Headers sent with every response of the window. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

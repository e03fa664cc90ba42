// The site's Content Security Policy: one policy for every page, because no page has an inline script
// (astro.config.ts turns Astro's inlining of small scripts off; the CSP integration checks it).
//
// - scripts only from this origin; 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly search
//   module (it permits WebAssembly only, not eval of JavaScript); no 'unsafe-inline';
// - styles from this origin and inline, for the style attributes Shiki writes on highlighted code and
//   the small per-page filter rules; a style can neither run code nor fetch from another origin here;
// - everything else (images, fonts, fetches) from this origin only; nothing from any other origin.
export const cspDirectives = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
] as const;

/** For the <meta http-equiv> tag (browsers ignore frame-ancestors there). */
export const cspMeta = cspDirectives.join('; ');

/** For an HTTP header, where frame-ancestors works too. */
export const cspHeader = [...cspDirectives, "frame-ancestors 'self'"].join('; ');

/** Other headers worth sending with a static archive (for hosts that read a _headers file). */
export const securityHeaders: Record<string, string> = {
  'Content-Security-Policy': cspHeader,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};

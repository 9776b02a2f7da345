/**
 * The strict Content Security Policy the widget is tested under, and that the demo pages are
 * served with: no inline script or style, no eval, and DOM sinks only through the Trusted
 * Types policies of Lit (`lit-html`) and of DOMPurify (`dompurify`, for rich descriptions).
 */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html dompurify',
].join('; ');

/**
 * The Content-Security-Policy the app runs under: scripts, workers, styles, fonts, images
 * and connections from the app's own origin only; no eval or new Function anywhere (zod runs
 * jitless), no inline scripts, no plugins; inline styles are allowed (React's style
 * attributes and KaTeX's layout use them). 'wasm-unsafe-eval' lets the training worker
 * compile its WebAssembly SIMD kernels (bytes bundled in its own script); it allows
 * WebAssembly only, never eval or new Function. Without it the worker trains on the
 * TypeScript kernels instead: the same numbers, a few times slower on wide networks. The build writes it into index.html as a meta tag
 * (vite.config.ts); a server should also send it as a header, with the directives a meta tag
 * cannot carry (README, "Deploying").
 */
export const CSP_DIRECTIVES: Readonly<Record<string, string>> = {
  'default-src': "'self'",
  'script-src': "'self' 'wasm-unsafe-eval'",
  'worker-src': "'self' blob:",
  'style-src': "'self' 'unsafe-inline'",
  'font-src': "'self'",
  // blob: for the picture export, which draws the panel's SVG into a canvas to make a PNG.
  'img-src': "'self' blob:",
  'connect-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
};

/** The policy as a meta tag (index.html) carries it. */
export const CONTENT_SECURITY_POLICY = Object.entries(CSP_DIRECTIVES)
  .map(([name, value]) => `${name} ${value}`)
  .join('; ');

/** The header a server sends: the same, plus what only a header can say (who may frame the app). */
export const CONTENT_SECURITY_POLICY_HEADER = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'self'`;

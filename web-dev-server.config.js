// Serves the examples on http://localhost:8000/examples/ with the built, self-contained bundle —
// exactly what a webmaster pastes into a CMS page. `npm start` builds first.
const port = Number(process.env.PORT ?? 8000);

/** The strict policy examples/csp.html is served under (no inline script, no eval). */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

export default {
  rootDir: '.',
  port,
  nodeResolve: false,
  middleware: [
    function strictCspForCspExample(ctx, next) {
      if (ctx.path.endsWith('/examples/csp.html')) ctx.set('Content-Security-Policy', STRICT_CSP);
      return next();
    },
  ],
};

// Serves the examples on http://localhost:8000/examples/ with the built, self-contained bundle —
// exactly what a webmaster pastes into a CMS page. `npm start` builds first.
// The browser tests serve the example pages through the same middleware (web-test-runner.config.js).
const port = Number(process.env.PORT ?? 8000);

/** The strict policy examples/csp.html is served under: no inline script, no eval, same origin only. */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'self'",
].join('; ');

export const exampleMiddleware = [
  // A webmaster uploads dist/ to /terreau/ on their site: the examples use that same address.
  function serveDistAsTerreau(ctx, next) {
    if (ctx.url.startsWith('/terreau/')) ctx.url = ctx.url.replace('/terreau/', '/packages/elements/dist/');
    return next();
  },
  async function strictCspForCspExample(ctx, next) {
    await next();
    if (ctx.path.endsWith('/examples/csp.html')) ctx.set('Content-Security-Policy', STRICT_CSP);
  },
];

export default {
  rootDir: '.',
  port,
  nodeResolve: false,
  middleware: [
    // http://localhost:8000/ opens the examples (npm start only: the test runner serves its own pages at /).
    function rootToExamples(ctx, next) {
      if (ctx.path === '/') return ctx.redirect('/examples/');
      return next();
    },
    ...exampleMiddleware,
  ],
};

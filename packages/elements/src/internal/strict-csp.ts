import { config } from 'zod/mini';

// zod compiles a fast object parser with `new Function` when it may. Municipal sites often send a
// strict Content-Security-Policy without 'unsafe-eval': there the probe throws (zod copes) but the
// browser still reports a `securitypolicyviolation` on every page. The widgets never need the
// compiled parser (a few hundred records at most), so they turn it off before any parsing.
config({ jitless: true });

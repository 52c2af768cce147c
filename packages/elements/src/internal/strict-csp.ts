import { config } from 'zod/mini';

// zod can compile a fast object parser with `new Function` (its classic API's objects, after probing
// whether eval is allowed). Municipal sites often send a strict Content-Security-Policy without
// 'unsafe-eval', where that probe makes the browser report a `securitypolicyviolation`. The zod/mini
// schemas of @terreau/core never compile (the built bundles hold no probe: checked by searching them),
// so this is a guard for the future rather than a fix: whatever zod code a later change brings, it
// stays interpreted. Every module of the widgets that parses with zod (the chunks validate-full,
// state-input, recommendation, on-demand) imports this one first, so zod itself stays out of the
// bundle a page loads at start.
config({ jitless: true });

#!/usr/bin/env node
// `npm start` / `npm run serve`: serves the examples with the built bundle (web-dev-server.config.js)
// on PORT (default 8000) and HOST (default localhost), says where, and stops with a clear message
// and exit code 1 when the port is taken or invalid — never a stack trace.
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

export function readPort(value) {
  if (value === undefined || value === '') return 8000;
  const port = Number(value);
  return Number.isInteger(port) && port > 0 && port < 65536 ? port : null;
}

/** Resolves true when host:port can be listened on now. */
export function portFree(port, host) {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error) => (error.code === 'EADDRINUSE' || error.code === 'EACCES' ? resolve(false) : reject(error)));
    probe.listen({ port, host, exclusive: true }, () => probe.close(() => resolve(true)));
  });
}

async function main() {
  const host = process.env.HOST || 'localhost';
  const port = readPort(process.env.PORT);
  if (port === null) {
    console.error(`PORT="${process.env.PORT}" is not a port number (1-65535). Example: PORT=8080 npm start`);
    process.exit(1);
  }
  if (!(await portFree(port, host))) {
    console.error(`Port ${port} on ${host} is already in use (or not allowed). Stop what uses it, or choose another port: PORT=8080 npm start`);
    process.exit(1);
  }
  process.env.PORT = String(port);
  const { startDevServer } = await import('@web/dev-server');
  const server = await startDevServer({
    config: { hostname: host, port },
    readCliArgs: false,
    logStartMessage: false,
    argv: [],
  });
  console.log(`Terreau examples: http://${host}:${port}/examples/ (Ctrl+C to stop)`);
  return server;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(`Could not start the examples server: ${error.message}`);
    process.exit(1);
  });
}

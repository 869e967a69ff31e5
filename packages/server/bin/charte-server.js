#!/usr/bin/env node
// Charte's server. The code lives in dist/ (built by `npm run build`). Configuration: PORT, HOST,
// DATA_DIR, DATABASE_URL, NODE_ENV, COOKIE_SECURE, TRUST_PROXY, LOG_LEVEL (see the package's README).
import { startServer } from '../dist/index.js';

startServer().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

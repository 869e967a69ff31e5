#!/usr/bin/env node
// The `charte` command. The code lives in dist/ (built by `npm run build`).
import '../dist/main.js';

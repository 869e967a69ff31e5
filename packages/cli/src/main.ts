/**
 * The `charte` executable: runs the command line on the real process and sets the exit code.
 * `bin/charte.js` imports this file once it is built.
 */
import { run } from './run.js';

// A reader that goes away (`charte classify big.txt | head`) is not an error worth a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

process.exitCode = await run(process.argv.slice(2));

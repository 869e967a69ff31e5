/**
 * The server as its bin starts it, plus a `/slow` route (500 ms), for the signal test: run with
 * `node --import tsx`. Configuration from the environment.
 */
import { configFromEnv, startServer } from '../server.js';

await startServer(configFromEnv(), (app) => {
  app.get('/slow', async () => {
    app.log.info('slow request started');
    await new Promise((resolve) => setTimeout(resolve, 500));
    return { done: true };
  });
});

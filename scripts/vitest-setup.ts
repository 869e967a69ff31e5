import fc from 'fast-check';

// Property tests run from a fixed seed so that CI is reproducible; `FC_SEED=random npm run test:unit`
// explores new inputs (and prints the seed of any failure), `FC_SEED=<n>` replays one.
const seed = process.env.FC_SEED;
if (seed !== 'random') fc.configureGlobal({ seed: seed ? Number(seed) : 20_261_128 });

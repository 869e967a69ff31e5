import type { ConfigLayers, ConfigResolution } from '@charte/analyzer';

/** What `resolveConfig` is given: the configuration file's content, the front matter's, the path. */
export type ConfigInput = ConfigLayers;
export type { ConfigResolution };

/** Resolves one document's configuration (the analyzer's `resolveConfig`, bound to its rules). */
export type ResolveConfig = (input: ConfigInput) => ConfigResolution;

/** The front matter key that holds per-document settings. */
export const FRONT_MATTER_KEY = 'charte';

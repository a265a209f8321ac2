/** The document format this build reads and writes. Bump it only together with a migration. */
export const SCHEMA_VERSION = 4;

/** This build's version, recorded in every saved proposal (kept equal to package.json by a test). */
export const APP_VERSION = '0.1.0';

/** A setting Tafel cannot run with; main.ts prints it and stops. */
export class ConfigError extends Error {}

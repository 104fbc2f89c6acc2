/** See chromium.mjs. */
export function findChromium(env?: NodeJS.ProcessEnv): string;

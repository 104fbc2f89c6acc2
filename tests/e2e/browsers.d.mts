/** See browsers.mjs. */
export function findChromium(env?: NodeJS.ProcessEnv): string;
export function findFirefox(env?: NodeJS.ProcessEnv): string;

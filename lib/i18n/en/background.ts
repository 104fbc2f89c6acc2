/** Strings of the background. */
export const background = {};

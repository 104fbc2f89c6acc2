/** Strings of the options. */
export const options = {};

/** Strings of the popup. */
export const popup = {};

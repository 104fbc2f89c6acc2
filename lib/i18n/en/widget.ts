/** Strings of the widget. */
export const widget = {};

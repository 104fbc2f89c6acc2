/**
 * Query keys of the stored values the pages read, defined once. Each key holds the
 * parsed (validated) value, so every page that shares a key shares its shape.
 */
export const storedKeys = {
  all: ['stored'] as const,
  snapshot: () => [...storedKeys.all, 'snapshot'] as const,
  connection: () => [...storedKeys.all, 'connection'] as const,
  samples: () => [...storedKeys.all, 'samples'] as const,
  alertState: () => [...storedKeys.all, 'alertState'] as const,
  settings: () => [...storedKeys.all, 'settings'] as const,
};

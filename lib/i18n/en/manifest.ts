/** The browser's strings for the extension: its name (the product's, not translated) and one-line description. */
export const manifest = {
  extName: 'AgentPMT Credits',
  extDescription: 'Your AgentPMT credit balance, expiring lots and forecasts, with early warnings before your agents run dry.',
};

import type { Rng } from './prng';

/** A tool an agent can call, with its per-call price range in credits. */
export interface Tool {
  name: string;
  min: number;
  max: number;
  /** How often agents call it, relative to the other tools. */
  weight: number;
}

/**
 * Tools priced in AgentPMT's documented tiers: low (1–10), medium (10–100),
 * high (100–1,000) and premium (1,000+) credits per call.
 */
export const TOOLS: readonly Tool[] = [
  { name: 'web-search', min: 2, max: 5, weight: 30 },
  { name: 'email-send', min: 1, max: 1, weight: 15 },
  { name: 'scrape-page', min: 3, max: 8, weight: 12 },
  { name: 'translate', min: 4, max: 10, weight: 8 },
  { name: 'sms-send', min: 5, max: 5, weight: 5 },
  { name: 'pdf-extract', min: 10, max: 40, weight: 10 },
  { name: 'data-enrich', min: 25, max: 25, weight: 6 },
  { name: 'image-generate', min: 40, max: 80, weight: 5 },
  { name: 'speech-to-text', min: 15, max: 90, weight: 4 },
  { name: 'code-review', min: 120, max: 400, weight: 1.5 },
  { name: 'deep-research', min: 500, max: 900, weight: 0.5 },
  { name: 'video-render', min: 1_200, max: 2_000, weight: 0.15 },
];

/** The low-tier tools only: cheap, frequent calls. */
export const LOW_TIER_TOOLS: readonly Tool[] = TOOLS.filter((tool) => tool.max <= 10);

/** One simulated call: a tool picked by weight and a price within its range. */
export function pickCall(rng: Rng, tools: readonly Tool[] = TOOLS): { tool: string; credits: number } {
  const tool = rng.weighted(tools, (t) => t.weight);
  return { tool: tool.name, credits: rng.int(tool.min, tool.max) };
}

// Every model the router may pick, with its price and context window.
// Hand-maintained for now; to be generated from the providers' price lists.
export interface ModelEntry {
  id: string;
  tier: 'small' | 'medium' | 'large';
  pricePer1kUsd: number;
  contextTokens: number;
  regions: string[];
}

export const MODEL_CATALOG: readonly ModelEntry[] = [
  {
    id: 'small-v1',
    tier: 'small',
    pricePer1kUsd: 0.0005,
    contextTokens: 16000,
    regions: ['eu-west', 'us-east'],
  },
  {
    id: 'medium-v1',
    tier: 'medium',
    pricePer1kUsd: 0.003,
    contextTokens: 64000,
    regions: ['ap-south'],
  },
  {
    id: 'large-v1',
    tier: 'large',
    pricePer1kUsd: 0.01,
    contextTokens: 128000,
    regions: ['eu-west', 'us-east'],
  },
  {
    id: 'small-v2',
    tier: 'small',
    pricePer1kUsd: 0.000475,
    contextTokens: 16000,
    regions: ['ap-south'],
  },
  {
    id: 'medium-v2',
    tier: 'medium',
    pricePer1kUsd: 0.00285,
    contextTokens: 64000,
    regions: ['eu-west'],
  },
  {
    id: 'large-v2',
    tier: 'large',
    pricePer1kUsd: 0.0095,
    contextTokens: 128000,
    regions: ['ap-south'],
  },
  {
    id: 'small-v3',
    tier: 'small',
    pricePer1kUsd: 0.00045,
    contextTokens: 16000,
    regions: ['eu-west'],
  },
  {
    id: 'medium-v3',
    tier: 'medium',
    pricePer1kUsd: 0.0027,
    contextTokens: 64000,
    regions: ['us-east'],
  },
  {
    id: 'large-v3',
    tier: 'large',
    pricePer1kUsd: 0.009,
    contextTokens: 128000,
    regions: ['eu-west'],
  },
  {
    id: 'small-v4',
    tier: 'small',
    pricePer1kUsd: 0.000425,
    contextTokens: 32000,
    regions: ['us-east'],
  },
  {
    id: 'medium-v4',
    tier: 'medium',
    pricePer1kUsd: 0.00255,
    contextTokens: 128000,
    regions: ['eu-west', 'us-east'],
  },
  {
    id: 'large-v4',
    tier: 'large',
    pricePer1kUsd: 0.0085,
    contextTokens: 256000,
    regions: ['us-east'],
  },
  {
    id: 'small-v5',
    tier: 'small',
    pricePer1kUsd: 0.0004,
    contextTokens: 32000,
    regions: ['eu-west', 'us-east'],
  },
  {
    id: 'medium-v5',
    tier: 'medium',
    pricePer1kUsd: 0.0024,
    contextTokens: 128000,
    regions: ['ap-south'],
  },
  {
    id: 'large-v5',
    tier: 'large',
    pricePer1kUsd: 0.008,
    contextTokens: 256000,
    regions: ['eu-west', 'us-east'],
  },
  {
    id: 'small-v6',
    tier: 'small',
    pricePer1kUsd: 0.000375,
    contextTokens: 32000,
    regions: ['ap-south'],
  },
  {
    id: 'medium-v6',
    tier: 'medium',
    pricePer1kUsd: 0.00225,
    contextTokens: 128000,
    regions: ['eu-west'],
  },
  {
    id: 'large-v6',
    tier: 'large',
    pricePer1kUsd: 0.0075,
    contextTokens: 256000,
    regions: ['ap-south'],
  },
  {
    id: 'small-v7',
    tier: 'small',
    pricePer1kUsd: 0.00035,
    contextTokens: 48000,
    regions: ['eu-west'],
  },
  {
    id: 'medium-v7',
    tier: 'medium',
    pricePer1kUsd: 0.0021,
    contextTokens: 192000,
    regions: ['us-east'],
  },
  {
    id: 'large-v7',
    tier: 'large',
    pricePer1kUsd: 0.007,
    contextTokens: 384000,
    regions: ['eu-west'],
  },
];

/** The cheapest model of a tier that serves a region, or undefined. */
export function cheapest(tier: ModelEntry['tier'], region: string): ModelEntry | undefined {
  return MODEL_CATALOG.filter((m) => m.tier === tier && m.regions.includes(region)).sort(
    (a, b) => a.pricePer1kUsd - b.pricePer1kUsd,
  )[0];
}

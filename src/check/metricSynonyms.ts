/**
 * Other ways a slide can speak to a persona's key metric (the FinOps Framework's wording): a metric
 * that matches `metric` also counts as mentioned when a slide or its notes match one of `said`.
 */
export const METRIC_SYNONYMS: readonly { metric: RegExp; said: readonly RegExp[] }[] = [
  { metric: /\brevenue growth\b/i, said: [/\brevenue\b/i, /\btop line\b/i, /\bsales growth\b/i] },
  { metric: /\bgross margins?\b/i, said: [/\bmargins?\b/i] },
  {
    metric: /\bCOGS\b|cost of goods sold/i,
    said: [/\bCOGS\b/, /\bcost of (?:goods sold|sales|revenue)\b/i],
  },
  { metric: /\bunit (?:cost )?economics\b/i, said: [/\bunit (?:cost|economics)\b/i, /\bcost per\b/i] },
  { metric: /\bpredictability\b/i, said: [/\bforecast/i, /\bpredictab/i, /\bvariance\b/i] },
  {
    metric: /\btime to market\b/i,
    said: [/\b(?:time|speed) to market\b/i, /\bship(?:ping)? faster\b/i, /\bdelivery speed\b/i],
  },
  {
    metric: /\bengineering productivity\b/i,
    said: [
      /\bengineer(?:ing)? (?:time|hours|productivity)\b/i,
      /\bdeveloper productivity\b/i,
      /\bfirefighting\b/i,
      /\btoil\b/i,
    ],
  },
  {
    metric: /\bR&D\b/,
    said: [/\bR&D\b/, /\bresearch and development\b/i, /\bnon-?production\b/i],
  },
  { metric: /\bwithin budget\b/i, said: [/\bbudget/i] },
  { metric: /\baccurate budgets?\b/i, said: [/\bbudget/i] },
  { metric: /\baccurate forecasts?\b/i, said: [/\bforecast/i] },
  { metric: /\bbudget and forecast\b/i, said: [/\bforecast/i] },
  {
    metric: /\b(?:discount|reservation) coverage\b|\bdiscount\/reservation\b/i,
    said: [/\bcommitment/i, /\breserv(?:ation|ed)/i, /\bsavings plans?\b/i, /\bcoverage\b/i],
  },
  { metric: /\buntagged\b/i, said: [/\buntagged\b/i, /\bunallocated\b/i, /\btagging\b/i, /\bno owner\b/i] },
  { metric: /\befficiency opportunit/i, said: [/\bwaste\b/i, /\brightsiz/i, /\bsavings?\b/i] },
  { metric: /\bpolicy compliance\b/i, said: [/\bpolic(?:y|ies)\b/i, /\bguardrails?\b/i, /\bcompliance\b/i] },
  { metric: /\bshowback\b|\bchargeback\b/i, said: [/\bshowback\b/i, /\bchargeback\b/i] },
  { metric: /\blicen[cs]e/i, said: [/\blicen[cs]e/i] },
  { metric: /\bper vendor\b/i, said: [/\bvendors?\b/i, /\bproviders?\b/i] },
];

/** Entity ids the foundation issue requires the article graph to hold. */
export const REQUIRED_ENTITY_IDS = [
  'mss',
  'us-treasury',
  'donald-trump',
  'xi-jinping',
  'rare-earths',
  'us-telecoms',
  'salt-typhoon',
  'china',
  'united-states',
];

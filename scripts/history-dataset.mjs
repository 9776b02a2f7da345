// A realistic history timeline for the layout report: `count` point events over `years` years
// with titles of the lengths a blog post's timeline has (20 to 60 characters), and a few eras.
// Seeded, so every run sees the same data.
import { seededRandom } from './seeded-random.mjs';

const SUBJECTS = [
  'Non-Aligned Movement',
  'Asian–African Conference',
  'Regional trade agreement',
  'Border treaty',
  'Embassy',
  'Maritime boundary accord',
  'Foreign policy white paper',
  'Cultural exchange programme',
  'Press office',
  'Climate pact',
  'Consulate',
  'Development aid agency',
  'Peacekeeping mission',
  'Visa waiver',
  'Investment forum',
];
const VERBS = [
  'signed in Jakarta',
  'founded',
  'opens in Canberra',
  'ratified by parliament',
  'announced at the summit',
  'moves to a new building',
  'suspended after protests',
  'extended for ten years',
  'joins the regional network',
  'reformed',
];

/**
 * @param {number} count point events
 * @param {{ years?: number, from?: number, seed?: number, eras?: number }} [options]
 */
export function historyDataset(count, options = {}) {
  const years = options.years ?? 65;
  const from = options.from ?? 1955;
  const random = seededRandom(options.seed ?? 7);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const pad = (n) => String(n).padStart(2, '0');
  const date = (dayOffset) => {
    const d = new Date(Date.UTC(from, 0, 1 + Math.floor(dayOffset)));
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  };
  const span = years * 365;
  const events = [];
  for (let i = 0; i < count; i++) {
    const title = `${pick(SUBJECTS)} ${pick(VERBS)}`;
    events.push({
      id: `h${i}`,
      start: date(random() * span),
      title,
      category: pick(['a', 'b', 'c']),
    });
  }
  for (let i = 0; i < (options.eras ?? 3); i++) {
    const start = (i / 3) * span + random() * span * 0.1;
    events.push({
      id: `era${i}`,
      start: date(start),
      end: date(start + span * (0.15 + random() * 0.15)),
      title: `Era ${i + 1}: ${pick(['Guided democracy', 'New Order', 'Reformasi'])}`,
      category: 'c',
    });
  }
  return {
    title: `${count} events over ${years} years`,
    categories: [
      { id: 'a', label: 'Treaties', color: '#0b6e4f' },
      { id: 'b', label: 'Institutions', color: '#8a4fb5' },
      { id: 'c', label: 'Politics', color: '#b5532f' },
    ],
    events,
  };
}

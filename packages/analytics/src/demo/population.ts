import type { Random } from './random.ts';

/** A person of a partner's buying centre. */
export interface Person {
  id: string;
  role: Role;
  ageGroup: AgeGroup;
  /** Chance this person picks a digital channel (account, messenger) over phone or e-mail. */
  digital: number;
}

/** A partner company: the case of the event log. */
export interface Company {
  id: string;
  region: string;
  /** Minutes east of UTC of the company's region. */
  offsetMinutes: number;
  segment: Segment;
  persons: Person[];
}

export type Role = 'chief-engineer' | 'procurement' | 'director' | 'technologist' | 'financier';
export type AgeGroup = '25-34' | '35-44' | '45-54' | '55+';
export type Segment = 'engineering' | 'installer' | 'distributor';

const REGIONS: readonly { name: string; offset: number; weight: number }[] = [
  { name: 'Центр', offset: 180, weight: 35 },
  { name: 'Северо-Запад', offset: 180, weight: 14 },
  { name: 'Юг', offset: 180, weight: 12 },
  { name: 'Поволжье', offset: 240, weight: 11 },
  { name: 'Урал', offset: 300, weight: 14 },
  { name: 'Сибирь', offset: 420, weight: 10 },
  { name: 'Дальний Восток', offset: 600, weight: 4 },
];

/** How likely each role is present in a buying centre. */
const ROLE_PRESENCE: Record<Role, number> = {
  'chief-engineer': 0.9,
  procurement: 0.85,
  director: 0.7,
  technologist: 0.5,
  financier: 0.5,
};

const AGE_BY_ROLE: Record<Role, Record<AgeGroup, number>> = {
  'chief-engineer': { '25-34': 0.05, '35-44': 0.3, '45-54': 0.4, '55+': 0.25 },
  procurement: { '25-34': 0.6, '35-44': 0.3, '45-54': 0.1, '55+': 0 },
  director: { '25-34': 0.03, '35-44': 0.25, '45-54': 0.42, '55+': 0.3 },
  technologist: { '25-34': 0.55, '35-44': 0.35, '45-54': 0.1, '55+': 0 },
  financier: { '25-34': 0.15, '35-44': 0.5, '45-54': 0.3, '55+': 0.05 },
};

/** Younger people choose the account and messengers; older ones call and write e-mails. */
export const DIGITAL_BY_AGE: Record<AgeGroup, number> = {
  '25-34': 0.8,
  '35-44': 0.6,
  '45-54': 0.35,
  '55+': 0.2,
};

/** Makes partner company number `index` (1-based) with its buying centre. */
export function makeCompany(index: number, rng: Random): Company {
  const id = `P${String(index).padStart(5, '0')}`;
  const region = pickRegion(rng);
  const segment = rng.weighted({ engineering: 50, installer: 30, distributor: 20 });
  const roles = (Object.keys(ROLE_PRESENCE) as Role[]).filter((r) => rng.chance(ROLE_PRESENCE[r]));
  if (!roles.includes('procurement') && !roles.includes('chief-engineer')) roles.push('procurement');
  if (roles.length < 2) roles.push(roles.includes('director') ? 'chief-engineer' : 'director');
  const persons = roles.map((role, i): Person => {
    const ageGroup = rng.weighted(AGE_BY_ROLE[role]);
    return { id: `${id}-${i + 1}`, role, ageGroup, digital: DIGITAL_BY_AGE[ageGroup] };
  });
  return { id, region: region.name, offsetMinutes: region.offset, segment, persons };
}

function pickRegion(rng: Random): { name: string; offset: number } {
  const total = REGIONS.reduce((s, r) => s + r.weight, 0);
  let x = rng.next() * total;
  for (const r of REGIONS) {
    x -= r.weight;
    if (x < 0) return r;
  }
  return REGIONS[0] as { name: string; offset: number };
}

/** The person who acts: the first present of the preferred roles, else anyone. */
export function actor(company: Company, preferred: readonly Role[], rng: Random): Person {
  for (const role of preferred) {
    const p = company.persons.find((x) => x.role === role);
    if (p) return p;
  }
  return rng.pick(company.persons);
}

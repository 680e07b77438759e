import type { Gemeente } from '@tafel/shared/contracts';

/** Children in jeugdzorg per gemeente (Twente policy note, table 1): demo families are spread in proportion. */
export const JEUGDZORG_PER_GEMEENTE: Record<Gemeente, number> = {
  Almelo: 945,
  Borne: 126,
  Dinkelland: 59,
  Enschede: 1430,
  Haaksbergen: 122,
  Hellendoorn: 330,
  Hengelo: 609,
  'Hof van Twente': 141,
  Losser: 109,
  Oldenzaal: 214,
  'Rijssen-Holten': 311,
  Tubbergen: 78,
  Twenterand: 326,
  Wierden: 141,
};

export const CHAIN_ORGANISATIONS = {
  vtt: 'Veilig Thuis Twente',
  raad: 'Raad voor de Kinderbescherming, regio Oost-Nederland',
  gis: [
    'Jeugdbescherming Overijssel',
    'Leger des Heils Jeugdbescherming & Reclassering',
    'William Schrikker Stichting',
  ],
  zorgaanbieder: 'Jeugdhulp Twente (zorgaanbieder)',
  beheer: 'Samenwerkende Twentse gemeenten (functioneel beheer)',
} as const;

export const SURNAMES = [
  'de Vries',
  'Jansen',
  'Bakker',
  'Visser',
  'Smit',
  'Meijer',
  'Mulder',
  'de Boer',
  'Bos',
  'Vos',
  'Peters',
  'Hendriks',
  'Dijkstra',
  'Kok',
  'Brinkman',
  'Nijhuis',
  'Oude Luttikhuis',
  'Kamphuis',
  'Wolters',
  'Lammers',
  'Schuurman',
  'Haverkamp',
  'Kuipers',
  'Veldhuis',
  'Pots',
  'Groothuis',
  'Brouwer',
  'Yilmaz',
  'Demir',
  'Kaya',
  'El Amrani',
  'Bouzid',
  'Nguyen',
  'Haile',
  'Tesfay',
  'Kowalski',
  'Nowak',
  'Mensink',
  'Boerrigter',
  'Ter Horst',
  'Oude Booijink',
  'Wessels',
  'Zwiers',
  'Hofstede',
  'Slaghekke',
  'Tijhuis',
  'Snijders',
  'Roelofs',
];

export const PARENT_FIRST_NAMES = [
  'Sanne',
  'Mark',
  'Linda',
  'Erik',
  'Fatma',
  'Mehmet',
  'Anouk',
  'Dennis',
  'Samira',
  'Youssef',
  'Marieke',
  'Bas',
  'Ilse',
  'Ruben',
  'Priya',
  'Tom',
  'Esra',
  'Jeroen',
  'Naima',
  'Gerrit',
  'Angela',
  'Robin',
  'Mirjam',
  'Kevin',
];

export const CHILD_FIRST_NAMES = [
  'Noah',
  'Emma',
  'Liam',
  'Julia',
  'Daan',
  'Mila',
  'Sem',
  'Tess',
  'Lucas',
  'Zoë',
  'Finn',
  'Sara',
  'Levi',
  'Nora',
  'Adam',
  'Yara',
  'Mohammed',
  'Lina',
  'Milan',
  'Fleur',
  'Ravi',
  'Amira',
  'Jesse',
  'Lotte',
  'Bram',
  'Evi',
];

export const NETWORK_FIRST_NAMES = [
  'Oma Riet',
  'Opa Henk',
  'Tante Ayse',
  'Buurvrouw Ans',
  'Oom Johan',
  'Juf Karin',
];

/** Splits `total` over the gemeenten by largest remainder, with at least one family each. */
export function familiesPerGemeente(total: number): [Gemeente, number][] {
  const entries = Object.entries(JEUGDZORG_PER_GEMEENTE) as [Gemeente, number][];
  const sum = entries.reduce((s, [, n]) => s + n, 0);
  const shares = entries.map(([g, n]) => ({ g, exact: (n / sum) * total }));
  const counts = shares.map((s) => ({ g: s.g, n: Math.max(1, Math.floor(s.exact)), rest: s.exact % 1 }));
  let left = total - counts.reduce((s, c) => s + c.n, 0);
  for (const c of [...counts].sort((a, b) => b.rest - a.rest)) {
    if (left <= 0) break;
    c.n += 1;
    left -= 1;
  }
  return counts.map((c) => [c.g, c.n]);
}

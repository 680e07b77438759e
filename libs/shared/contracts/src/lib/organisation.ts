export const ORGANISATION_TYPES = [
  'gemeente',
  'wijkteam',
  'veilig_thuis',
  'raad',
  'gi',
  'zorgaanbieder',
  'school',
  'beheer',
] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

/** The 14 gemeenten of Twente; a case's gemeente of residence is one of these. */
export const GEMEENTEN = [
  'Almelo',
  'Borne',
  'Dinkelland',
  'Enschede',
  'Haaksbergen',
  'Hellendoorn',
  'Hengelo',
  'Hof van Twente',
  'Losser',
  'Oldenzaal',
  'Rijssen-Holten',
  'Tubbergen',
  'Twenterand',
  'Wierden',
] as const;
export type Gemeente = (typeof GEMEENTEN)[number];

export interface Organisation {
  id: string;
  name: string;
  type: OrganisationType;
  /** For a gemeente or a wijkteam: the gemeente it belongs to. */
  gemeente: Gemeente | null;
  parentId: string | null;
}

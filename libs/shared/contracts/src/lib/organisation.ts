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

/** The professional roles a people picker offers, each a kind of seat or of coordinator. */
export const PICKABLE_ROLES = ['coordinator', 'professional', 'chair', 'secretary'] as const;
export type PickableRole = (typeof PICKABLE_ROLES)[number];

/**
 * A professional found by name in a people picker: name, role and organisation, never client data.
 * Only active accounts of professional roles are found.
 */
export interface PersonOption {
  id: string;
  displayName: string;
  role: PickableRole;
  organisation: string | null;
  organisationType: OrganisationType | null;
}

export interface PeopleQuery {
  /** At least two characters of the name. */
  q: string;
  role?: PickableRole;
  organisationType?: OrganisationType;
}

/** The most people a picker lists at once: type more to narrow it down. */
export const PEOPLE_SEARCH_LIMIT = 20;

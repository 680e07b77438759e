import type { Role } from '@tafel/shared/contracts';

/** The demo password; accepted only because demo data is never seeded in production. */
export const DEMO_PASSWORD = 'tafel-demo-2026';

/** The TOTP secret of every demo professional (base32 of "Tafel-demo-2026!"); demo mode only. */
export const DEMO_TOTP_SECRET = 'KRQWMZLMFVSGK3LPFUZDAMRWEE';

export interface DemoAccount {
  email: string;
  displayName: string;
  role: Role;
  /** Name of the organisation in the seed. */
  organisation: string | null;
  description: string;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    email: 'regievoerder.enschede@tafel.example',
    displayName: 'Marloes ter Brake',
    role: 'coordinator',
    organisation: 'Wijkteam Enschede',
    description: 'regievoerder, wijkteam Enschede',
  },
  {
    email: 'regievoerder.hengelo@tafel.example',
    displayName: 'Hüseyin Aydın',
    role: 'coordinator',
    organisation: 'Wijkteam Hengelo',
    description: 'regievoerder, wijkteam Hengelo',
  },
  {
    email: 'voorzitter@tafel.example',
    displayName: 'Joke Nijenhuis',
    role: 'chair',
    organisation: 'Gemeente Enschede',
    description: 'voorzitter jeugdbeschermingstafel',
  },
  {
    email: 'secretaris@tafel.example',
    displayName: 'Pieter Wensink',
    role: 'secretary',
    organisation: 'Gemeente Enschede',
    description: 'secretaris / notulist',
  },
  {
    email: 'raad@tafel.example',
    displayName: 'Anneke Boswinkel',
    role: 'professional',
    organisation: 'Raad voor de Kinderbescherming, regio Oost-Nederland',
    description: 'raadsonderzoeker RvdK',
  },
  {
    email: 'vtt@tafel.example',
    displayName: 'Sevda Öztürk',
    role: 'professional',
    organisation: 'Veilig Thuis Twente',
    description: 'medewerker Veilig Thuis Twente',
  },
  {
    email: 'gi@tafel.example',
    displayName: 'Rik Huttenhuis',
    role: 'professional',
    organisation: 'Jeugdbescherming Overijssel',
    description: 'jeugdbeschermer, Jeugdbescherming Overijssel',
  },
  {
    email: 'ouder@tafel.example',
    displayName: 'Sanne Bakker',
    role: 'parent',
    organisation: null,
    description: 'ouder in gezin Bakker (Enschede)',
  },
  {
    email: 'vader@tafel.example',
    displayName: 'Erik Kuipers',
    role: 'parent',
    organisation: null,
    description: 'ouder zonder gezag in gezin Bakker (vader van Daan)',
  },
  {
    email: 'jongere@tafel.example',
    displayName: 'Daan Bakker',
    role: 'child',
    organisation: null,
    description: 'jongere van 14 in gezin Bakker',
  },
  {
    email: 'ouder.hofman@tafel.example',
    displayName: 'Yvonne Hofman',
    role: 'parent',
    organisation: null,
    description: 'ouder in gezin Hofman: hun tafel is vandaag (de live kamer)',
  },
  {
    email: 'ouder.morsink@tafel.example',
    displayName: 'Inge Morsink',
    role: 'parent',
    organisation: null,
    description: 'ouder in gezin Morsink (Enschede): ondertoezichtstelling voor Jesse',
  },
  {
    email: 'jongere.morsink@tafel.example',
    displayName: 'Jesse Morsink',
    role: 'child',
    organisation: null,
    description: 'jongere van 14 in gezin Morsink, onder toezicht gesteld',
  },
  {
    email: 'auditor.enschede@tafel.example',
    displayName: 'Wilma Kroeze',
    role: 'auditor',
    organisation: 'Gemeente Enschede',
    description: 'beleidsmedewerker gemeente Enschede',
  },
  {
    email: 'auditor.regio@tafel.example',
    displayName: 'Gert-Jan Lansink',
    role: 'auditor',
    organisation: 'Samenwerkende Twentse gemeenten (functioneel beheer)',
    description: 'controller regio Twente',
  },
  {
    email: 'privacy@tafel.example',
    displayName: 'Ellen Stokkers',
    role: 'privacy_officer',
    organisation: 'Samenwerkende Twentse gemeenten (functioneel beheer)',
    description: 'logbeheerder / FG',
  },
  {
    email: 'beheer@tafel.example',
    displayName: 'Frank Oude Geerdink',
    role: 'admin',
    organisation: 'Samenwerkende Twentse gemeenten (functioneel beheer)',
    description: 'functioneel beheerder',
  },
];

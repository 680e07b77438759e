import { OrganisationType } from '@tafel/shared/contracts';

/** Dutch names of the kinds of organisation. */
export const ORGANISATION_TYPE_LABELS: Readonly<Record<OrganisationType, string>> = {
  gemeente: $localize`:@@orgType.gemeente:Gemeente`,
  wijkteam: $localize`:@@orgType.wijkteam:Wijkteam`,
  veilig_thuis: $localize`:@@orgType.veiligThuis:Veilig Thuis`,
  raad: $localize`:@@orgType.raad:Raad voor de Kinderbescherming`,
  gi: $localize`:@@orgType.gi:Gecertificeerde instelling`,
  zorgaanbieder: $localize`:@@orgType.zorgaanbieder:Zorgaanbieder`,
  school: $localize`:@@orgType.school:School`,
  beheer: $localize`:@@orgType.beheer:Functioneel beheer`,
};

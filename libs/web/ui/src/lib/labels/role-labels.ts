import { MemberKind, Role } from '@tafel/shared/contracts';

/** Dutch names of the user roles (docs/domain.md). */
export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  coordinator: $localize`:@@role.coordinator:Regievoerder`,
  chair: $localize`:@@role.chair:Voorzitter`,
  secretary: $localize`:@@role.secretary:Secretaris`,
  professional: $localize`:@@role.professional:Professional`,
  parent: $localize`:@@role.parent:Ouder`,
  child: $localize`:@@role.child:Jongere`,
  network: $localize`:@@role.network:Netwerk`,
  auditor: $localize`:@@role.auditor:Beleidsmedewerker`,
  privacy_officer: $localize`:@@role.privacyOfficer:Privacyfunctionaris`,
  admin: $localize`:@@role.admin:Functioneel beheerder`,
};

/** How a member belongs to the family. */
export const MEMBER_KIND_LABELS: Readonly<Record<MemberKind, string>> = {
  parent: $localize`:@@memberKind.parent:Ouder`,
  child: $localize`:@@memberKind.child:Kind`,
  network: $localize`:@@memberKind.network:Netwerk`,
};

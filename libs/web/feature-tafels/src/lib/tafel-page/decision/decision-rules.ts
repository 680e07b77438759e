import { AbstractControl, ValidationErrors } from '@angular/forms';
import { AgreementInput, CaseDetail, Organisation, OrganisationType } from '@tafel/shared/contracts';
import { dutchDate } from '@tafel/shared/util';

/** Drang lasts at most six months. */
export const MAX_DRANG_MONTHS = 6;

/** Organisations that can own an agreement. */
const OWNER_ORGANISATION_TYPES: readonly OrganisationType[] = ['gi', 'raad', 'veilig_thuis', 'wijkteam'];

export function today(): string {
  return dutchDate(new Date());
}

/** The calendar date `months` after `date` (yyyy-mm-dd), as the API counts it. */
export function monthsAfter(date: string, months: number): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCMonth(next.getUTCMonth() + months);
  return next.toISOString().slice(0, 10);
}

/** The drang deadline: after today, and at most six months ahead. */
export function deadlineValidator(control: AbstractControl<string>): ValidationErrors | null {
  const value = control.value;
  if (!value) return { required: true };
  if (value <= today()) return { notAfterToday: true };
  if (value > monthsAfter(today(), MAX_DRANG_MONTHS)) return { tooFar: true };
  return null;
}

export interface OwnerOption {
  /** "member:<id>", "user:<id>" or "organisation:<id>". */
  value: string;
  label: string;
}

export interface OwnerGroups {
  family: OwnerOption[];
  coordinator: OwnerOption[];
  organisations: OwnerOption[];
}

/** Who can own an agreement: a family member, the coordinator, or a chain organisation. */
export function ownerOptions(
  theCase: CaseDetail | null,
  organisations: readonly Organisation[],
): OwnerGroups {
  const coordinator = theCase?.coordinator;
  return {
    family: (theCase?.members ?? []).map((m) => ({
      value: `member:${m.id}`,
      label: `${m.firstName} ${m.lastName}`,
    })),
    coordinator: coordinator
      ? [
          {
            value: `user:${coordinator.userId}`,
            label: $localize`:@@decision.ownerCoordinator:Regievoerder (${coordinator.displayName}:name:)`,
          },
        ]
      : [],
    organisations: organisations
      .filter((o) => OWNER_ORGANISATION_TYPES.includes(o.type))
      .filter((o) => o.type !== 'wijkteam' || o.gemeente === theCase?.gemeente)
      .map((o) => ({ value: `organisation:${o.id}`, label: o.name })),
  };
}

/** Turns a chosen owner into the one owner field the API expects. */
export function ownerField(
  value: string,
): Pick<AgreementInput, 'ownerMemberId' | 'ownerUserId' | 'ownerOrganisationId'> {
  const [kind, id] = value.split(/:(.*)/s);
  if (kind === 'member') return { ownerMemberId: id };
  if (kind === 'user') return { ownerUserId: id };
  return { ownerOrganisationId: id };
}

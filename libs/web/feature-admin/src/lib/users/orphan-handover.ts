import { AdminUser, PersonOption, UserResponsibilities } from '@tafel/shared/contracts';
import { problemMessage } from '@tafel/web/core';
import { HandoverDialogData } from '@tafel/web/ui';
import { map } from 'rxjs';
import { AdminApi } from '../admin.api';

/** An account as the people picker shows one, when it is an active coordinator. */
const asCoordinator = (user: AdminUser): PersonOption[] =>
  user.active && user.role === 'coordinator'
    ? [
        {
          ...user,
          role: 'coordinator',
          organisation: user.organisation?.name ?? null,
          organisationType: null,
        },
      ]
    : [];

/**
 * The families of a deactivated coordinator to another coordinator, all at once: the administrator
 * finds the person among the active coordinators of their own list of accounts and says why, and sees
 * nothing of the families but how many. The hand-over dialog closes with what the person still carries.
 */
export function orphanHandover(
  api: AdminApi,
  user: AdminUser,
  families: number,
): HandoverDialogData<UserResponsibilities> {
  const name = user.displayName;
  return {
    title: $localize`:@@admin.handover.title:Regie van ${name}:INTERPOLATION: overdragen`,
    intro: [
      $localize`:@@admin.handover.intro:${name}:INTERPOLATION: is gedeactiveerd en nog regievoerder van gezinnen: ${families}:INTERPOLATION_1:. De nieuwe regievoerder neemt de regie van al deze gezinnen direct over. U ziet geen gegevens van de gezinnen.`,
      $localize`:@@admin.handover.timeline:De reden komt op de tijdlijn van elk gezin, die ook het gezin kan zien.`,
    ],
    confirm: $localize`:@@admin.handover.confirm:Regie overdragen`,
    people: {
      search: (text) => api.users(text, 'coordinator').pipe(map(({ items }) => items.flatMap(asCoordinator))),
    },
    action: { send: (request) => api.handOver(user.id, request), problem: problemMessage },
  };
}

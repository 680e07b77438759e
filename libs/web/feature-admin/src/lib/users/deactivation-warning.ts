import { AdminUser, UserResponsibilities } from '@tafel/shared/contracts';

/**
 * The paragraphs of the question before deactivating: what the person still carries, in numbers only
 * (the administrator sees no family), and what happens next.
 */
export function deactivationIntro(user: AdminUser, carries: UserResponsibilities): string[] {
  const name = user.displayName;
  const counts = [
    carries.families > 0
      ? $localize`:@@admin.users.carriesFamilies:Regievoerder van gezinnen: ${carries.families}:count:.`
      : null,
    carries.tafelsToChair > 0
      ? $localize`:@@admin.users.carriesChair:Voorzitter van tafels die nog niet zijn afgerond: ${carries.tafelsToChair}:count:.`
      : null,
    carries.tafelsToMinute > 0
      ? $localize`:@@admin.users.carriesMinutes:Notulist van tafels die nog niet zijn afgerond: ${carries.tafelsToMinute}:count:.`
      : null,
  ].filter((line): line is string => line !== null);
  const logout = $localize`:@@admin.users.deactivateIntro:${name}:name: wordt nu overal uitgelogd en kan daarna niet meer inloggen.`;
  if (counts.length === 0) {
    return [
      logout,
      $localize`:@@admin.users.carriesNothing:${name}:name: is geen regievoerder van een gezin en geen voorzitter of notulist van een tafel die nog niet is afgerond.`,
    ];
  }
  return [
    $localize`:@@admin.users.carriesWarning:Let op: ${name}:name: heeft nog werk dat iemand anders moet overnemen.`,
    ...counts,
    ...(carries.families > 0
      ? [
          $localize`:@@admin.users.carriesHandover:Na het deactiveren draagt u de regie van deze gezinnen over aan een andere regievoerder. U ziet daarbij geen gegevens van de gezinnen.`,
        ]
      : []),
    ...(carries.tafelsToChair + carries.tafelsToMinute > 0
      ? [
          $localize`:@@admin.users.carriesTafels:Vraag de regievoerder van die gezinnen om een andere voorzitter of notulist voor de tafels.`,
        ]
      : []),
    logout,
  ];
}

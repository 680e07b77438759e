import { AccessLogEvent, FAILED_SUFFIX } from '@tafel/shared/contracts';

/**
 * The events of the access log in words: every event the API logs (`AccessLogEvent`: the access
 * action that was checked — see the access table in docs/security.md —, a list read, an emergency
 * access, an administrator's action, the privacy officer's own use of the log). A refusal at the
 * permission check logs the permission itself, and a failed write its event with `.failed`.
 */
const ACCESS_EVENT_LABELS: Readonly<Record<AccessLogEvent, string>> = {
  'case.read': $localize`:@@accessLog.event.caseRead:Dossier geopend`,
  'case.list': $localize`:@@accessLog.event.caseList:Dossier in een lijst getoond`,
  'tafel.list': $localize`:@@accessLog.event.tafelList:Tafel in een lijst getoond`,
  'dashboard.read': $localize`:@@accessLog.event.dashboardRead:Gezin getoond op "Mijn gezinnen"`,
  'handover.list': $localize`:@@accessLog.event.handoverList:Overdracht aan de eigen organisatie bekeken`,
  'case.retention.list': $localize`:@@accessLog.event.caseRetentionList:Dossier getoond in de lijst van verlopen bewaartermijnen`,
  'case.events.read': $localize`:@@accessLog.event.caseEventsRead:Tijdlijn van het dossier bekeken`,
  'case.access-log.read': $localize`:@@accessLog.event.caseAccessLogRead:"Wie keek in mijn dossier" bekeken`,
  'case.update': $localize`:@@accessLog.event.caseUpdate:Dossiergegevens gewijzigd`,
  'case.regie': $localize`:@@accessLog.event.caseRegie:Regie gewijzigd`,
  'case.handover': $localize`:@@accessLog.event.caseHandover:Regievoerder overgedragen`,
  'case.handover.orphaned': $localize`:@@accessLog.event.caseHandoverOrphaned:Regievoerder overgedragen door de beheerder (vorige regievoerder gedeactiveerd)`,
  'case.handover.candidates': $localize`:@@accessLog.event.caseHandoverCandidates:Mogelijke regievoerders bekeken`,
  'case.member.add': $localize`:@@accessLog.event.caseMemberAdd:Gezinslid toegevoegd`,
  'case.member.consent': $localize`:@@accessLog.event.caseMemberConsent:Toestemming van een jongere (16+) vastgelegd`,
  'case.professional.add': $localize`:@@accessLog.event.caseProfessionalAdd:Professional toegevoegd`,
  'case.professional.remove': $localize`:@@accessLog.event.caseProfessionalRemove:Professional uit het dossier gehaald`,
  'case.invite': $localize`:@@accessLog.event.caseInvite:Uitnodiging voor een account gestuurd`,
  'case.milestone.record': $localize`:@@accessLog.event.caseMilestone:Stap in de keten vastgelegd`,
  'case.measures.read': $localize`:@@accessLog.event.caseMeasures:Maatregelen bekeken`,
  'case.overdracht.send': $localize`:@@accessLog.event.caseOverdrachtSend:Overdracht naar een andere organisatie verstuurd`,
  'case.destroy': $localize`:@@accessLog.event.caseDestroy:Dossier vernietigd na de bewaartermijn`,
  'case.emergency-access': $localize`:@@accessLog.event.emergencyAccess:Noodtoegang gevraagd`,
  'tafel.request': $localize`:@@accessLog.event.tafelRequest:Tafel aangevraagd`,
  'tafel.read': $localize`:@@accessLog.event.tafelRead:Tafel bekeken`,
  'tafel.slots.read': $localize`:@@accessLog.event.tafelSlots:Mogelijke tijdstippen bekeken`,
  'tafel.schedule': $localize`:@@accessLog.event.tafelSchedule:Tafel gepland of verzet`,
  'tafel.cancel': $localize`:@@accessLog.event.tafelCancel:Tafel geannuleerd`,
  'tafel.participants.manage': $localize`:@@accessLog.event.tafelParticipants:Deelnemers van de tafel gewijzigd`,
  'tafel.rsvp': $localize`:@@accessLog.event.tafelRsvp:Aanwezigheid doorgegeven`,
  'tafel.attendance': $localize`:@@accessLog.event.tafelAttendance:Aanwezigheid vastgelegd`,
  'tafel.decide': $localize`:@@accessLog.event.tafelDecide:Besluit van de tafel vastgelegd`,
  'tafel.open': $localize`:@@accessLog.event.tafelOpen:Tafel geopend`,
  'tafel.room.share': $localize`:@@accessLog.event.tafelRoomShare:Delen met het kind aangepast`,
  'tafel.verslag.read': $localize`:@@accessLog.event.verslagRead:Verslag bekeken`,
  'tafel.verslag.write': $localize`:@@accessLog.event.verslagWrite:Verslag bewerkt`,
  'tafel.verslag.reply': $localize`:@@accessLog.event.verslagReply:Reactie op het verslag gegeven`,
  'tafel.notes.read': $localize`:@@accessLog.event.notesRead:Aantekeningen van de tafel gevolgd`,
  'tafel.notes.write': $localize`:@@accessLog.event.notesWrite:Aantekeningen van de tafel bewerkt`,
  'tafel.notes.shared': $localize`:@@accessLog.event.notesShared:Gedeelde tekst van de tafel gevolgd`,
  'agreement.update': $localize`:@@accessLog.event.agreementUpdate:Afspraak bijgewerkt`,
  'plan.read': $localize`:@@accessLog.event.planRead:Gezinsplan bekeken`,
  'plan.document.read': $localize`:@@accessLog.event.planDocumentRead:Gezinsplan als pdf geopend`,
  'plan.edit': $localize`:@@accessLog.event.planEdit:Gezinsplan bewerkt`,
  'plan.edit.family': $localize`:@@accessLog.event.planEditFamily:Gezinsplan bewerkt door het gezin`,
  'plan.publish': $localize`:@@accessLog.event.planPublish:Gezinsplan vastgesteld`,
  'plan.answer': $localize`:@@accessLog.event.planAnswer:Reactie op het gezinsplan gegeven`,
  'plan.attach': $localize`:@@accessLog.event.planAttach:Bijlage bij het gezinsplan toegevoegd`,
  'plan.attach.read': $localize`:@@accessLog.event.planAttachRead:Bijlage bij het gezinsplan geopend`,
  'admin.organisation.create': $localize`:@@accessLog.event.adminOrganisationCreate:Organisatie toegevoegd`,
  'admin.organisation.update': $localize`:@@accessLog.event.adminOrganisationUpdate:Organisatie gewijzigd`,
  'admin.user.read': $localize`:@@accessLog.event.adminUserRead:Account bekeken`,
  'admin.user.create': $localize`:@@accessLog.event.adminUserCreate:Account aangemaakt`,
  'admin.user.update': $localize`:@@accessLog.event.adminUserUpdate:Account gewijzigd`,
  'admin.user.deactivate': $localize`:@@accessLog.event.adminUserDeactivate:Account uitgezet`,
  'admin.user.reactivate': $localize`:@@accessLog.event.adminUserReactivate:Account weer aangezet`,
  'admin.user.second-factor-reset': $localize`:@@accessLog.event.adminUserSecondFactorReset:Tweede stap van inloggen opnieuw ingesteld`,
  access_log_searched: $localize`:@@accessLog.event.searched:Toegangslog doorzocht`,
  access_log_exported: $localize`:@@accessLog.event.exported:Toegangslog geëxporteerd`,
};

const isEvent = (code: string): code is AccessLogEvent => Object.hasOwn(ACCESS_EVENT_LABELS, code);

/**
 * An event in words. A granted write that then failed reads as an attempt; a refusal at the
 * permission check (`subject:verb`) reads as a request without the permission; a code no longer
 * logged (an older row) keeps its code, so nothing is hidden.
 */
export function accessEventLabel(event: string): string {
  if (event.endsWith(FAILED_SUFFIX)) {
    const attempted = accessEventLabel(event.slice(0, -FAILED_SUFFIX.length));
    return $localize`:@@accessLog.event.failed:${attempted}:attempted: (mislukt, niets veranderd)`;
  }
  if (isEvent(event)) return ACCESS_EVENT_LABELS[event];
  if (/^[a-z-]+:[a-z-]+$/.test(event)) {
    return $localize`:@@accessLog.event.noPermission:Geprobeerd zonder bevoegdheid (${event}:permission:)`;
  }
  return event;
}

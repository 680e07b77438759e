import { HttpErrorResponse } from '@angular/common/http';
import { ERROR_CODES, ErrorCode, InvalidParam, ProblemDetails } from '@tafel/shared/contracts';

/** True when a value looks like the API's application/problem+json body. */
export function isProblemDetails(value: unknown): value is ProblemDetails {
  if (typeof value !== 'object' || value === null) return false;
  const code = (value as { code?: unknown }).code;
  return typeof code === 'string' && (ERROR_CODES as readonly string[]).includes(code);
}

/** The je-vorm for a signed-in child (`addressReader`); null: u-vorm. */
let je: Readonly<Partial<Record<ErrorCode | 'offline', string>>> | null = null;

/** Says "je" to a child and "u" to everyone else: a child's messages are a lazy chunk of their own. */
export async function addressReader(child: boolean): Promise<void> {
  je = child ? (await import('./problem-messages-je')).PROBLEM_MESSAGES_JE : null;
}

/** A plain-Dutch (B1) sentence for a failed API call, to show to the user ("je" to a child). */
export function problemMessage(error: unknown): string {
  if (!(error instanceof HttpErrorResponse)) return messageForStatus(500);
  if (isProblemDetails(error.error)) return messageForCode(error.error.code);
  return messageForStatus(error.status);
}

/** The fields the API named as invalid (empty when the failure was not about the input). */
export function problemInvalidParams(error: unknown): InvalidParam[] {
  if (!(error instanceof HttpErrorResponse) || !isProblemDetails(error.error)) return [];
  return error.error.invalidParams ?? [];
}

function messageForCode(code: ErrorCode): string {
  const informal = je?.[code];
  if (informal) return informal;
  switch (code) {
    case 'validation_failed':
    case 'malformed_body':
    case 'unsupported_media_type':
      return $localize`:@@problem.invalid:Niet alle gegevens zijn goed ingevuld. Controleer ze en probeer het opnieuw.`;
    case 'payload_too_large':
      return $localize`:@@problem.tooLarge:Wat u wilt versturen is te groot. Maak het korter en probeer het opnieuw.`;
    case 'unauthenticated':
      return $localize`:@@problem.unauthenticated:U bent niet meer ingelogd. Log opnieuw in.`;
    case 'too_many_attempts':
      return $localize`:@@problem.tooMany:U heeft het te vaak geprobeerd. Wacht een paar minuten en probeer het dan opnieuw.`;
    case 'invalid_credentials':
      return $localize`:@@problem.invalidCredentials:Het e-mailadres of het wachtwoord klopt niet.`;
    case 'forbidden':
      return $localize`:@@problem.forbidden:U mag dit niet doen.`;
    case 'not_found':
      return $localize`:@@problem.notFound:Dit bestaat niet, of u heeft er geen toegang toe.`;
    case 'conflict':
      return $localize`:@@problem.conflict:Iemand anders heeft dit net gewijzigd. Laad de pagina opnieuw en probeer het nog eens.`;
    case 'coordinator_not_eligible':
      return $localize`:@@problem.coordinatorNotEligible:Deze persoon kan geen regievoerder van dit gezin worden.`;
    case 'same_coordinator':
      return $localize`:@@problem.sameCoordinator:Deze persoon is al de regievoerder van dit gezin.`;
    case 'regie_unchanged':
      return $localize`:@@problem.regieUnchanged:De regie ligt hier al.`;
    case 'invalid_state':
      return $localize`:@@problem.invalidState:Dit kan nu niet meer, omdat er intussen iets is veranderd. Laad de pagina opnieuw.`;
    case 'too_early':
      return $localize`:@@problem.tooEarly:Dit kan pas op de dag van de tafel.`;
    case 'email_in_use':
      return $localize`:@@problem.emailInUse:Er is al een account met dit e-mailadres. Gebruik een ander e-mailadres.`;
    case 'member_of_cases':
      return $localize`:@@problem.memberOfCases:De rol van deze persoon kan niet veranderen, omdat die persoon nog bij gezinnen of tafels betrokken is. Laat de persoon eerst uit die gezinnen en tafels halen, of maak een nieuw account aan.`;
    case 'nothing_changed':
      return $localize`:@@problem.nothingChanged:Er is niets veranderd sinds de vorige versie. Pas eerst het plan aan en publiceer het dan.`;
    case 'slot_unavailable':
      return $localize`:@@problem.slotUnavailable:Dit tijdstip is niet meer vrij. Kies een ander tijdstip.`;
    case 'double_booked':
      return $localize`:@@problem.doubleBooked:Iemand is op dat tijdstip al ingepland. Kies een ander tijdstip.`;
    case 'participants_incomplete':
      return $localize`:@@problem.participantsIncomplete:Nog niet alle deelnemers die nodig zijn, zijn uitgenodigd.`;
    case 'invitation_expired':
      return $localize`:@@problem.invitationExpired:Deze uitnodiging is verlopen of niet meer geldig. Vraag uw regievoerder om een nieuwe uitnodiging.`;
    case 'login_flow_invalid':
      return $localize`:@@problem.loginFlowInvalid:Het inloggen is niet gelukt. Begin opnieuw met inloggen.`;
    case 'assurance_too_low':
      return $localize`:@@problem.assuranceTooLow:Voor Tafel moet u inloggen op een hoger beveiligingsniveau. Log opnieuw in, bijvoorbeeld met de DigiD app met ID-check.`;
    case 'account_not_linked':
      return $localize`:@@problem.accountNotLinked:Er is nog geen account in Tafel voor u. Gebruik de link uit de uitnodiging die u per e-mail kreeg.`;
    case 'service_unavailable':
      return $localize`:@@problem.unavailable:Tafel is even niet beschikbaar. Probeer het over een paar minuten opnieuw.`;
    case 'method_not_allowed':
    case 'internal':
      return messageForStatus(500);
  }
}

function messageForStatus(status: number): string {
  if (status === 0) {
    return (
      je?.offline ??
      $localize`:@@problem.offline:Tafel is niet bereikbaar. Controleer uw internetverbinding en probeer het opnieuw.`
    );
  }
  if (status === 401) return messageForCode('unauthenticated');
  if (status === 403) return messageForCode('forbidden');
  if (status === 404) return messageForCode('not_found');
  if (status === 503) return messageForCode('service_unavailable');
  if (status === 429) return messageForCode('too_many_attempts');
  return $localize`:@@problem.general:Er ging iets mis in Tafel. Probeer het later opnieuw.`;
}

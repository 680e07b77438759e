import { ErrorCode } from '@tafel/shared/contracts';

/**
 * The problem messages that address the reader, in je-vorm for a child (B1). A chunk of its own,
 * loaded only for a signed-in child (`addressReader`): the initial JavaScript carries only the u-vorm.
 * Messages shown before sign-in (login, invitation) cannot know the reader and stay in u-vorm.
 */
export const PROBLEM_MESSAGES_JE: Readonly<Partial<Record<ErrorCode | 'offline', string>>> = {
  payload_too_large: $localize`:@@problem.tooLarge.je:Wat je wilt versturen is te groot. Maak het korter en probeer het opnieuw.`,
  unauthenticated: $localize`:@@problem.unauthenticated.je:Je bent niet meer ingelogd. Log opnieuw in.`,
  too_many_attempts: $localize`:@@problem.tooMany.je:Je hebt het te vaak geprobeerd. Wacht een paar minuten en probeer het dan opnieuw.`,
  forbidden: $localize`:@@problem.forbidden.je:Je mag dit niet doen.`,
  not_found: $localize`:@@problem.notFound.je:Dit bestaat niet, of je hebt er geen toegang toe.`,
  offline: $localize`:@@problem.offline.je:Tafel is niet bereikbaar. Controleer je internetverbinding en probeer het opnieuw.`,
};

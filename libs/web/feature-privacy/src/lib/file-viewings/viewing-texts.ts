import { FilePart, FileViewing, Role, ROLES } from '@tafel/shared/contracts';
import { ROLE_LABELS } from '@tafel/web/ui';

/** The part of the file, for parents ("uw") and for children ("jouw"). */
const PART_LABELS: Readonly<Record<FilePart, { formal: string; informal: string }>> = {
  dossier: {
    formal: $localize`:@@viewings.part.file:uw dossier`,
    informal: $localize`:@@viewings.part.fileChild:jouw gegevens`,
  },
  plan: {
    formal: $localize`:@@viewings.part.plan:uw gezinsplan`,
    informal: $localize`:@@viewings.part.planChild:jouw gezinsplan`,
  },
  tafel: {
    formal: $localize`:@@viewings.part.tafel:een gesprek (tafel) over uw gezin`,
    informal: $localize`:@@viewings.part.tafelChild:een gesprek (tafel) over jouw gezin`,
  },
  verslag: {
    formal: $localize`:@@viewings.part.verslag:het verslag van een gesprek over uw gezin`,
    informal: $localize`:@@viewings.part.verslagChild:het verslag van een gesprek over jouw gezin`,
  },
};

/** What someone did with that part, in plain words; an answer to an invitation changes nothing. */
const WHAT_SENTENCES: Readonly<Record<FileViewing['what'], (part: string) => string>> = {
  bekeken: (part) => $localize`:@@viewings.what.read:heeft ${part}:part: bekeken`,
  gewijzigd: (part) => $localize`:@@viewings.what.update:heeft iets veranderd in ${part}:part:`,
  toegevoegd: (part) => $localize`:@@viewings.what.create:heeft iets toegevoegd aan ${part}:part:`,
  verwijderd: (part) => $localize`:@@viewings.what.delete:heeft iets weggehaald uit ${part}:part:`,
  geëxporteerd: (part) =>
    $localize`:@@viewings.what.export:heeft gegevens uit ${part}:part: opgeslagen of doorgestuurd`,
  geantwoord: () => $localize`:@@viewings.what.rsvp:heeft laten weten of die naar het gesprek komt`,
};

/** "heeft uw gezinsplan bekeken" — for a child "heeft jouw gezinsplan bekeken". */
export function whatSentence(viewing: Pick<FileViewing, 'part' | 'what'>, informal: boolean): string {
  const part = PART_LABELS[viewing.part] ?? PART_LABELS.dossier;
  return (WHAT_SENTENCES[viewing.what] ?? WHAT_SENTENCES.bekeken)(informal ? part.informal : part.formal);
}

/** "Uw regievoerder Marloes ter Brake" for the family's coordinator, otherwise the name. */
export function whoLabel(viewing: Pick<FileViewing, 'who' | 'coordinator'>, informal: boolean): string {
  if (!viewing.coordinator) return viewing.who;
  return informal
    ? $localize`:@@viewings.coordinatorChild:Jouw regievoerder ${viewing.who}:name:`
    : $localize`:@@viewings.coordinator:Uw regievoerder ${viewing.who}:name:`;
}

/** The Dutch name of the role someone had, or the code as it came when it is not a known role. */
export function roleLabel(role: string): string {
  return (ROLES as readonly string[]).includes(role) ? ROLE_LABELS[role as Role] : role;
}

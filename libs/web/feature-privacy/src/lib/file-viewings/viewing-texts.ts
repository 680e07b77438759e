import { FileViewing, Role, ROLES } from '@tafel/shared/contracts';
import { ROLE_LABELS } from '@tafel/web/ui';

/** What someone did with the file, in plain words: for parents ("u") and for children ("je"). */
export const WHAT_LABELS: Readonly<Record<FileViewing['what'], { formal: string; informal: string }>> = {
  bekeken: {
    formal: $localize`:@@viewings.what.read:heeft uw dossier bekeken`,
    informal: $localize`:@@viewings.what.readChild:heeft jouw dossier bekeken`,
  },
  gewijzigd: {
    formal: $localize`:@@viewings.what.update:heeft iets in uw dossier veranderd`,
    informal: $localize`:@@viewings.what.updateChild:heeft iets in jouw dossier veranderd`,
  },
  toegevoegd: {
    formal: $localize`:@@viewings.what.create:heeft iets aan uw dossier toegevoegd`,
    informal: $localize`:@@viewings.what.createChild:heeft iets aan jouw dossier toegevoegd`,
  },
  verwijderd: {
    formal: $localize`:@@viewings.what.delete:heeft iets uit uw dossier weggehaald`,
    informal: $localize`:@@viewings.what.deleteChild:heeft iets uit jouw dossier weggehaald`,
  },
  geëxporteerd: {
    formal: $localize`:@@viewings.what.export:heeft gegevens uit uw dossier opgeslagen of doorgestuurd`,
    informal: $localize`:@@viewings.what.exportChild:heeft gegevens uit jouw dossier opgeslagen of doorgestuurd`,
  },
};

/** The Dutch name of the role someone had, or the code as it came when it is not a known role. */
export function roleLabel(role: string): string {
  return (ROLES as readonly string[]).includes(role) ? ROLE_LABELS[role as Role] : role;
}

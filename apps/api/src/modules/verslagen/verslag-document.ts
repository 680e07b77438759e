import {
  Attendance,
  ChildHeard,
  Decision,
  NOTE_AGENDAS,
  ParentsView,
  TafelDetail,
  TafelRole,
  VerslagContent,
  VerslagReply,
} from '@tafel/shared/contracts';
import { DocumentSpec, dateTime, longDate, paragraphs } from '../documents/tagged-pdf.service';

const DECISION: Record<Decision, string> = {
  no_investigation: 'Geen raadsonderzoek: de vrijwillige hulp gaat door',
  conditional: 'Drang: onderzoek uitgesteld onder voorwaarden',
  request_investigation: 'Verzoek tot onderzoek aan de Raad voor de Kinderbescherming',
  handover_to_gi: 'Overdracht aan een gecertificeerde instelling',
  no_measure_requested: 'Geen maatregel aanvragen',
  end_measure_agreed: 'Maatregel beëindigen',
  request_extension: 'De GI vraagt de kinderrechter om verlenging',
};
const CHILD_HEARD: Record<ChildHeard, string> = {
  in_person: 'Het kind was zelf aan tafel',
  via_confidant: 'Via een vertrouwenspersoon',
  in_writing: 'Schriftelijk',
  declined: 'Het kind wilde niet gehoord worden',
  not_applicable: 'Niet van toepassing',
};
const PARENTS_VIEW: Record<ParentsView, string> = {
  agree: 'Ouders zijn het eens met het besluit',
  disagree: 'Ouders zijn het niet eens met het besluit',
};
/** The tafel roles in Dutch words (the administrator's settings page names them so too). */
export const TAFEL_ROLE_NAMES: Record<TafelRole, string> = {
  chair: 'voorzitter',
  secretary: 'secretaris',
  requester: 'aanvrager',
  raad: 'Raad voor de Kinderbescherming',
  vtt: 'Veilig Thuis',
  gi: 'gecertificeerde instelling',
  professional: 'professional',
  parent: 'ouder',
  child: 'kind of jongere',
  confidant: 'vertrouwenspersoon',
};
const ATTENDANCE: Record<Attendance, string> = {
  present: 'aanwezig',
  absent: 'afwezig',
  represented_by_confidant: 'vertegenwoordigd door een vertrouwenspersoon',
  written_input: 'schriftelijke inbreng',
};

/** The draft verslag of a concluded tafel: its data (as professionals read it) and the frozen notes. */
export function composeVerslag(tafel: TafelDetail, notes: ReadonlyMap<string, string>): VerslagContent {
  return {
    momentType: tafel.momentType,
    heldAt: tafel.startsAt,
    place: tafel.location,
    participants: tafel.participants
      .filter((p) => p.invitation !== 'not_invited')
      .map((p) => ({ name: p.name, role: p.role, attendance: p.attendance })),
    childHeard: tafel.childHeard,
    discussion: NOTE_AGENDAS[tafel.momentType].map((item) => ({
      key: item.key,
      title: item.title,
      text: notes.get(item.key) ?? '',
    })),
    decision: tafel.decision?.decision ?? null,
    rationale: tafel.decision?.rationale ?? null,
    agreements: tafel.agreements.map((a) => ({ owner: a.ownerName, what: a.what, dueDate: a.dueDate })),
    parentsView: tafel.decision?.parentsView ?? null,
    parentsViewText: tafel.decision?.parentsViewText ?? null,
  };
}

/** The agenda items something was written down for; one line saying so when nothing was. */
function discussionSections(content: VerslagContent): DocumentSpec['sections'] {
  const written = content.discussion.filter((s) => s.text.trim() !== '');
  return written.length
    ? written.map((s) => ({ heading: s.title, blocks: paragraphs(s.text) }))
    : [
        {
          heading: 'Aantekeningen',
          blocks: paragraphs(null, 'Tijdens het gesprek zijn geen aantekeningen gemaakt.'),
        },
      ];
}

/** The adopted verslag as a document (the PDF): the fixed structure, then the reactions, never merged. */
export function verslagDocument(
  content: VerslagContent,
  adopted: { adoptedAt: string; hash: string },
  replies: VerslagReply[],
): DocumentSpec {
  return {
    title: `Verslag van de tafel${content.heldAt ? ` van ${dateTime(content.heldAt)}` : ''}`,
    subtitle: `Vastgesteld op ${dateTime(adopted.adoptedAt)}. Kenmerk (SHA-256): ${adopted.hash}`,
    sections: [
      {
        heading: 'Datum en plaats',
        blocks: [
          { kind: 'paragraph', text: content.heldAt ? dateTime(content.heldAt) : 'Geen datum vastgelegd.' },
          { kind: 'paragraph', text: content.place ?? 'Geen plaats vastgelegd.' },
        ],
      },
      {
        heading: 'Deelnemers en aanwezigheid',
        blocks: [
          content.participants.length === 0
            ? { kind: 'paragraph', text: 'Niet vastgelegd.' }
            : {
                kind: 'list',
                items: content.participants.map(
                  (p) =>
                    `${p.name} (${TAFEL_ROLE_NAMES[p.role]}): ${p.attendance ? ATTENDANCE[p.attendance] : 'niet vastgelegd'}`,
                ),
              },
        ],
      },
      {
        heading: 'Hoe het kind is gehoord',
        blocks: [
          {
            kind: 'paragraph',
            text: content.childHeard ? CHILD_HEARD[content.childHeard] : 'Niet vastgelegd.',
          },
        ],
      },
      ...discussionSections(content),
      {
        heading: 'Besluit en onderbouwing',
        blocks: [
          { kind: 'paragraph', text: content.decision ? DECISION[content.decision] : 'Geen besluit.' },
          ...paragraphs(content.rationale),
        ],
      },
      {
        heading: 'Afspraken',
        blocks: [
          {
            kind: 'list',
            items: content.agreements.map((a) => `${a.owner}: ${a.what} (uiterlijk ${longDate(a.dueDate)})`),
          },
          ...(content.agreements.length ? [] : paragraphs(null, 'Geen afspraken.')),
        ],
      },
      {
        heading: 'Wat ouders van het besluit vinden',
        blocks: [
          ...(content.parentsView
            ? [{ kind: 'paragraph' as const, text: PARENTS_VIEW[content.parentsView] }]
            : []),
          ...paragraphs(content.parentsViewText),
        ],
      },
      {
        heading: 'Reacties van de familie',
        blocks: replies.length
          ? replies.map((r) => ({
              kind: 'paragraph',
              text: `${r.author}, ${dateTime(r.createdAt)}: ${r.text}`,
            }))
          : paragraphs(null, 'Nog geen reacties.'),
      },
    ],
  };
}

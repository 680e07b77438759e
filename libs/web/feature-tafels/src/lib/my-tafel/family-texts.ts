import { MomentType, TafelRole } from '@tafel/shared/contracts';

/** What a tafel is about, in B1 Dutch: for parents ("u") and for children ("je"). */
export const MOMENT_EXPLANATIONS: Readonly<Record<MomentType, { formal: string; informal: string }>> = {
  toeleiding: {
    formal: $localize`:@@family.moment.toeleiding:We praten samen over de zorgen en wat er nodig is om uw kinderen veilig te laten opgroeien. Ook bespreken we of de Raad voor de Kinderbescherming onderzoek moet doen.`,
    informal: $localize`:@@family.moment.toeleidingChild:We praten samen over de zorgen en wat er nodig is zodat jij veilig kunt opgroeien. Ook bespreken we of de Raad voor de Kinderbescherming onderzoek moet doen.`,
  },
  overdracht: {
    formal: $localize`:@@family.moment.overdracht:De Raad voor de Kinderbescherming is klaar met het onderzoek. We bespreken wat eruit kwam. U maakt kennis met de jeugdbeschermer die u en uw kinderen gaat helpen.`,
    informal: $localize`:@@family.moment.overdrachtChild:De Raad voor de Kinderbescherming is klaar met het onderzoek. We bespreken wat eruit kwam. Je maakt kennis met de jeugdbeschermer die jou en je gezin gaat helpen.`,
  },
  afschaling: {
    formal: $localize`:@@family.moment.afschaling:Het gaat beter. We bespreken of de maatregel kan stoppen en welke hulp u daarna nog nodig heeft.`,
    informal: $localize`:@@family.moment.afschalingChild:Het gaat beter. We bespreken of de maatregel kan stoppen en welke hulp jij en je gezin daarna nog nodig hebben.`,
  },
  herbespreking: {
    formal: $localize`:@@family.moment.herbespreking:We kijken samen terug. Zijn de afspraken van de vorige keer gelukt? En wat is er nu nodig?`,
    informal: $localize`:@@family.moment.herbesprekingChild:We kijken samen terug. Zijn de afspraken van de vorige keer gelukt? En wat is er nu nodig?`,
  },
};

/** Who someone is at the tafel and what they do there, in plain words. */
export const ROLE_EXPLANATIONS: Readonly<Record<TafelRole, string>> = {
  chair: $localize`:@@family.role.chair:voorzitter: leidt het gesprek`,
  secretary: $localize`:@@family.role.secretary:secretaris: schrijft op wat er besproken wordt`,
  requester: $localize`:@@family.role.requester:heeft het gesprek aangevraagd`,
  raad: $localize`:@@family.role.raad:Raad voor de Kinderbescherming: denkt mee over de veiligheid van de kinderen`,
  vtt: $localize`:@@family.role.vtt:Veilig Thuis: vertelt wat zij weten over de zorgen`,
  gi: $localize`:@@family.role.gi:jeugdbeschermer: helpt het gezin als er een maatregel is`,
  professional: $localize`:@@family.role.professional:hulpverlener: denkt mee`,
  parent: $localize`:@@family.role.parent:ouder`,
  child: $localize`:@@family.role.child:kind`,
  confidant: $localize`:@@family.role.confidant:vertrouwenspersoon: steunt iemand uit het gezin`,
};

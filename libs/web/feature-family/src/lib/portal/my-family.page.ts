import { ChangeDetectionStrategy, Component, computed, inject, LOCALE_ID } from '@angular/core';
import { RouterLink } from '@angular/router';
import { CaseDetail, Measure, PlanAnswer, PlanVersion } from '@tafel/shared/contracts';
import { AuthStore, FAMILY_TAFEL_ROLES, loadedValue, loadResource, PATHS } from '@tafel/web/core';
import { formatDate, formatSlot, Loading } from '@tafel/web/ui';
import { Answerer } from '../answer/section-answer';
import { agreementState } from '../family-texts';
import { ParentsConsent } from '../child/parents-consent';
import { loadFamilyData } from './family-data';
import { FamilyPlan } from './family-plan';
import { measureSentence } from './measure-sentence';
import { awaitedSections, seesNoPlanText } from './plan-answers';

/**
 * /mijn-gezin — the home page of a parent, child or confidant, made for a phone, in plain Dutch: the
 * next tafel, the court's measures, the plan with their answers, the agreements, the adopted verslagen, and who looked in
 * their file. A child reads it in je-vorm, and sees what the API lets them see.
 */
@Component({
  selector: 'tafel-my-family-page',
  imports: [RouterLink, Loading, FamilyPlan, ParentsConsent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './my-family.page.html',
  styleUrl: './my-family.page.scss',
})
export class MyFamilyPage {
  private readonly auth = inject(AuthStore);
  private readonly locale = inject(LOCALE_ID);

  protected readonly paths = PATHS;
  protected readonly state = loadResource(loadFamilyData());
  protected readonly data = computed(() => loadedValue(this.state()));
  protected readonly child = computed(() => this.auth.me()?.role === 'child');
  protected readonly firstName = computed(() => this.auth.me()?.displayName.split(' ')[0] ?? '');
  protected readonly answerer = computed<Answerer>(() => (this.child() ? 'child' : 'parent'));
  protected readonly hasMyTafel = computed(() => {
    const role = this.auth.me()?.role;
    return role !== undefined && FAMILY_TAFEL_ROLES.includes(role);
  });
  protected readonly seesViewings = computed(() => this.auth.hasPermission('accesslog:own'));
  protected readonly canAnswer = computed(() => this.auth.hasPermission('plan:answer'));
  /** Under family regie a parent writes the family's own part of the draft, on the plan page. */
  protected readonly writesDraft = computed(
    () => this.auth.hasPermission('plan:edit') && !!this.data()?.overview?.draft,
  );
  protected readonly awaited = computed(() => {
    const version = this.data()?.version;
    if (!version || !this.canAnswer() || (version.documentsWithheld && !this.child())) return 0;
    return awaitedSections(version, this.answerer()).length;
  });
  /** The plan shows the agreements under its goals: then they are not listed a second time below it. */
  protected readonly agreementsInPlan = computed(() => {
    const version = this.data()?.version;
    return !!version && !version.documentsWithheld && version.goals.length > 0;
  });
  /** The verslagen are documents: not for whoever gets none (a child under 16, a restricted parent). */
  protected readonly showsVerslagen = computed(() => {
    const data = this.data();
    return !!data && !(data.version?.documentsWithheld ?? this.child());
  });

  protected when(startsAt: string | null, endsAt: string | null): string | null {
    return startsAt ? formatSlot(this.locale, startsAt, endsAt) : null;
  }

  /** A child under 16 is told plainly when the plan shows them nothing yet. */
  protected seesNoPlanText(version: PlanVersion): boolean {
    return seesNoPlanText(version, 'child');
  }

  protected date(value: string): string {
    return formatDate(this.locale, value);
  }

  /** A child reads their own measure ("voor jou"); a parent reads it by the child's first name. */
  protected measure(m: Measure, family: CaseDetail): string {
    const name = this.child()
      ? null
      : (family.members.find((p) => p.id === m.memberId)?.firstName ??
        $localize`:@@family.measure.yourChild:uw kind`);
    return measureSentence(m, name, this.locale);
  }

  protected readonly status = agreementState;

  protected onConsent(family: CaseDetail): void {
    const data = this.data();
    if (data) this.state.set({ status: 'loaded', value: { ...data, family } });
  }

  protected onAnswered(answer: PlanAnswer): void {
    const data = this.data();
    const version = data?.version;
    if (!data || !version) return;
    this.state.set({
      status: 'loaded',
      value: { ...data, version: { ...version, answers: [...version.answers, answer] } },
    });
  }
}

import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import {
  FamilyAgreement,
  PLAN_TEXT_SECTIONS,
  PlanAgreement,
  PlanDraft,
  PlanGoal,
} from '@tafel/shared/contracts';
import { of } from 'rxjs';
import { formRules } from '@tafel/web/ui';
import { DraftEditor } from './draft-editor';

const draft = (
  revision: number,
  worries: string,
  updatedBy = 'Petra Jansen',
  goals: PlanGoal[] = [],
  agreements: PlanAgreement[] = [],
): PlanDraft => ({
  caseId: 'c1',
  revision,
  sections: { worries, going_well: '', safety_goals: '', family_view: '', children_views: '' },
  goals,
  agreements,
  updatedAt: '2026-11-29T10:00:00Z',
  updatedBy,
});

describe('DraftEditor', () => {
  let fixture: ComponentFixture<DraftEditor>;
  let http: HttpTestingController;
  let choice: 'mine' | 'theirs' | undefined;
  const opened: unknown[] = [];
  const saved: PlanDraft[] = [];

  beforeEach(() => {
    choice = undefined;
    opened.length = 0;
    saved.length = 0;
    TestBed.configureTestingModule({
      imports: [DraftEditor],
      providers: [
        // As the plan's route provides it: a field's error shows once it is dirty.
        formRules,
        provideHttpClient(),
        provideHttpClientTesting(),
        {
          provide: MatDialog,
          useValue: {
            open: (_: unknown, config: { data: unknown }) => {
              opened.push(config.data);
              return { afterClosed: () => of(choice) };
            },
          },
        },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(DraftEditor);
    fixture.componentRef.setInput('caseId', 'c1');
    fixture.componentRef.setInput('draft', draft(2, 'Oud.'));
    fixture.componentRef.setInput('editable', PLAN_TEXT_SECTIONS);
    fixture.componentRef.setInput('goalsEditable', true);
    fixture.componentInstance.saved.subscribe((d) => saved.push(d));
    fixture.detectChanges();
  });
  afterEach(() => http.verify());

  function typeWorries(text: string): void {
    const area: HTMLTextAreaElement = fixture.nativeElement.querySelector('textarea');
    area.value = text;
    area.dispatchEvent(new Event('input'));
  }

  function submit(): void {
    fixture.nativeElement.querySelector('form').dispatchEvent(new Event('submit'));
  }

  /** The API's 409 problem, with the draft as the other person saved it. */
  const conflict = (current: PlanDraft) => ({
    body: { type: 'about:blank', title: 'Conflict', status: 409, code: 'conflict', current },
  });

  it('saves with the revision it was based on', () => {
    typeWorries('Nieuw.');
    submit();
    const req = http.expectOne({ method: 'PUT', url: '/api/v1/cases/c1/plan' });
    expect(req.request.body).toMatchObject({
      baseRevision: 2,
      sections: { worries: 'Nieuw.' },
      goals: [],
      agreements: [],
    });
    req.flush(draft(3, 'Nieuw.'));
    expect(saved.map((d) => d.revision)).toEqual([3]);
  });

  it('on a 409 shows the other person’s version and saves nothing until the user chooses', () => {
    typeWorries('Mijn tekst.');
    submit();
    const theirs = draft(3, 'Hun tekst.');
    http
      .expectOne('/api/v1/cases/c1/plan')
      .flush(conflict(theirs).body, { status: 409, statusText: 'Conflict' });
    expect(opened).toEqual([{ mine: expect.objectContaining({ baseRevision: 2 }), theirs }]);
    expect(saved).toEqual([]);
    http.expectNone('/api/v1/cases/c1/plan');
  });

  it('saves the user’s own version over the other only when they choose so, based on the other’s revision', () => {
    choice = 'mine';
    typeWorries('Mijn tekst.');
    submit();
    http
      .expectOne('/api/v1/cases/c1/plan')
      .flush(conflict(draft(3, 'Hun tekst.')).body, { status: 409, statusText: 'Conflict' });
    const retry = http.expectOne({ method: 'PUT', url: '/api/v1/cases/c1/plan' });
    expect(retry.request.body).toMatchObject({ baseRevision: 3, sections: { worries: 'Mijn tekst.' } });
    retry.flush(draft(4, 'Mijn tekst.'));
    expect(saved.map((d) => d.revision)).toEqual([4]);
  });

  it('takes the other person’s draft when the user chooses theirs', () => {
    choice = 'theirs';
    typeWorries('Mijn tekst.');
    submit();
    const theirs = draft(3, 'Hun tekst.');
    http
      .expectOne('/api/v1/cases/c1/plan')
      .flush(conflict(theirs).body, { status: 409, statusText: 'Conflict' });
    expect(saved).toEqual([theirs]);
  });

  it('a parent sends only the family’s own sections and no agreements', () => {
    fixture.componentRef.setInput('editable', ['family_view']);
    fixture.componentRef.setInput('goalsEditable', false);
    fixture.componentRef.setInput('draft', draft(2, 'Oud.'));
    fixture.detectChanges();
    submit();
    const req = http.expectOne('/api/v1/cases/c1/plan');
    expect(req.request.body).toEqual({ baseRevision: 2, sections: { family_view: '' } });
    req.flush(draft(3, 'Oud.'));
  });

  describe('goals', () => {
    const school: PlanGoal = {
      id: '0b7c1d2e-3f40-4a5b-8c6d-7e8f9a0b1c2d',
      text: 'Daan gaat elke dag naar school.',
    };
    const rest: PlanGoal = { id: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f', text: 'Er is rust in huis.' };
    const call = { owner: 'Sanne', what: 'Belt de huisarts', dueDate: '2026-12-01' };

    const button = (text: string): HTMLButtonElement => {
      const found = Array.from<HTMLButtonElement>(fixture.nativeElement.querySelectorAll('button')).find(
        (b) => b.textContent?.replace(/\s+/g, ' ').trim() === text,
      );
      if (!found) throw new Error(`no button "${text}"`);
      return found;
    };
    const type = (selector: string, value: string, index = 0) => {
      const field = fixture.nativeElement.querySelectorAll(selector)[index] as HTMLInputElement;
      field.value = value;
      field.dispatchEvent(new Event('input'));
    };
    const legends = () =>
      Array.from<HTMLElement>(fixture.nativeElement.querySelectorAll('fieldset.goal > legend')).map((l) =>
        l.textContent?.trim(),
      );
    const show = (d: PlanDraft) => {
      fixture.componentRef.setInput('draft', d);
      fixture.detectChanges();
    };

    it('adds a goal with a new id and an agreement under it, and sends the agreement linked to it', () => {
      button('Doel toevoegen').click();
      fixture.detectChanges();
      type('[formcontrolname="text"]', 'Daan slaapt goed.');
      button('Afspraak toevoegen bij doel 1').click();
      fixture.detectChanges();
      type('[formcontrolname="owner"]', 'Sanne');
      type('[formcontrolname="what"]', 'Belt de huisarts');
      type('[formcontrolname="dueDate"]', '2026-12-01');
      submit();
      const body = http.expectOne({ method: 'PUT', url: '/api/v1/cases/c1/plan' }).request.body;
      expect(body.goals).toEqual([
        { id: expect.stringMatching(/^[0-9a-f-]{36}$/), text: 'Daan slaapt goed.' },
      ]);
      expect(body.agreements).toEqual([{ ...call, goalId: body.goals[0].id }]);
    });

    it('shows each goal with its agreements, and an agreement without goal apart; saves nothing until it has one', () => {
      show(
        draft(
          2,
          'Oud.',
          'Petra Jansen',
          [school, rest],
          [
            { ...call, goalId: rest.id },
            { ...call, goalId: null },
          ],
        ),
      );
      expect(legends()).toEqual(['Doel 1', 'Doel 2', 'Afspraken zonder doel']);
      const goal2 = fixture.nativeElement.querySelectorAll('fieldset.goal')[1] as HTMLElement;
      expect((goal2.querySelector('[formcontrolname="what"]') as HTMLInputElement).value).toBe(
        'Belt de huisarts',
      );
      submit();
      fixture.detectChanges();
      http.expectNone('/api/v1/cases/c1/plan');
      expect(fixture.nativeElement.textContent).toContain('Kies het doel van deze afspraak.');
    });

    it('keeps the agreements of a removed goal, without goal, and sends the goal no more', () => {
      show(draft(2, 'Oud.', 'Petra Jansen', [school, rest], [{ ...call, goalId: rest.id }]));
      button('Doel 2 verwijderen').click();
      fixture.detectChanges();
      expect(legends()).toEqual(['Doel 1', 'Afspraken zonder doel']);
      submit();
      http.expectNone('/api/v1/cases/c1/plan');
      button('Doel 1 verwijderen').click();
      fixture.detectChanges();
      submit();
      const body = http.expectOne('/api/v1/cases/c1/plan').request.body;
      expect([body.goals, body.agreements]).toEqual([[], [call]]);
    });

    it("shows a goal's agreements made at tafels beside the plan's own, with their status", () => {
      const tafel = (what: string, status: 'open' | 'done', overdue: boolean): FamilyAgreement => ({
        source: 'tafel',
        id: what,
        owner: 'Wijkteam',
        what,
        dueDate: '2026-11-20',
        status,
        overdue,
        dueSoon: false,
        tafelId: 't1',
        planVersion: null,
        goalId: school.id,
      });
      fixture.componentRef.setInput('tafelAgreements', [
        tafel('Belt school', 'open', true),
        tafel('Zoekt een cursus', 'done', false),
      ]);
      show(draft(2, 'Oud.', 'Petra Jansen', [school, rest], [{ ...call, goalId: school.id }]));
      const [first, second] = Array.from<HTMLElement>(
        fixture.nativeElement.querySelectorAll('fieldset.goal'),
      );
      const items = Array.from(first.querySelectorAll('.tafel-agreements li')).map((li) =>
        li.textContent?.replace(/\s+/g, ' ').trim(),
      );
      expect(items).toEqual([
        expect.stringMatching(/^Wijkteam: Belt school \(uiterlijk .*2026\) Te laat$/),
        expect.stringMatching(/^Wijkteam: Zoekt een cursus \(uiterlijk .*2026\) Afgerond$/),
      ]);
      expect(second.querySelector('.tafel-agreements')).toBeNull();
    });
  });
});

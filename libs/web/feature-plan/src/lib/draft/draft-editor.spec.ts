import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { PLAN_SECTIONS, PlanDraft } from '@tafel/shared/contracts';
import { of } from 'rxjs';
import { DraftEditor } from './draft-editor';

const draft = (revision: number, worries: string, updatedBy = 'Petra Jansen'): PlanDraft => ({
  caseId: 'c1',
  revision,
  sections: { worries, going_well: '', safety_goals: '', goals: '', family_view: '', children_views: '' },
  agreements: [],
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
    fixture.componentRef.setInput('editable', PLAN_SECTIONS);
    fixture.componentRef.setInput('agreementsEditable', true);
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
    fixture.componentRef.setInput('agreementsEditable', false);
    fixture.componentRef.setInput('draft', draft(2, 'Oud.'));
    fixture.detectChanges();
    submit();
    const req = http.expectOne('/api/v1/cases/c1/plan');
    expect(req.request.body).toEqual({ baseRevision: 2, sections: { family_view: '' } });
    req.flush(draft(3, 'Oud.'));
  });
});

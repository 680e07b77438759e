import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { PlanAnswer } from '@tafel/shared/contracts';
import { Answerer, SectionAnswer } from './section-answer';

const URL = '/api/v1/cases/c1/plan/versions/2/answers';

describe('SectionAnswer', () => {
  let fixture: ComponentFixture<SectionAnswer>;
  let http: HttpTestingController;
  const answered: PlanAnswer[] = [];

  function create(answerer: Answerer, section: 'worries' | 'children_views' = 'worries'): HTMLElement {
    answered.length = 0;
    TestBed.configureTestingModule({
      imports: [SectionAnswer],
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(SectionAnswer);
    fixture.componentRef.setInput('caseId', 'c1');
    fixture.componentRef.setInput('versionNumber', 2);
    fixture.componentRef.setInput('section', section);
    fixture.componentRef.setInput('title', 'Zorgen');
    fixture.componentRef.setInput('answerer', answerer);
    fixture.componentInstance.answered.subscribe((a) => answered.push(a));
    fixture.detectChanges();
    return fixture.nativeElement;
  }
  afterEach(() => http.verify());

  const choose = (el: HTMLElement, value: 'agree' | 'disagree') => {
    (el.querySelector(`input[type=radio][value=${value}]`) as HTMLInputElement).click();
    fixture.detectChanges();
  };
  const type = (el: HTMLElement, text: string) => {
    const area = el.querySelector('textarea') as HTMLTextAreaElement;
    area.value = text;
    area.dispatchEvent(new Event('input'));
    fixture.detectChanges();
  };
  const submit = (el: HTMLElement) => {
    el.querySelector('form')?.dispatchEvent(new Event('submit'));
    fixture.detectChanges();
  };

  it('sends nothing until the parent chooses Eens or Niet eens', () => {
    const el = create('parent');
    submit(el);
    expect(el.textContent).toContain('Kies Eens of Niet eens.');
    http.expectNone(URL);
  });

  it('sends "Eens" without words', () => {
    const el = create('parent');
    choose(el, 'agree');
    expect(el.querySelector('textarea')).toBeNull();
    submit(el);
    const req = http.expectOne({ method: 'POST', url: URL });
    expect(req.request.body).toEqual({ section: 'worries', answer: 'agree' });
    req.flush({ id: 'a1' });
    expect(answered).toHaveLength(1);
  });

  it('needs the parent’s own words when they disagree, and sends them trimmed', () => {
    const el = create('parent');
    choose(el, 'disagree');
    submit(el);
    expect(el.textContent).toContain('Schrijf op waarom u het niet eens bent.');
    http.expectNone(URL);

    type(el, '   Wij maken geen ruzie waar Daan bij is.  ');
    submit(el);
    const req = http.expectOne(URL);
    expect(req.request.body).toEqual({
      section: 'worries',
      answer: 'disagree',
      text: 'Wij maken geen ruzie waar Daan bij is.',
    });
    req.flush({ id: 'a2' });
  });

  it('a child writes their own view, which may not be empty', () => {
    const el = create('child', 'children_views');
    expect(el.querySelector('input[type=radio]')).toBeNull();
    submit(el);
    expect(el.textContent).toContain('Schrijf eerst wat je vindt.');
    http.expectNone(URL);
    type(el, 'Ik wil bij oma kunnen slapen.');
    submit(el);
    expect(http.expectOne(URL).request.body).toEqual({
      section: 'children_views',
      answer: 'view',
      text: 'Ik wil bij oma kunnen slapen.',
    });
  });

  it('shows the API’s problem and keeps the words when the answer is refused', () => {
    const el = create('parent');
    choose(el, 'disagree');
    type(el, 'Dit klopt niet.');
    submit(el);
    http
      .expectOne(URL)
      .flush(
        { type: 'about:blank', title: 'Conflict', status: 409, code: 'conflict' },
        { status: 409, statusText: 'Conflict' },
      );
    fixture.detectChanges();
    expect(el.querySelector('[role=alert]')?.textContent).toContain('Iemand anders heeft dit net gewijzigd');
    expect((el.querySelector('textarea') as HTMLTextAreaElement).value).toBe('Dit klopt niet.');
    expect(answered).toEqual([]);
  });
});

import { registerLocaleData } from '@angular/common';
import localeNl from '@angular/common/locales/nl';
import { LOCALE_ID } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { CaseMember, Measure } from '@tafel/shared/contracts';
import { MeasureList } from './measure-list';

const child = { id: 'm1', firstName: 'Emma', lastName: 'Hofman' } as CaseMember;
const ots: Measure = {
  id: 'x1',
  caseId: 'c1',
  memberId: 'm1',
  type: 'ots',
  courtDate: '2026-12-01',
  startsOn: '2026-12-01',
  endsOn: '2027-12-01',
  giOrganisationId: 'g1',
  giOrganisationName: 'Jeugdbescherming Overijssel',
  jeugdbeschermerId: null,
  jeugdbeschermerName: null,
  extensions: [],
  endedOn: null,
  endReason: null,
};

function render(measures: Measure[], today = '2026-12-01'): HTMLElement {
  registerLocaleData(localeNl);
  TestBed.configureTestingModule({ providers: [{ provide: LOCALE_ID, useValue: 'nl' }] });
  const fixture = TestBed.createComponent(MeasureList);
  fixture.componentRef.setInput('measures', measures);
  fixture.componentRef.setInput('members', [child]);
  fixture.componentRef.setInput('today', today);
  fixture.detectChanges();
  return fixture.nativeElement as HTMLElement;
}

describe('MeasureList', () => {
  it('shows the type, child, GI, court date, start, end and how long a running measure still lasts', () => {
    const text = render([ots]).textContent?.replace(/\s+/g, ' ') ?? '';
    expect(text).toContain('Ondertoezichtstelling (OTS)');
    expect(text).toContain('loopt');
    expect(text).toContain('Emma Hofman');
    expect(text).toContain('Jeugdbescherming Overijssel');
    expect(text).toContain('1 december 2026');
    expect(text).toContain('1 december 2027');
    expect(text).toContain('nog 12 maanden');
  });

  it('counts the last days, and lists an ended measure after the running one with its reason', () => {
    const vots: Measure = {
      ...ots,
      id: 'x0',
      type: 'vots',
      endsOn: '2026-12-20',
      endedOn: '2026-12-10',
      endReason: 'afschaling',
    };
    const host = render([vots, { ...ots, endsOn: '2026-12-11' }]);
    const items = host.querySelectorAll('li');
    expect(items[0]?.textContent).toContain('nog 10 dagen');
    expect(items[1]?.textContent).toContain('beëindigd');
    expect(items[1]?.textContent).toContain('Afgeschaald naar vrijwillige hulp');
  });

  it('says when there is no measure', () => {
    expect(render([]).textContent).toContain('geen maatregel');
  });
});

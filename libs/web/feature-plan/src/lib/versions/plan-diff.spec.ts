import { TestBed } from '@angular/core/testing';
import { PlanComparison } from '@tafel/shared/contracts';
import { PlanDiff } from './plan-diff';

const comparison: PlanComparison = {
  from: 1,
  to: 2,
  sections: [
    {
      section: 'worries',
      change: 'changed',
      parts: [
        { kind: 'same', text: 'Daan slaapt ' },
        { kind: 'removed', text: 'slecht' },
        { kind: 'added', text: 'beter' },
      ],
    },
    { section: 'going_well', change: 'unchanged', parts: [{ kind: 'same', text: 'Oma helpt.' }] },
    {
      section: 'goals',
      change: 'added',
      parts: [{ kind: 'added', text: 'Doel: Rust in huis\n– Sanne — belt — 1 december 2026' }],
    },
  ],
};

describe('PlanDiff', () => {
  function render(): HTMLElement {
    const fixture = TestBed.createComponent(PlanDiff);
    fixture.componentRef.setInput('comparison', comparison);
    fixture.detectChanges();
    return fixture.nativeElement;
  }

  it('marks added words as <ins> and removed words as <del>, with words for screen readers', () => {
    const el = render();
    const worries = el.querySelector('#diff-worries')?.parentElement as HTMLElement;
    expect(worries.querySelector('ins')?.textContent).toBe('[toegevoegd:beter]');
    expect(worries.querySelector('del')?.textContent).toBe('[weggehaald:slecht]');
    expect(worries.textContent).toContain('Daan slaapt');
    expect(worries.querySelector('h4')?.textContent).toContain('Veranderd');
  });

  it('names each section and its change, and shows no text for an unchanged section', () => {
    const el = render();
    const headings = Array.from(el.querySelectorAll('h4')).map((h) =>
      h.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(headings).toEqual([
      'Zorgen (Veranderd)',
      'Wat goed gaat (Niet veranderd)',
      'Doelen en afspraken (Nieuw)',
    ]);
    const unchanged = el.querySelector('#diff-going_well')?.parentElement as HTMLElement;
    expect(unchanged.querySelector('p')).toBeNull();
  });
});

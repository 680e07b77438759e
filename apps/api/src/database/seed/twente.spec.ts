import { GEMEENTEN } from '@tafel/shared/contracts';
import { ageOn } from '@tafel/shared/util';
import { chainHistory, stepDaysAgo } from './demo-chain';
import { demoFamily, random } from './demo-families';
import { JEUGDZORG_PER_GEMEENTE, familiesPerGemeente } from './twente';

describe('familiesPerGemeente', () => {
  it('spreads exactly the total over all 14 gemeenten, largest where jeugdzorg is largest', () => {
    const split = Object.fromEntries(familiesPerGemeente(100));
    expect(Object.keys(split).sort()).toEqual([...GEMEENTEN].sort());
    expect(Object.values(split).reduce((a, b) => a + b, 0)).toBe(100);
    expect(split['Enschede']).toBe(Math.max(...Object.values(split)));
    expect(split['Dinkelland']).toBeGreaterThanOrEqual(1);
    const sum = Object.values(JEUGDZORG_PER_GEMEENTE).reduce((a, b) => a + b, 0);
    for (const g of GEMEENTEN)
      expect(Math.abs(split[g] - (100 * JEUGDZORG_PER_GEMEENTE[g]) / sum)).toBeLessThan(1.5);
  });
});

describe('demoFamily', () => {
  it('makes children under 18 with a parent holding custody and a timeline', () => {
    const rnd = random(7);
    const today = new Date('2026-11-22T12:00:00Z');
    for (let i = 0; i < 50; i++) {
      const family = demoFamily(rnd, 'Almelo', today);
      const children = family.members.filter((m) => m.kind === 'child');
      expect(children.length).toBeGreaterThan(0);
      for (const child of children) expect(ageOn(child.birthDate as string, today)).toBeLessThan(18);
      expect(family.members.some((m) => m.kind === 'parent' && m.custody)).toBe(true);
      const days = family.history.map(stepDaysAgo);
      expect(days.every((d) => d >= 1 && d <= family.openedDaysAgo)).toBe(true);
    }
  });
});

describe('chainHistory', () => {
  it('follows the flows: in order, a court order after the raadsonderzoek and its overdracht tafel', () => {
    const rnd = random(12);
    for (let i = 0; i < 50; i++) {
      const steps = chainHistory(rnd, 'step_down', 480 + i * 3);
      const days = steps.map(stepDaysAgo);
      expect(days).toEqual([...days].sort((a, b) => b - a));
      const kinds = steps.map((s) => (s.kind === 'tafel' ? `tafel:${s.tafel.momentType}` : s.kind));
      const at = (kind: string) => kinds.indexOf(kind);
      expect(at('investigation_started')).toBeGreaterThan(at('tafel:toeleiding'));
      expect(at('court_order')).toBeGreaterThan(at('investigation_finished'));
      expect(at('court_order')).toBeGreaterThan(at('tafel:overdracht'));
      expect(at('measure_ended')).toBeGreaterThan(at('tafel:afschaling'));
    }
  });

  it('hands a measure over to the GI (accepted, sometimes first returned) and back to the wijkteam at afschaling', () => {
    const rnd = random(12);
    let returned = 0;
    for (let i = 0; i < 50; i++) {
      const steps = chainHistory(rnd, 'step_down', 480 + i * 3);
      const kinds = steps.map((s) => ('to' in s ? `${s.kind}:${s.to}` : s.kind));
      const at = (kind: string) => kinds.indexOf(kind);
      expect(at('handover_accepted:gi')).toBeGreaterThan(at('court_order'));
      expect(at('handover_accepted:gi')).toBe(at('jeugdbeschermer_assigned') - 1);
      expect(at('handover_sent:wijkteam')).toBe(at('measure_ended') + 1);
      if (at('handover_returned') >= 0) {
        returned++;
        expect(kinds.slice(at('handover_returned'), at('handover_returned') + 2)).toEqual([
          'handover_returned',
          'handover_sent:gi',
        ]);
        expect(at('handover_returned')).toBeLessThan(at('court_order'));
      }
    }
    expect(returned).toBeGreaterThan(0);
    expect(returned).toBeLessThan(25);
  });

  it('extends a long-running measure by the court, each time after an afschaling tafel asked for it', () => {
    const rnd = random(5);
    let extended = 0;
    for (let i = 0; i < 30; i++) {
      const steps = chainHistory(rnd, 'measure', 600 + i * 10);
      const days = steps.map(stepDaysAgo);
      expect(days).toEqual([...days].sort((a, b) => b - a));
      const order = steps.find((s) => s.kind === 'court_order');
      const extensions = steps.filter((s) => s.kind === 'measure_extended');
      extended += extensions.length;
      const periods = order?.kind === 'court_order' ? order.months : 0;
      // Without the extensions the measure would have ended (or end within 10 days).
      const endsDaysAgo = (order?.daysAgo ?? 0) - Math.round(((1 + extensions.length) * periods * 365) / 12);
      expect(endsDaysAgo).toBeLessThanOrEqual(-10);
      for (const extension of extensions) {
        const before = steps.slice(0, steps.indexOf(extension)).at(-1);
        expect(before?.kind === 'tafel' && before.tafel.decision === 'request_extension').toBe(true);
      }
    }
    expect(extended).toBeGreaterThan(0);
  });

  it('gives a drang family a deadline still ahead and a signal family no tafel', () => {
    const rnd = random(3);
    for (let i = 0; i < 30; i++) {
      const [tafel] = chainHistory(rnd, 'drang', 60 + i * 20).filter((s) => s.kind === 'tafel');
      expect(tafel?.kind === 'tafel' && (tafel.tafel.conditionsInDays ?? 0) > 0).toBe(true);
      expect(chainHistory(rnd, 'signal', 90).some((s) => s.kind === 'tafel')).toBe(false);
    }
  });
});

import { ageOn } from '@tafel/shared/util';
import { DEMO_ACCOUNTS } from './demo-accounts';
import { GI_WORKERS } from './demo-chain-seed';
import { demoFamilies } from './demo-families';
import { MEASURE_FAMILY, makeMeasureFamily } from './demo-measure-family';

describe('the measure family of the demo', () => {
  const today = new Date('2026-12-01T07:00:00Z');

  it('is a generated family in a running OTS of Jeugdbescherming Overijssel, its accounts on a custody parent and the eldest child (12–15)', () => {
    const families = demoFamilies(100, today);
    const before = families.map((f) => ({ phase: f.phase, history: f.history }));
    const index = makeMeasureFamily(families, today);
    const family = families[index];
    expect(family.familyName).toBe(MEASURE_FAMILY.name);
    expect(family.phase).toBe('measure');
    expect(GI_WORKERS[index % GI_WORKERS.length].organisation).toBe('Jeugdbescherming Overijssel');
    const order = family.history.find((s) => s.kind === 'court_order');
    expect(order).toMatchObject({ measureType: 'ots' });
    expect(family.history.some((s) => s.kind === 'measure_ended')).toBe(false);
    // Only names and accounts change: every family keeps its phase and its chain history.
    expect(families.map((f) => ({ phase: f.phase, history: f.history }))).toEqual(before);

    const parent = family.members.find((m) => m.account === 'ouder.morsink');
    expect(parent).toMatchObject({ kind: 'parent', custody: true, firstName: 'Inge', lastName: 'Morsink' });
    const children = family.members.filter((m) => m.kind === 'child');
    const eldest = [...children].sort((a, b) => String(a.birthDate).localeCompare(String(b.birthDate)))[0];
    expect(eldest).toMatchObject({ account: 'jongere.morsink', firstName: 'Jesse', lastName: 'Morsink' });
    const age = ageOn(eldest.birthDate as string, today);
    expect(age).toBeGreaterThanOrEqual(12);
    expect(age).toBeLessThan(16);
    // The accounts it links exist, with the names the members get.
    for (const member of [parent, eldest]) {
      const account = DEMO_ACCOUNTS.find((a) => a.email === `${member?.account}@tafel.example`);
      expect(account?.displayName).toBe(`${member?.firstName} ${member?.lastName}`);
    }
    expect(families.filter((f) => f.familyName === MEASURE_FAMILY.name)).toHaveLength(1);
  });
});

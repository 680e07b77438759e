import { meetsMinimumAcr } from './acr';

const DIGID = ['basis', 'midden', 'substantieel', 'hoog'];

describe('meetsMinimumAcr', () => {
  it('accepts the minimum and anything above it', () => {
    expect(meetsMinimumAcr('substantieel', DIGID, 'substantieel')).toBe(true);
    expect(meetsMinimumAcr('hoog', DIGID, 'substantieel')).toBe(true);
  });

  it('refuses a lower, unknown or missing level', () => {
    expect(meetsMinimumAcr('midden', DIGID, 'substantieel')).toBe(false);
    expect(meetsMinimumAcr('basis', DIGID, 'midden')).toBe(false);
    expect(meetsMinimumAcr('urn:unknown:level', DIGID, 'basis')).toBe(false);
    expect(meetsMinimumAcr(null, DIGID, 'basis')).toBe(false);
  });
});

import { DomainError } from '../../common/problem/domain-error';
import { periodsOf } from './monitor-query.service';

describe('periodsOf', () => {
  it('counts months across a year boundary, in order', () => {
    expect(periodsOf('month', '2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });

  it('groups the months into quarters and years', () => {
    expect(periodsOf('quarter', '2025-12', '2026-04')).toEqual(['2025-Q4', '2026-Q1', '2026-Q2']);
    expect(periodsOf('year', '2024-06', '2026-01')).toEqual(['2024', '2025', '2026']);
  });

  it('takes ten years at most, and refuses more before counting them', () => {
    expect(periodsOf('month', '2016-01', '2025-12')).toHaveLength(120);
    expect(() => periodsOf('month', '2016-01', '2026-01')).toThrow(DomainError);
    expect(() => periodsOf('month', '0000-01', '9999-12')).toThrow(DomainError);
  });

  it('refuses a period that ends before it starts, or is not a month', () => {
    expect(() => periodsOf('month', '2026-02', '2026-01')).toThrow(DomainError);
    expect(() => periodsOf('month', '2026-13', '2026-12')).toThrow(DomainError);
  });
});

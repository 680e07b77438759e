import { AgreementEntity } from './entities/agreement.entity';
import { isNormBroken, toAgreement } from './tafel.mapper';

describe('the request → tafel norm of a tafel', () => {
  const requested = new Date('2031-01-06T10:00:00Z');

  it('breaks only beyond the working days the region set, and never when it set none', () => {
    const late = new Date('2031-02-28T10:00:00Z');
    expect(isNormBroken(requested, late, null)).toBe(false);
    expect(isNormBroken(requested, late, 12)).toBe(true);
    expect(isNormBroken(requested, new Date('2031-01-13T10:00:00Z'), 12)).toBe(false);
    expect(isNormBroken(requested, null, 12)).toBe(false);
  });
});

describe('an overdue agreement', () => {
  const agreement = { id: 'a', what: 'Gesprek', dueDate: '2026-12-01', status: 'open' } as AgreementEntity;

  it('is overdue from the Dutch midnight on, not an hour later at the UTC one', () => {
    expect(toAgreement(agreement, new Date('2026-12-01T22:59:00Z')).overdue).toBe(false);
    expect(toAgreement(agreement, new Date('2026-12-01T23:30:00Z')).overdue).toBe(true);
  });
});

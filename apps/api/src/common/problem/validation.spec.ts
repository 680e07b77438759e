import { ValidationError } from 'class-validator';
import { toInvalidParams } from './validation';

const error = (property: string, constraints?: Record<string, string>, children: ValidationError[] = []) =>
  Object.assign(new ValidationError(), { property, constraints, children });

describe('toInvalidParams', () => {
  it('names a plain field and its nested fields, with array indices, by a dotted path', () => {
    const nested = error('items', undefined, [
      error('0', undefined, [error('text', { isString: 'text must be a string' })]),
    ]);
    expect(
      toInvalidParams([nested, error('familyName', { isString: 'familyName must be a string' })]),
    ).toEqual([
      { name: 'items.0.text', reason: 'text must be a string' },
      { name: 'familyName', reason: 'familyName must be a string' },
    ]);
  });

  it('never repeats a made-up field name: not an identifier, or longer than 64 characters', () => {
    const hostile = ['<script>', 'a'.repeat(65), '0', 'naam met spatie', '\u202Eevil'];
    const params = toInvalidParams([
      ...hostile.map((p) => error(p, { whitelistValidation: `property ${p} should not exist` })),
      error('sections', undefined, [error('x y', { whitelistValidation: 'property x y should not exist' })]),
    ]);
    expect(params.map((p) => p.name)).toEqual([...hostile.map(() => 'request'), 'sections']);
    for (const p of hostile) expect(JSON.stringify(params)).not.toContain(JSON.stringify(p).slice(1, -1));
    expect(toInvalidParams([error('a'.repeat(64), { x: 'y' })])[0]?.name).toBe('a'.repeat(64));
  });
});

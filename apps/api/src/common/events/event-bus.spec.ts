import { Logger } from '@nestjs/common';
import { EventBus } from './event-bus';
import { UnitOfWork } from './unit-of-work';
import type { EntityManager } from 'typeorm';

describe('EventBus', () => {
  const changed = (caseId: string) => ({
    name: 'case.changed' as const,
    payload: { caseId, change: 'updated' as const },
  });

  it('delivers to the subscribers of a name, in order, until they unsubscribe', () => {
    const bus = new EventBus();
    const seen: string[] = [];
    const off = bus.on('case.changed', ({ caseId }) => void seen.push(caseId));
    bus.on('tafel.changed', () => void seen.push('wrong'));
    bus.publish([changed('a'), changed('b')]);
    off();
    bus.publish([changed('c')]);
    expect(seen).toEqual(['a', 'b']);
  });

  it('keeps delivering when a subscriber throws or rejects, and logs it', async () => {
    const bus = new EventBus();
    const errors = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const seen: string[] = [];
    bus.on('case.changed', () => {
      throw new Error('broken');
    });
    bus.on('case.changed', () => Promise.reject(new Error('also broken')));
    bus.on('case.changed', ({ caseId }) => void seen.push(caseId));
    expect(() => bus.publish([changed('a')])).not.toThrow();
    await new Promise((resolve) => setImmediate(resolve));
    expect(seen).toEqual(['a']);
    expect(errors).toHaveBeenCalledTimes(2);
    errors.mockRestore();
  });

  it('lets a unit of work only collect, in order', () => {
    const uow = new UnitOfWork({} as EntityManager);
    uow.publish('case.changed', { caseId: 'a', change: 'opened' });
    uow.publish('tafel.changed', { tafelId: 't', caseId: 'a', change: 'requested', status: 'requested' });
    expect(uow.events().map((e) => e.name)).toEqual(['case.changed', 'tafel.changed']);
  });
});

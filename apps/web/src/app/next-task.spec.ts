import { nextTask } from './next-task';

describe('nextTask', () => {
  it('resolves with the value in a later task, after every microtask of this one', async () => {
    const order: string[] = [];
    const handedOn = nextTask('chunk').then((value) => order.push(value));
    // A chain of microtasks queued after it: all of them run before the next task starts.
    void Promise.resolve()
      .then(() => order.push('microtask 1'))
      .then(() => order.push('microtask 2'));
    await handedOn;
    expect(order).toEqual(['microtask 1', 'microtask 2', 'chunk']);
  });
});

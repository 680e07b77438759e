import { ReaderSeam } from './reader-seam';

class Numbers extends ReaderSeam<() => number> {
  protected readonly owner = 'the numbers module';
  read(): number {
    return this.reader();
  }
}

describe('ReaderSeam', () => {
  it('refuses a read before the owner registered (a wiring error, not an empty answer)', () => {
    expect(() => new Numbers().read()).toThrow('No reader registered by the numbers module');
  });

  it('reads through the reader the owner registered', () => {
    const seam = new Numbers();
    seam.register(() => 42);
    expect(seam.read()).toBe(42);
  });
});

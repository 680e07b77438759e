/**
 * A seam against the module dependency direction: the module that owns some data builds on the module
 * that needs it, so the needing module holds this and the owner registers its reader at start-up
 * (`onModuleInit`). Reading before anything registered is a wiring error, never an empty answer.
 */
export abstract class ReaderSeam<R> {
  private registered: R | null = null;

  /** The owner that registers, named in the wiring error. */
  protected abstract readonly owner: string;

  register(reader: R): void {
    this.registered = reader;
  }

  protected get reader(): R {
    if (!this.registered) throw new Error(`No reader registered by ${this.owner}`);
    return this.registered;
  }
}

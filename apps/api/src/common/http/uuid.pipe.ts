import { ParseUUIDPipe } from '@nestjs/common';
import { invalid } from '../problem/domain-error';

/** Path ids are UUIDs; anything else is a 400 that names the parameter. */
export const uuidPipe = new ParseUUIDPipe({
  exceptionFactory: () => invalid([{ name: 'id', reason: 'must be a UUID' }]),
});

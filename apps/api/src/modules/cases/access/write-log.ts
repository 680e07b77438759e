import { AsyncLocalStorage } from 'node:async_hooks';
import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Observable, catchError, concatMap, from, map, throwError } from 'rxjs';
import { AuthUser } from '../../../common/auth/auth-user';
import { AccessActionName, FAILED_SUFFIX } from '@tafel/shared/contracts';
import { AccessEntry, AccessLogService } from '../../audit/access-log.service';

/** The row of a granted write: an action on a case or a tafel. */
export type WriteEntry = AccessEntry & { event: AccessActionName };

interface PendingWrite {
  user: AuthUser;
  entry: WriteEntry;
}

const pending = new AsyncLocalStorage<PendingWrite[]>();

/**
 * A granted write is logged once its outcome is known (see AccessWriteLogInterceptor). Outside a
 * request — a job, a script — there is no outcome to wait for, and it is logged at once.
 */
export async function deferUntilOutcome(
  user: AuthUser,
  entry: WriteEntry,
  log: AccessLogService,
): Promise<void> {
  const queue = pending.getStore();
  if (queue) queue.push({ user, entry });
  else await log.record(user, [entry]);
}

/**
 * Writes the access-log rows of the granted writes of a request after the handler has answered:
 * as the change when it succeeded, as `<event>.failed` when it threw (nothing changed).
 */
@Injectable()
export class AccessWriteLogInterceptor implements NestInterceptor {
  constructor(private readonly accessLog: AccessLogService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const queue: PendingWrite[] = [];
    const flush = async (succeeded: boolean) => {
      for (const { user, entry } of queue.splice(0)) {
        await this.accessLog.record(user, [
          succeeded ? entry : { ...entry, event: `${entry.event}${FAILED_SUFFIX}` as const },
        ]);
      }
    };
    return new Observable((subscriber) =>
      pending.run(queue, () =>
        next
          .handle()
          .pipe(
            concatMap((value: unknown) => from(flush(true)).pipe(map(() => value))),
            catchError((error: unknown) => from(flush(false)).pipe(concatMap(() => throwError(() => error)))),
          )
          .subscribe(subscriber),
      ),
    );
  }
}

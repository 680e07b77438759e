import { Logger } from '@nestjs/common';
import { createAdapter } from '@socket.io/redis-adapter';
import { Redis } from 'ioredis';
import { RealtimeServer } from './realtime.types';

export interface RedisLink {
  close(): Promise<void>;
}

/**
 * With REDIS_URL, the instances share rooms and server-side events through the socket.io Redis adapter
 * (pub/sub): a broadcast or `serverSideEmit` on one reaches all. Without it an instance works alone.
 */
export function linkRedis(server: RealtimeServer, url: string): RedisLink {
  const logger = new Logger('RealtimeRedis');
  const pub = new Redis(url, { maxRetriesPerRequest: null });
  const sub = pub.duplicate();
  for (const client of [pub, sub])
    client.on('error', (error: Error) => logger.error(`Redis: ${error.message}`));
  server.adapter(createAdapter(pub, sub));
  return {
    async close() {
      await Promise.allSettled([pub.quit(), sub.quit()]);
    },
  };
}

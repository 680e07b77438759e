import { Module } from '@nestjs/common';
import { AccessLogQueriesService } from './access-log-queries.service';
import { AccessLogController } from './access-log.controller';
import { AccessLogService } from './access-log.service';

@Module({
  controllers: [AccessLogController],
  providers: [AccessLogService, AccessLogQueriesService],
  exports: [AccessLogService, AccessLogQueriesService],
})
export class AuditModule {}

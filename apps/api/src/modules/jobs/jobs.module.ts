import { Module } from '@nestjs/common';
import { JobsHousekeepingService } from './jobs-housekeeping.service';
import { JobsService } from './jobs.service';

@Module({ providers: [JobsService, JobsHousekeepingService], exports: [JobsService] })
export class JobsModule {}

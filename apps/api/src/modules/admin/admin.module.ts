import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { CasesModule } from '../cases/cases.module';
import { InvitationsModule } from '../invitations/invitations.module';
import { JobsModule } from '../jobs/jobs.module';
import { MailModule } from '../mail/mail.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { AdminController } from './admin.controller';
import { AdminOrganisationsService } from './admin-organisations.service';
import { AdminUsersService } from './admin-users.service';
import { RetentionNoticesService } from './retention-notices.service';

/** The functional administrator's actions; it owns no table and reads no case (retention: numbers only). */
@Module({
  imports: [
    AuditModule,
    AuthModule,
    CasesModule,
    InvitationsModule,
    JobsModule,
    MailModule,
    OrganisationsModule,
  ],
  controllers: [AdminController],
  providers: [AdminUsersService, AdminOrganisationsService, RetentionNoticesService],
})
export class AdminModule {}

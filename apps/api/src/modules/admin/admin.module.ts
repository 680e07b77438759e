import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { CasesModule } from '../cases/cases.module';
import { InvitationsModule } from '../invitations/invitations.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { AdminController } from './admin.controller';
import { AdminOrganisationsService } from './admin-organisations.service';
import { AdminUsersService } from './admin-users.service';

/** The functional administrator's actions; it owns no table and reads no case. */
@Module({
  imports: [AuditModule, AuthModule, CasesModule, InvitationsModule, OrganisationsModule],
  controllers: [AdminController],
  providers: [AdminUsersService, AdminOrganisationsService],
})
export class AdminModule {}

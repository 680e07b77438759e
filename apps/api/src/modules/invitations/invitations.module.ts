import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { CasesModule } from '../cases/cases.module';
import { MailModule } from '../mail/mail.module';
import { InvitationAcceptanceService } from './invitation-acceptance.service';
import { InvitationDestruction } from './invitation-destruction';
import { InvitationsController } from './invitations.controller';
import { InvitationsService } from './invitations.service';
import { InvitationAccounts } from './member-accounts';

/**
 * Accounts for parents and children (a coordinator invites) and for staff (an administrator creates
 * the account): the link sets up the login once.
 */
@Module({
  imports: [AuthModule, CasesModule, MailModule],
  controllers: [InvitationsController],
  providers: [InvitationsService, InvitationAcceptanceService, InvitationAccounts, InvitationDestruction],
  exports: [InvitationAcceptanceService, InvitationsService],
})
export class InvitationsModule {}

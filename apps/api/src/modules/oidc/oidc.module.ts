import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module';
import { InvitationsModule } from '../invitations/invitations.module';
import { UserEntity } from '../users/user.entity';
import { OidcClientService } from './oidc-client.service';
import { OidcController } from './oidc.controller';
import { OidcLoginService } from './oidc-login.service';

/** Login for parents, children and network members through an OIDC broker (DigiD); off without OIDC_ISSUER. */
@Module({
  imports: [AuthModule, InvitationsModule, TypeOrmModule.forFeature([UserEntity])],
  controllers: [OidcController],
  providers: [OidcClientService, OidcLoginService],
})
export class OidcModule {}

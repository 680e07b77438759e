import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { JobsModule } from '../jobs/jobs.module';
import { UserEntity } from '../users/user.entity';
import { AuthGuard } from './auth.guard';
import { AuthController } from './auth.controller';
import { AuthHousekeepingService } from './auth-housekeeping.service';
import { AuthService } from './auth.service';
import { AuthenticationService } from './authentication.service';
import { LoginAttemptEntity } from './login-attempt.entity';
import { LoginThrottleService } from './login-throttle.service';
import { PasswordService } from './password.service';
import { RecoveryCodeEntity } from './recovery-code.entity';
import { SessionEntity } from './session.entity';
import { SessionService } from './session.service';
import { SessionStrategy } from './session.strategy';
import { SecondFactorLockoutService } from './second-factor-lockout.service';
import { TotpSecretCipher } from './totp-secret.cipher';
import { TotpService } from './totp.service';

@Module({
  imports: [
    AuditModule,
    JobsModule,
    PassportModule,
    TypeOrmModule.forFeature([UserEntity, SessionEntity, RecoveryCodeEntity, LoginAttemptEntity]),
  ],
  controllers: [AuthController],
  providers: [
    // The global deny-by-default guard lives with the sessions it checks.
    { provide: APP_GUARD, useClass: AuthGuard },
    AuthService,
    PasswordService,
    SessionService,
    SessionStrategy,
    AuthenticationService,
    TotpService,
    TotpSecretCipher,
    SecondFactorLockoutService,
    LoginThrottleService,
    AuthHousekeepingService,
  ],
  exports: [PasswordService, SessionService, AuthService, AuthenticationService, TotpService],
})
export class AuthModule {}

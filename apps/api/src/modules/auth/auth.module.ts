import { Module } from '@nestjs/common';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SessionStrategy } from '../../common/auth/session.strategy';
import { UserEntity } from '../users/user.entity';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { PasswordService } from './password.service';
import { SessionEntity } from './session.entity';
import { SessionService } from './session.service';

@Module({
  imports: [PassportModule, TypeOrmModule.forFeature([UserEntity, SessionEntity])],
  controllers: [AuthController],
  providers: [AuthService, PasswordService, SessionService, SessionStrategy],
  exports: [PasswordService],
})
export class AuthModule {}

import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { API_ROUTES, FamilyHome } from '@tafel/shared/contracts';
import { AuthUser } from '../../common/auth/auth-user';
import { Allow, CurrentUser } from '../../common/auth/decorators';
import { FamilyHomeService } from './family-home.service';

@ApiTags('dashboard')
@Controller()
export class FamilyHomeController {
  constructor(private readonly home: FamilyHomeService) {}

  /** "Mijn gezin": the reader's own family, its tafels, plan, newest version and agreements at once. */
  @Allow('case:read')
  @Get(API_ROUTES.familyHome)
  read(@CurrentUser() user: AuthUser): Promise<FamilyHome> {
    return this.home.read(user);
  }
}

import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { API_ROUTES, CaseListItem, Page } from '@tafel/shared/contracts';
import { AuthUser } from '../../common/auth/auth-user';
import { Allow, CurrentUser } from '../../common/auth/decorators';
import { ListCasesQuery } from '../cases/dto/case.dto';
import { CaseListService } from './case-list.service';

@ApiTags('cases')
@Controller()
export class CaseListController {
  constructor(private readonly caseList: CaseListService) {}

  /** The families the caller may see, each with what needs the caller's action on it now. */
  @Allow('case:read')
  @Get(API_ROUTES.cases)
  list(@CurrentUser() user: AuthUser, @Query() query: ListCasesQuery): Promise<Page<CaseListItem>> {
    return this.caseList.list(user, query);
  }
}

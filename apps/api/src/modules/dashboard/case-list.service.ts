import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CaseListItem, Page, isProfessionalRole } from '@tafel/shared/contracts';
import { AuthUser } from '../../common/auth/auth-user';
import { CasesApi } from '../cases/cases.api';
import { CasesService } from '../cases/cases.service';
import { ListCasesQuery } from '../cases/dto/case.dto';
import { AttentionService, kindsPerCase } from './attention.service';

/**
 * The case list with its "needs action" cue: the cases module lists the families (search, filters,
 * order, paging, the access log); what needs the caller's action comes from `AttentionService`, which
 * reads the modules above the cases module, so the list is put together here.
 */
@Injectable()
export class CaseListService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly casesApi: CasesApi,
    private readonly cases: CasesService,
    private readonly attention: AttentionService,
  ) {}

  async list(user: AuthUser, query: ListCasesQuery, now = new Date()): Promise<Page<CaseListItem>> {
    const manager = this.dataSource.manager;
    // Only the chain's professionals act on a family; a parent's or child's list has no cue.
    const own = isProfessionalRole(user.role) ? await this.casesApi.coordinatedIds(manager, user.id) : null;
    const kinds = kindsPerCase(own ? await this.attention.forUser(manager, user, own, now) : []);
    const page = await this.cases.list(user, query, [...kinds.keys()]);
    return {
      total: page.total,
      items: page.items.map((c) => ({ ...c, needsAction: kinds.get(c.id) ?? [] })),
    };
  }
}

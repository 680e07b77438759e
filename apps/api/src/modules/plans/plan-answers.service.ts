import { Inject, Injectable } from '@nestjs/common';
import { PLAN_ANSWER_MIN_LENGTH, PlanAnswer } from '@tafel/shared/contracts';
import { ageOn } from '@tafel/shared/util';
import { AuthUser } from '../../common/auth/auth-user';
import { Transactions } from '../../common/events/unit-of-work';
import { DomainError, invalid } from '../../common/problem/domain-error';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { CaseAccessService } from '../cases/case-access.service';
import { CasesApi } from '../cases/cases.api';
import { viewerOf, withholdsDocuments } from '../cases/viewer.policy';
import { PlanAnswerDto } from './dto/plan.dto';
import { PlanAnswerEntity } from './entities/plan-answer.entity';
import { PlanVersionEntity } from './entities/plan-version.entity';
import { toAnswer } from './plan.mapper';
import { versionNumber } from './plan-params';
import { planVersionNotFound } from './plans.errors';

const refused = (detail: string) => new DomainError('forbidden', detail);

/**
 * The family's answers to a published version: each parent per section (agree, or disagree with a
 * zienswijze), a child from the age threshold their own view in the children's section. One answer
 * per person, section and version; each is a `plan_answered` event on the timeline.
 */
@Injectable()
export class PlanAnswersService {
  constructor(
    private readonly transactions: Transactions,
    private readonly access: CaseAccessService,
    private readonly cases: CasesApi,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async answer(user: AuthUser, caseId: string, numberParam: string, dto: PlanAnswerDto): Promise<PlanAnswer> {
    const grant = await this.access.requireAccess(user, caseId, 'plan.answer');
    const number = versionNumber(numberParam);
    const member = grant.member;
    if (!member) throw refused('Only a member of the family answers the plan');
    const text = dto.text?.trim() ?? '';
    if (member.kind === 'parent') {
      if (withholdsDocuments(viewerOf(member), this.config.nonCustodialView))
        throw refused('Your view of this case holds no documents');
      if (dto.section === 'children_views' || dto.answer === 'view')
        throw invalid([
          {
            name: 'section',
            reason: 'a parent agrees or disagrees with a section other than the children’s',
          },
        ]);
      if (dto.answer === 'disagree' && text.length < PLAN_ANSWER_MIN_LENGTH)
        throw invalid([{ name: 'text', reason: 'say in your own words why you disagree (zienswijze)' }]);
    } else {
      const age = member.birthDate ? ageOn(member.birthDate, new Date()) : null;
      if (age === null || age < this.config.childAgeThreshold)
        throw refused(`A child adds their own view from the age of ${this.config.childAgeThreshold}`);
      if (dto.section !== 'children_views' || dto.answer !== 'view')
        throw invalid([{ name: 'section', reason: 'a child adds their own view in the children’s section' }]);
      if (text.length < PLAN_ANSWER_MIN_LENGTH) throw invalid([{ name: 'text', reason: 'write your view' }]);
    }
    return this.transactions.run(async (uow) => {
      const { manager } = uow;
      await this.cases.lock(manager, caseId);
      const version = await manager.findOneBy(PlanVersionEntity, { caseId, number });
      if (!version) throw planVersionNotFound();
      const taken = await manager.findOneBy(PlanAnswerEntity, {
        versionId: version.id,
        section: dto.section,
        memberId: member.id,
      });
      if (taken) throw new DomainError('conflict', 'You already answered this section of this version');
      const saved = await manager.save(
        manager.create(PlanAnswerEntity, {
          versionId: version.id,
          caseId,
          section: dto.section,
          memberId: member.id,
          answer: dto.answer,
          text: dto.answer === 'agree' ? null : text,
        }),
      );
      await this.cases.record(
        uow,
        caseId,
        {
          type: 'plan_answered',
          data: { versionNumber: number, section: dto.section, answer: dto.answer, memberId: member.id },
        },
        user.id,
      );
      const ref = await this.cases.member(manager, member.id, caseId);
      return toAnswer(saved, number, ref ? `${ref.firstName} ${ref.lastName}` : '');
    });
  }
}

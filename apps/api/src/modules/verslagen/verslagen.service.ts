import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Verslag, VerslagContent } from '@tafel/shared/contracts';
import { AuthUser } from '../../common/auth/auth-user';
import { Transactions } from '../../common/events/unit-of-work';
import { DomainError, invalid } from '../../common/problem/domain-error';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { CasesApi } from '../cases/cases.api';
import { viewerOf, withholdsDocuments } from '../cases/viewer.policy';
import { JobsService } from '../jobs/jobs.service';
import { TafelLifecycleService } from '../tafels/tafel-lifecycle.service';
import { TafelQueriesService } from '../tafels/tafel-queries.service';
import { VerslagCorrectionDto, VerslagReplyDto } from './verslag.dto';
import { VERSLAG_JOBS } from './verslag-mails.service';
import { VerslagDraftEntity } from './verslag-draft.entity';
import { VerslagDraftsService } from './verslag-drafts.service';
import { VerslagReaderService, withheld } from './verslag-reader.service';
import { VerslagReplyEntity } from './verslag-reply.entity';
import { VerslagEntity } from './verslag.entity';

const notADraft = (status: string) =>
  new DomainError('invalid_state', `The verslag of a ${status} tafel is not a draft to correct`);

export const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * Writing the verslag of a tafel. The chair or the secretary corrects the draft and adopts it: an
 * immutable version with its SHA-256, mailed (without content) to the participants. A parent or a youth
 * from 16 reacts in writing; reactions are attached, never merged. Each write answers with the verslag
 * as the writer reads it.
 */
@Injectable()
export class VerslagenService {
  constructor(
    private readonly transactions: Transactions,
    private readonly queries: TafelQueriesService,
    private readonly lifecycle: TafelLifecycleService,
    private readonly cases: CasesApi,
    private readonly jobs: JobsService,
    private readonly drafts: VerslagDraftsService,
    private readonly reader: VerslagReaderService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async correct(user: AuthUser, tafelId: string, dto: VerslagCorrectionDto): Promise<Verslag> {
    await this.transactions.run(async ({ manager }) => {
      const tafel = await this.queries.requireTafel(manager, user, tafelId, 'tafel.verslag.write', true);
      if (tafel.status !== 'concluded') throw notADraft(tafel.status);
      const draft = await this.drafts.draft(manager, tafelId);
      const content: VerslagContent = structuredClone(draft.content);
      for (const [i, section] of (dto.discussion ?? []).entries()) {
        const found = content.discussion.find((s) => s.key === section.key);
        if (!found)
          throw invalid([{ name: `discussion.${i}.key`, reason: 'is not an agenda item of this tafel' }]);
        found.text = section.text.trim();
      }
      if (dto.rationale !== undefined) content.rationale = dto.rationale.trim();
      if (dto.parentsViewText !== undefined) content.parentsViewText = dto.parentsViewText.trim();
      await manager.update(VerslagDraftEntity, tafelId, { content, correctedById: user.id });
    });
    return this.reader.read(user, tafelId);
  }

  async adopt(user: AuthUser, tafelId: string): Promise<Verslag> {
    await this.transactions.run(async (uow) => {
      const now = new Date();
      const tafel = await this.lifecycle.adoptMinutes(uow, user, tafelId, now);
      await this.writeAdopted(uow.manager, tafelId, tafel.startsAt ?? tafel.decidedAt ?? now, user.id, now);
      await this.jobs.enqueue(uow.manager, VERSLAG_JOBS.adopted, { tafelId });
    });
    return this.reader.read(user, tafelId);
  }

  /**
   * The adopted version of the draft of a tafel held at `held` (frozen first if need be), with its hash
   * and the norm's deadline. Only the adoption above and the demo seed's held tafels write one.
   */
  async writeAdopted(
    manager: EntityManager,
    tafelId: string,
    held: Date,
    adoptedById: string,
    adoptedAt: Date,
  ): Promise<void> {
    const draft = await this.drafts.draft(manager, tafelId);
    const body = JSON.stringify(draft.content);
    await manager.insert(VerslagEntity, {
      tafelId,
      body,
      hash: sha256(body),
      adoptedAt,
      adoptedById,
      dueBy: this.reader.dueBy(held),
    });
  }

  async reply(user: AuthUser, tafelId: string, dto: VerslagReplyDto): Promise<Verslag> {
    await this.transactions.run(async (uow) => {
      const { manager } = uow;
      const { tafel, grant } = await this.queries.requireTafelGrant(
        manager,
        user,
        tafelId,
        'tafel.verslag.reply',
        true,
      );
      const member = grant.member;
      if (!member || withholdsDocuments(viewerOf(member), this.config.nonCustodialView)) throw withheld();
      if (!(await manager.existsBy(VerslagEntity, { tafelId }))) {
        throw new DomainError('invalid_state', 'Only an adopted verslag takes a reaction');
      }
      const ref = (await this.cases.membersById(manager, [member.id])).get(member.id);
      await manager.insert(VerslagReplyEntity, {
        tafelId,
        memberId: member.id,
        authorName: ref ? `${ref.firstName} ${ref.lastName}` : 'Familielid',
        text: dto.text.trim(),
      });
      await this.jobs.enqueue(manager, VERSLAG_JOBS.reply, { tafelId, caseId: tafel.caseId });
      uow.publish('tafel.changed', {
        tafelId,
        caseId: tafel.caseId,
        change: 'verslag_reply',
        status: tafel.status,
      });
    });
    return this.reader.read(user, tafelId);
  }
}

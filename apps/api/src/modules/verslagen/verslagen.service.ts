import { createHash } from 'node:crypto';
import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { NOTE_AGENDAS, Verslag, VerslagContent, VerslagReply } from '@tafel/shared/contracts';
import { addWorkingDays, toIsoDate } from '@tafel/shared/util';
import { AuthUser } from '../../common/auth/auth-user';
import { EventBus } from '../../common/events/event-bus';
import { Transactions } from '../../common/events/unit-of-work';
import { DomainError, invalid } from '../../common/problem/domain-error';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { CasesApi } from '../cases/cases.api';
import { NormsService } from '../chain/norms.service';
import { isAllowed } from '../cases/access/case-access.policy';
import { verslagForSharedView, viewerOf, withholdsDocuments } from '../cases/viewer.policy';
import { JobsService } from '../jobs/jobs.service';
import { TafelNotesService } from '../tafel-notes/tafel-notes.service';
import { TafelRoomService } from '../tafel-room/tafel-room.service';
import { TafelLifecycleService } from '../tafels/tafel-lifecycle.service';
import { TafelQueriesService } from '../tafels/tafel-queries.service';
import { VerslagCorrectionDto, VerslagReplyDto } from './verslag.dto';
import { composeVerslag } from './verslag-document';
import { VERSLAG_JOBS } from './verslag-mails.service';
import { VerslagDraftEntity } from './verslag-draft.entity';
import { VerslagReplyEntity } from './verslag-reply.entity';
import { VerslagEntity } from './verslag.entity';

/** The tafel exists and may be read: its verslag is not there yet for this reader (a state, not absence). */
const noVerslag = () => new DomainError('invalid_state', 'There is no verslag of this tafel to read yet');
const withheld = () => new DomainError('forbidden', 'Your view of this family holds no documents');
const notADraft = (status: string) =>
  new DomainError('invalid_state', `The verslag of a ${status} tafel is not a draft to correct`);

export const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * The verslag of a tafel. Concluding the tafel (the decision) freezes the notes and the tafel's data
 * into a draft; the chair or the secretary corrects it and adopts it: an immutable version with its
 * SHA-256, mailed (without content) to the participants. A parent or a youth from 16 reacts in writing;
 * reactions are attached, never merged. Family members read it as the viewer policy allows.
 */
@Injectable()
export class VerslagenService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly bus: EventBus,
    private readonly queries: TafelQueriesService,
    private readonly lifecycle: TafelLifecycleService,
    private readonly notes: TafelNotesService,
    private readonly room: TafelRoomService,
    private readonly cases: CasesApi,
    private readonly jobs: JobsService,
    private readonly norms: NormsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.bus.on('tafel.changed', ({ tafelId, change }) =>
      change === 'decision' ? this.draft(this.dataSource.manager, tafelId).then(() => undefined) : undefined,
    );
  }

  async read(user: AuthUser, tafelId: string): Promise<Verslag> {
    const manager = this.dataSource.manager;
    const { tafel, grant } = await this.queries.requireTafelGrant(
      manager,
      user,
      tafelId,
      'tafel.verslag.read',
    );
    // A child under 16 reads only the sections the chair shares with them (`tafel.notes.shared`).
    const sharedView = isAllowed(grant.relationship, 'tafel.notes.shared');
    const shared = sharedView ? await this.room.sharedSections(tafelId) : [];
    if (
      sharedView ? !shared.length : withholdsDocuments(viewerOf(grant.member), this.config.nonCustodialView)
    )
      throw withheld();
    const adopted = await manager.findOneBy(VerslagEntity, { tafelId });
    if (adopted) {
      const view = await this.adoptedView(manager, adopted);
      return sharedView ? verslagForSharedView(view, shared) : view;
    }
    // The family reads the verslag once it is adopted; professionals follow the draft.
    if (grant.member || tafel.status !== 'concluded') throw noVerslag();
    const draft = await this.draft(manager, tafelId);
    const dueBy = this.dueBy(tafel.startsAt ?? tafel.decidedAt ?? new Date());
    return {
      tafelId,
      status: 'draft',
      content: draft.content,
      adoptedAt: null,
      adoptedBy: null,
      hash: null,
      dueBy,
      normBroken: toIsoDate(new Date()) > dueBy,
      replies: [],
      sharedSectionsOnly: false,
    };
  }

  async correct(user: AuthUser, tafelId: string, dto: VerslagCorrectionDto): Promise<Verslag> {
    await this.transactions.run(async ({ manager }) => {
      const tafel = await this.queries.requireTafel(manager, user, tafelId, 'tafel.verslag.write', true);
      if (tafel.status !== 'concluded') throw notADraft(tafel.status);
      const draft = await this.draft(manager, tafelId);
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
    return this.read(user, tafelId);
  }

  async adopt(user: AuthUser, tafelId: string): Promise<Verslag> {
    await this.transactions.run(async (uow) => {
      const now = new Date();
      const tafel = await this.lifecycle.adoptMinutes(uow, user, tafelId, now);
      const draft = await this.draft(uow.manager, tafelId);
      const body = JSON.stringify(draft.content);
      await uow.manager.insert(VerslagEntity, {
        tafelId,
        body,
        hash: sha256(body),
        adoptedAt: now,
        adoptedById: user.id,
        dueBy: this.dueBy(tafel.startsAt ?? tafel.decidedAt ?? now),
      });
      await this.jobs.enqueue(uow.manager, VERSLAG_JOBS.adopted, { tafelId });
    });
    return this.read(user, tafelId);
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
    return this.read(user, tafelId);
  }

  /** The draft, frozen from the notes and the tafel when it does not exist yet (idempotent). */
  private async draft(manager: EntityManager, tafelId: string): Promise<VerslagDraftEntity> {
    const found = await manager.findOneBy(VerslagDraftEntity, { tafelId });
    if (found) return found;
    if (!manager.queryRunner?.isTransactionActive) {
      return this.dataSource.transaction((m) => this.freeze(m, tafelId));
    }
    return this.freeze(manager, tafelId);
  }

  /**
   * Freezes under the tafel's row lock, the lock the status moves take first: a freeze after the
   * decision and an adoption (or a correction) never wait on each other in opposite orders.
   */
  private async freeze(manager: EntityManager, tafelId: string): Promise<VerslagDraftEntity> {
    await manager.query('SELECT id FROM tafel WHERE id = $1 FOR UPDATE', [tafelId]);
    const found = await manager.findOneBy(VerslagDraftEntity, { tafelId });
    if (found) return found;
    const tafel = await this.queries.detail(manager, tafelId);
    const keys = NOTE_AGENDAS[tafel.momentType].map((item) => item.key);
    const content = composeVerslag(tafel, await this.notes.sectionTexts(tafelId, keys));
    await manager.insert(VerslagDraftEntity, { tafelId, content });
    return manager.findOneByOrFail(VerslagDraftEntity, { tafelId });
  }

  private async adoptedView(manager: EntityManager, verslag: VerslagEntity): Promise<Verslag> {
    const replies = await manager.find(VerslagReplyEntity, {
      where: { tafelId: verslag.tafelId },
      order: { createdAt: 'ASC' },
    });
    const [adopter]: { name: string }[] = await manager.query(
      'SELECT display_name AS name FROM app_user WHERE id = $1',
      [verslag.adoptedById],
    );
    return {
      tafelId: verslag.tafelId,
      status: 'adopted',
      content: JSON.parse(verslag.body) as VerslagContent,
      adoptedAt: verslag.adoptedAt.toISOString(),
      adoptedBy: adopter?.name ?? null,
      hash: verslag.hash,
      dueBy: verslag.dueBy,
      normBroken: toIsoDate(verslag.adoptedAt) > verslag.dueBy,
      sharedSectionsOnly: false,
      replies: replies.map(
        (r): VerslagReply => ({
          id: r.id,
          author: r.authorName,
          text: r.text,
          createdAt: r.createdAt.toISOString(),
        }),
      ),
    };
  }

  /** The chain norm `verslag_to_parents`: the verslag reaches the parents within N working days. */
  private dueBy(held: Date): string {
    return toIsoDate(addWorkingDays(held, this.norms.norms.verslagWorkingDays));
  }
}

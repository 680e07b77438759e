import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import {
  FAMILY_SECTIONS,
  PLAN_SECTIONS,
  PlanComparison,
  PlanDraft,
  PlanOverview,
  PlanSectionComparison,
  PlanSections,
  PlanTextSection,
  PlanVersion,
  isProfessionalRole,
} from '@tafel/shared/contracts';
import { agreementsByGoal } from '@tafel/shared/util';
import { AuthUser } from '../../common/auth/auth-user';
import { Transactions } from '../../common/events/unit-of-work';
import { DomainError } from '../../common/problem/domain-error';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { CaseAccessService, CaseGrant } from '../cases/case-access.service';
import { CasesApi } from '../cases/cases.api';
import { viewerOf } from '../cases/viewer.policy';
import { TaggedPdfService, longDate } from '../documents/tagged-pdf.service';
import { JobsService } from '../jobs/jobs.service';
import { PlanGoalsPort } from '../tafels/plan-goals.port';
import { UserEntity } from '../users/user.entity';
import { PlanDraftDto } from './dto/plan.dto';
import { PlanAnswerEntity } from './entities/plan-answer.entity';
import { PlanAttachmentEntity } from './entities/plan-attachment.entity';
import { PlanVersionEntity } from './entities/plan-version.entity';
import { PlanEntity } from './entities/plan.entity';
import { planDocument } from './plan-document';
import { requireGoalLinks, requireLinkedAgreements } from './plan-goals';
import { PLAN_JOBS } from './plan-mails.service';
import { emptySections, toAnswer, toDraft, toVersion, versionHash } from './plan.mapper';
import { draftForViewer, versionForViewer } from './plan-view.policy';
import { versionNumber } from './plan-params';
import { nothingToPublish, planVersionNotFound, staleRevision, unchangedSince } from './plans.errors';
import { wordDiff } from './word-diff';

/** The sections a save sends (a DTO instance has every field, the unsent ones undefined). */
const sentSections = (dto: PlanDraftDto): Partial<PlanSections> =>
  Object.fromEntries(Object.entries(dto.sections ?? {}).filter(([, text]) => typeof text === 'string'));

const refused = (what: string) => new DomainError('forbidden', what);

/** The goals with their agreements under them, as lines to compare. */
const goalLines = (v: PlanVersion) =>
  agreementsByGoal(v.goals, v.agreements)
    .flatMap(({ goal, agreements }) => [
      goal ? `Doel: ${goal.text}` : 'Zonder doel:',
      ...agreements.map((a) => `– ${a.owner} — ${a.what} — uiterlijk ${longDate(a.dueDate)}`),
    ])
    .join('\n');

function compareText(
  section: PlanSectionComparison['section'],
  before: string,
  after: string,
): PlanSectionComparison {
  const change =
    before === after
      ? 'unchanged'
      : before.trim() === ''
        ? 'added'
        : after.trim() === ''
          ? 'removed'
          : 'changed';
  return { section, change, parts: wordDiff(before, after) };
}

/**
 * The plan of a case: the draft (optimistic lock on its revision), publishing immutable, hashed
 * versions, reading a version through the viewer policy, and comparing two versions per section.
 */
@Injectable()
export class PlansService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly access: CaseAccessService,
    private readonly cases: CasesApi,
    private readonly jobs: JobsService,
    private readonly documents: TaggedPdfService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    planGoals: PlanGoalsPort,
  ) {
    // A tafel's agreement may serve a goal of the plan as it now stands: the draft's.
    planGoals.register(async (manager, caseId) =>
      ((await manager.findOneBy(PlanEntity, { caseId }))?.goals ?? []).map((g) => g.id),
    );
  }

  async overview(user: AuthUser, caseId: string): Promise<PlanOverview> {
    const grant = await this.access.requireAccess(user, caseId, 'plan.read');
    const manager = this.dataSource.manager;
    const plan = await manager.findOneBy(PlanEntity, { caseId });
    const versions = await manager.find(PlanVersionEntity, { where: { caseId }, order: { number: 'DESC' } });
    const attachments = await manager.find(PlanAttachmentEntity, {
      where: { caseId },
      order: { uploadedAt: 'DESC' },
    });
    // The draft is the professionals' and, under family regie, a parent's to read.
    const seesDraft =
      !grant.member || (grant.relationship === 'parent' && (await this.familyRegie(manager, caseId)));
    return {
      caseId,
      draft: seesDraft ? await this.draftFor(manager, grant, caseId, plan) : null,
      versions: versions.map((v) => ({
        number: v.number,
        publishedAt: v.publishedAt.toISOString(),
        sha256: v.sha256,
      })),
      attachments: attachments.map((a) => ({
        id: a.id,
        fileName: a.fileName,
        mediaType: a.mediaType,
        size: a.size,
        uploadedAt: a.uploadedAt.toISOString(),
      })),
    };
  }

  /** Saves the draft when it is still at `baseRevision`; else 409 with the draft as it now is. */
  async saveDraft(user: AuthUser, caseId: string, dto: PlanDraftDto): Promise<PlanDraft> {
    const professional = isProfessionalRole(user.role);
    const grant = await this.access.requireAccess(
      user,
      caseId,
      professional ? 'plan.edit' : 'plan.edit.family',
    );
    return this.transactions.run(async ({ manager }) => {
      await this.cases.lock(manager, caseId);
      if (!professional) await this.requireFamilyEdit(manager, caseId, dto);
      const plan = await manager.findOneBy(PlanEntity, { caseId });
      const revision = plan?.revision ?? 0;
      if (dto.baseRevision !== revision)
        throw staleRevision(await this.draftFor(manager, grant, caseId, plan));
      const sections = { ...emptySections(), ...plan?.sections, ...sentSections(dto) };
      const goals = dto.goals ?? plan?.goals ?? [];
      const agreements =
        dto.agreements?.map((a) => ({
          owner: a.owner,
          what: a.what,
          dueDate: a.dueDate,
          goalId: a.goalId ?? null,
        })) ??
        plan?.agreements ??
        [];
      requireGoalLinks(goals, agreements);
      const next = { caseId, sections, goals, agreements, revision: revision + 1, updatedById: user.id };
      if (plan) await manager.update(PlanEntity, plan.id, next);
      else await manager.insert(PlanEntity, next);
      return this.draftFor(manager, grant, caseId, await manager.findOneBy(PlanEntity, { caseId }));
    });
  }

  /** Publishes the draft at `baseRevision` as the next immutable version; the family gets a mail. */
  async publish(user: AuthUser, caseId: string, baseRevision: number): Promise<PlanVersion> {
    await this.access.requireAccess(user, caseId, 'plan.publish');
    return this.transactions.run(async (uow) => {
      const { manager } = uow;
      await this.cases.lock(manager, caseId);
      const plan = await manager.findOneBy(PlanEntity, { caseId });
      if (!plan) throw nothingToPublish();
      if (plan.revision !== baseRevision) throw staleRevision(await this.draftOf(manager, caseId, plan));
      const last = await manager.findOne(PlanVersionEntity, { where: { caseId }, order: { number: 'DESC' } });
      const number = (last?.number ?? 0) + 1;
      const regie = await this.cases.regie(manager, caseId);
      const regieReason = regie.mode === 'professional' ? regie.reason : null;
      const sections = { ...emptySections(), ...plan.sections };
      const { goals, agreements } = plan;
      requireLinkedAgreements(goals, agreements);
      if (
        last &&
        last.sha256 === versionHash(last.number, sections, goals, agreements) &&
        last.regieMode === regie.mode &&
        last.regieReason === regieReason
      ) {
        throw unchangedSince(last.number);
      }
      const saved = await manager.save(
        manager.create(PlanVersionEntity, {
          caseId,
          number,
          sections,
          goals,
          agreements,
          regieMode: regie.mode,
          regieReason,
          sha256: versionHash(number, sections, goals, agreements),
          publishedById: user.id,
        }),
      );
      await this.cases.record(
        uow,
        caseId,
        { type: 'plan_published', data: { versionNumber: number } },
        user.id,
      );
      await this.jobs.enqueue(manager, PLAN_JOBS.published, { caseId, versionNumber: number });
      return toVersion(saved, []);
    });
  }

  async version(user: AuthUser, caseId: string, number: string): Promise<PlanVersion> {
    const grant = await this.access.requireAccess(user, caseId, 'plan.read');
    return this.readVersion(this.dataSource.manager, grant, caseId, versionNumber(number));
  }

  /** The version as a tagged PDF (`plan.document.read`); refused to a viewer whose policy withholds the documents. */
  async pdf(user: AuthUser, caseId: string, number: string): Promise<Buffer> {
    const grant = await this.access.requireAccess(user, caseId, 'plan.document.read');
    const version = await this.readVersion(this.dataSource.manager, grant, caseId, versionNumber(number));
    if (version.documentsWithheld) throw refused('Your view of this case holds no documents');
    return this.documents.render(planDocument(version));
  }

  async compare(
    user: AuthUser,
    caseId: string,
    fromParam?: string,
    toParam?: string,
  ): Promise<PlanComparison> {
    const grant = await this.access.requireAccess(user, caseId, 'plan.read');
    const [from, to] = [versionNumber(fromParam, 'from'), versionNumber(toParam, 'to')];
    const manager = this.dataSource.manager;
    const [a, b] = [
      await this.readVersion(manager, grant, caseId, from),
      await this.readVersion(manager, grant, caseId, to),
    ];
    const sections: PlanSectionComparison[] = PLAN_SECTIONS.map((s) =>
      s === 'goals'
        ? compareText(s, goalLines(a), goalLines(b))
        : compareText(s, a.sections[s], b.sections[s]),
    );
    return { from, to, sections };
  }

  /** A version as the grant's viewer may read it (the viewer policy of plan-view.policy.ts). */
  async readVersion(
    manager: EntityManager,
    grant: CaseGrant,
    caseId: string,
    number: number,
  ): Promise<PlanVersion> {
    const version = await manager.findOneBy(PlanVersionEntity, { caseId, number });
    if (!version) throw planVersionNotFound();
    const rows = await manager.find(PlanAnswerEntity, {
      where: { versionId: version.id },
      order: { answeredAt: 'ASC' },
    });
    const members = new Map((await this.cases.members(manager, caseId)).map((m) => [m.id, m]));
    const answers = rows.map((a) => {
      const m = members.get(a.memberId);
      return toAnswer(a, number, m ? `${m.firstName} ${m.lastName}` : '');
    });
    return versionForViewer(
      toVersion(version, answers),
      viewerOf(grant.member),
      this.config.nonCustodialView,
      members,
    );
  }

  private async familyRegie(manager: EntityManager, caseId: string): Promise<boolean> {
    return (await this.cases.regie(manager, caseId)).mode === 'family';
  }

  /** A parent writes only the family's sections, and only while the family holds the regie. */
  private async requireFamilyEdit(manager: EntityManager, caseId: string, dto: PlanDraftDto): Promise<void> {
    if (!(await this.familyRegie(manager, caseId)))
      throw refused('While a professional holds the regie, the coordinator writes the plan');
    const others = Object.keys(sentSections(dto)).filter(
      (s) => !FAMILY_SECTIONS.includes(s as PlanTextSection),
    );
    if (others.length || dto.goals || dto.agreements)
      throw refused(`A parent writes only the family's own sections (${FAMILY_SECTIONS.join(', ')})`);
  }

  /** The draft as the grant's viewer may read it (plan-view.policy.ts). */
  private async draftFor(
    manager: EntityManager,
    grant: CaseGrant,
    caseId: string,
    plan: PlanEntity | null,
  ): Promise<PlanDraft> {
    const draft = await this.draftOf(manager, caseId, plan);
    if (!grant.member) return draft;
    const members = new Map((await this.cases.members(manager, caseId)).map((m) => [m.id, m]));
    return draftForViewer(draft, viewerOf(grant.member), members);
  }

  private async draftOf(manager: EntityManager, caseId: string, plan: PlanEntity | null): Promise<PlanDraft> {
    if (!plan)
      return {
        caseId,
        revision: 0,
        sections: emptySections(),
        goals: [],
        agreements: [],
        updatedAt: new Date(0).toISOString(),
        updatedBy: null,
      };
    const by = plan.updatedById ? await manager.findOneBy(UserEntity, { id: plan.updatedById }) : null;
    return toDraft(plan, by?.displayName ?? null);
  }
}

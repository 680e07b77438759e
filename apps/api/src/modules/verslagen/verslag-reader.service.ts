import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Verslag, VerslagContent, VerslagReply } from '@tafel/shared/contracts';
import { addWorkingDays, dutchDate, toIsoDate } from '@tafel/shared/util';
import { AuthUser } from '../../common/auth/auth-user';
import { DomainError } from '../../common/problem/domain-error';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { isAllowed } from '../cases/access/case-access.policy';
import { verslagForSharedView, viewerOf, withholdsDocuments } from '../cases/viewer.policy';
import { NormsService } from '../chain/norms.service';
import { TafelRoomService } from '../tafel-room/tafel-room.service';
import { TafelQueriesService } from '../tafels/tafel-queries.service';
import { VerslagDraftsService } from './verslag-drafts.service';
import { VerslagReplyEntity } from './verslag-reply.entity';
import { VerslagEntity } from './verslag.entity';

/** The tafel exists and may be read: its verslag is not there yet for this reader (a state, not absence). */
const noVerslag = () => new DomainError('invalid_state', 'There is no verslag of this tafel to read yet');
export const withheld = () => new DomainError('forbidden', 'Your view of this family holds no documents');

/**
 * Reading a verslag: professionals follow the draft, the family reads the adopted version as the viewer
 * policy allows (a child under 16 only the sections the chair shares), with the norm it was held to.
 */
@Injectable()
export class VerslagReaderService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queries: TafelQueriesService,
    private readonly room: TafelRoomService,
    private readonly drafts: VerslagDraftsService,
    private readonly norms: NormsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

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
    const draft = await this.drafts.draft(manager, tafelId);
    const dueBy = this.dueBy(tafel.startsAt ?? tafel.decidedAt ?? new Date());
    return {
      tafelId,
      status: 'draft',
      content: draft.content,
      adoptedAt: null,
      adoptedBy: null,
      hash: null,
      dueBy,
      normBroken: dutchDate(new Date()) > dueBy,
      replies: [],
      sharedSectionsOnly: false,
    };
  }

  /** The chain norm `verslag_to_parents`: the verslag reaches the parents within N working days. */
  dueBy(held: Date): string {
    return toIsoDate(addWorkingDays(held, this.norms.norms.verslagWorkingDays));
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
      normBroken: dutchDate(verslag.adoptedAt) > verslag.dueBy,
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
}

import { Column, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { TafelEntity } from './tafel.entity';

/** An afspraak: who (a person or an organisation), what, by when. */
@Entity('agreement')
export class AgreementEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => TafelEntity, { onDelete: 'RESTRICT' })
  tafel: TafelEntity;

  @Index()
  @Column({ type: 'uuid' })
  tafelId: string;

  @Index()
  @Column({ type: 'uuid' })
  caseId: string;

  @Column({ type: 'uuid', nullable: true })
  ownerUserId: string | null;

  @Column({ type: 'uuid', nullable: true })
  ownerMemberId: string | null;

  @Column({ type: 'uuid', nullable: true })
  ownerOrganisationId: string | null;

  @Column({ type: 'varchar', length: 200 })
  ownerName: string;

  @Column({ type: 'text' })
  what: string;

  @Column({ type: 'date' })
  dueDate: string;

  /** The goal of the case's plan it serves (a `PlanGoal.id` inside the plans module's jsonb); null: none. */
  @Column({ type: 'uuid', nullable: true })
  planGoalId: string | null;

  @Column({ type: 'varchar', length: 8, default: 'open' })
  status: 'open' | 'done';

  @Column({ type: 'timestamptz', nullable: true })
  doneAt: Date | null;
}

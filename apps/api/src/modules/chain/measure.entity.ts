import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { MeasureEndReason, MeasureType } from '@tafel/shared/contracts';

/** One court measure for one child, from the kinderrechter's ruling to its end. Owned by the chain module. */
@Entity('measure')
export class MeasureEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  caseId: string;

  /** The child (a person of the case) the measure is about. */
  @Column({ type: 'uuid' })
  memberId: string;

  @Column({ type: 'varchar', length: 24 })
  type: MeasureType;

  @Column({ type: 'date' })
  courtDate: string;

  @Column({ type: 'date' })
  startsOn: string;

  /** Null: no end date (voogdij). */
  @Index()
  @Column({ type: 'date', nullable: true })
  endsOn: string | null;

  @Column({ type: 'uuid', nullable: true })
  giOrganisationId: string | null;

  @Column({ type: 'uuid', nullable: true })
  jeugdbeschermerId: string | null;

  /** Each extension by the kinderrechter: when, and the new end date. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  extensions: { on: string; endsOn: string }[];

  @Column({ type: 'date', nullable: true })
  endedOn: string | null;

  @Column({ type: 'varchar', length: 24, nullable: true })
  endReason: MeasureEndReason | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

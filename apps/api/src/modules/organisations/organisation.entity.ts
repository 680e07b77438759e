import { Column, Entity, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Gemeente, OrganisationType } from '@tafel/shared/contracts';

@Entity('organisation')
export class OrganisationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 200, unique: true })
  name: string;

  @Column({ type: 'varchar', length: 32 })
  type: OrganisationType;

  @Column({ type: 'varchar', length: 64, nullable: true })
  gemeente: Gemeente | null;

  @ManyToOne(() => OrganisationEntity, { nullable: true, onDelete: 'RESTRICT' })
  parent: OrganisationEntity | null;

  @Column({ type: 'uuid', nullable: true })
  parentId: string | null;
}

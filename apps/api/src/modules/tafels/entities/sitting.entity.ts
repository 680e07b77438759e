import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../../users/user.entity';

/** A day part in which a chair (with a secretary) holds tafels, split into slots. */
@Entity('sitting')
@Index(['startsAt'])
export class SittingEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  chair: UserEntity;

  @Column({ type: 'uuid' })
  chairId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  secretary: UserEntity;

  @Column({ type: 'uuid' })
  secretaryId: string;

  @Column({ type: 'timestamptz' })
  startsAt: Date;

  @Column({ type: 'timestamptz' })
  endsAt: Date;

  @Column({ type: 'smallint' })
  slotMinutes: number;

  @Column({ type: 'varchar', length: 200 })
  location: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

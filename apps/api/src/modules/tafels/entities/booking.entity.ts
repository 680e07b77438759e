import { Check, Column, Entity, Exclusion, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The time a person is booked: for a scheduled tafel, or declared unavailable. An exclusion
 * constraint (btree_gist) makes overlapping bookings of one person impossible, also when two
 * coordinators book at the same moment.
 */
@Entity('booking')
@Check('ck_booking_period', '"ends_at" > "starts_at"')
@Exclusion(
  'ex_booking_no_overlap',
  'USING gist ("user_id" WITH =, tstzrange("starts_at", "ends_at") WITH &&)',
)
export class BookingEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  userId: string;

  /** Null for declared unavailability. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  tafelId: string | null;

  @Column({ type: 'timestamptz' })
  startsAt: Date;

  @Column({ type: 'timestamptz' })
  endsAt: Date;

  @Column({ type: 'varchar', length: 200, nullable: true })
  reason: string | null;
}

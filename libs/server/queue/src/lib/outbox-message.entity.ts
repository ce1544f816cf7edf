import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A unit of background work announced by a committed change. Written in the same transaction
 * as the change; finished only when its job has completed in the worker.
 */
@Entity({ name: 'outbox' })
export class OutboxMessage {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('text') queue!: string;
  @Column('text') job!: string;
  @Column('jsonb') payload!: Record<string, unknown>;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'available_at', type: 'timestamptz' }) availableAt!: Date;
  @Column({ name: 'enqueued_at', type: 'timestamptz', nullable: true }) enqueuedAt!: Date | null;
  @Column({ name: 'enqueue_count', type: 'int', default: 0 }) enqueueCount!: number;
  @Column({ name: 'check_at', type: 'timestamptz', nullable: true }) checkAt!: Date | null;
  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true }) completedAt!: Date | null;
  @Column({ name: 'failed_at', type: 'timestamptz', nullable: true }) failedAt!: Date | null;
  @Column({ name: 'last_error', type: 'text', nullable: true }) lastError!: string | null;
  /** Given up by the admin (failed-job console), with the reason: no longer counted as stuck. */
  @Column({ name: 'discarded_at', type: 'timestamptz', nullable: true }) discardedAt!: Date | null;
  @Column({ name: 'discard_reason', type: 'text', nullable: true }) discardReason!: string | null;
}

import { ScenarioStatus } from '@scenematch/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

const numeric = { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

@Entity({ name: 'scenarios' })
export class Scenario {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'batch_id', type: 'uuid', nullable: true }) batchId!: string | null;
  @Column({ name: 'seq_no', type: 'int', nullable: true }) seqNo!: number | null;
  @Column('text') title!: string;
  @Column({ name: 'domain_code', type: 'text' }) domainCode!: string;
  @Column({ name: 'agency_id', type: 'uuid' }) agencyId!: string;
  @Column({ name: 'co_agency_ids', type: 'uuid', array: true, default: () => `'{}'` }) coAgencyIds!: string[];
  @Column('text', { default: '' }) description!: string;
  @Column({ name: 'pain_points', type: 'text', default: '' }) painPoints!: string;
  @Column({ name: 'expected_outcome', type: 'text', default: '' }) expectedOutcome!: string;
  @Column({ name: 'capability_codes', type: 'text', array: true, default: () => `'{}'` }) capabilityCodes!: string[];
  /** 截止时间 (a point in time); the bids open then. */
  @Column({ type: 'timestamptz', nullable: true }) deadline!: Date | null;
  /** The opening (开标); null while the bids are sealed. Set by the opening only. */
  @Column({ name: 'bids_opened_at', type: 'timestamptz', nullable: true, update: false, insert: false }) bidsOpenedAt!: Date | null;
  @Column({ name: 'budget_min', type: 'numeric', precision: 14, scale: 2, nullable: true, transformer: numeric }) budgetMin!: number | null;
  @Column({ name: 'budget_max', type: 'numeric', precision: 14, scale: 2, nullable: true, transformer: numeric }) budgetMax!: number | null;
  @Column('text', { default: '' }) site!: string;
  @Column({ name: 'contact_name', type: 'text', default: '' }) contactName!: string;
  @Column({ name: 'contact_phone', type: 'text', default: '' }) contactPhone!: string;
  @Column({ name: 'contact_email', type: 'text', default: '' }) contactEmail!: string;
  @Column('text', { default: 'draft' }) status!: ScenarioStatus;
  @Column({ name: 'return_reason', type: 'text', nullable: true }) returnReason!: string | null;
  @Column({ name: 'cancel_reason', type: 'text', nullable: true }) cancelReason!: string | null;
  @Column('int', { default: 1 }) version!: number;
  @Column('text', { default: 'portal' }) source!: 'portal' | 'import' | 'seed';
  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true }) submittedAt!: Date | null;
  @Column({ name: 'published_at', type: 'timestamptz', nullable: true }) publishedAt!: Date | null;
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true }) closedAt!: Date | null;
  @Column({ name: 'search_text', type: 'text', default: '' }) searchText!: string;
  @Column({ name: 'search_tokens', type: 'text', array: true, default: () => `'{}'` }) searchTokens!: string[];
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}

import { FinancierKind, OrganisationSummary, OrganisationType } from '@scenematch/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity({ name: 'organisations' })
export class Organisation {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('text') type!: OrganisationType;
  @Column('text') name!: string;
  @Column({ name: 'financier_kind', type: 'text', nullable: true }) financierKind!: FinancierKind | null;
  @Column({ type: 'char', length: 18, nullable: true }) uscc!: string | null;
  @Column({ type: 'boolean', default: false }) verified!: boolean;
  @Column({ name: 'verified_at', type: 'timestamptz', nullable: true }) verifiedAt!: Date | null;
  @Column({ name: 'verified_by', type: 'uuid', nullable: true }) verifiedBy!: string | null;
  @Column({ name: 'rejected_at', type: 'timestamptz', nullable: true }) rejectedAt!: Date | null;
  @Column({ name: 'rejected_by', type: 'uuid', nullable: true }) rejectedBy!: string | null;
  @Column({ name: 'rejection_reason', type: 'text', nullable: true }) rejectionReason!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;

  toSummary(): OrganisationSummary {
    return { id: this.id, type: this.type, name: this.name, uscc: this.uscc, verified: this.verified, ...(this.type === 'financier' ? { financierKind: this.financierKind } : {}) };
  }
}

import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity({ name: 'scenario_batches' })
export class ScenarioBatch {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('int') number!: number;
  @Column('text') name!: string;
  @Column('text') issuer!: string;
  @Column('text', { default: '' }) description!: string;
  @Column({ name: 'opens_on', type: 'date', nullable: true }) opensOn!: string | null;
  @Column({ name: 'closes_on', type: 'date', nullable: true }) closesOn!: string | null;
  @Column({ name: 'max_applications_per_company', type: 'int', nullable: true }) maxApplicationsPerCompany!: number | null;
  @Column({ name: 'required_certifications', type: 'text', array: true, default: () => `'{}'` }) requiredCertifications!: string[];
  @Column({ name: 'exclude_previous_winners', type: 'boolean', default: false }) excludePreviousWinners!: boolean;
  @Column('text', { default: 'draft' }) status!: 'draft' | 'published' | 'closed';
  @Column({ name: 'published_at', type: 'timestamptz', nullable: true }) publishedAt!: Date | null;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}

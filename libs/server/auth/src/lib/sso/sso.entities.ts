import { SsoLinkRequestStatus } from '@scenematch/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export type IdentityLinkedBy = 'verified_email' | 'verified_phone' | 'admin_approval';

/** An account at the identity provider (issuer + subject) linked to one platform user. */
@Entity({ name: 'user_identities' })
export class UserIdentity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'user_id', type: 'uuid' }) userId!: string;
  @Column('text') issuer!: string;
  @Column('text') subject!: string;
  @Column({ name: 'linked_by', type: 'text' }) linkedBy!: IdentityLinkedBy;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'last_login_at', type: 'timestamptz', nullable: true }) lastLoginAt!: Date | null;
}

/** A person the platform could not link on its own, waiting for an admin's decision. */
@Entity({ name: 'sso_link_requests' })
export class SsoLinkRequest {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('text') issuer!: string;
  @Column('text') subject!: string;
  @Column({ type: 'text', nullable: true }) name!: string | null;
  @Column({ type: 'text', nullable: true }) email!: string | null;
  @Column({ name: 'email_verified', type: 'boolean', default: false }) emailVerified!: boolean;
  @Column({ type: 'text', nullable: true }) phone!: string | null;
  @Column({ name: 'phone_verified', type: 'boolean', default: false }) phoneVerified!: boolean;
  @Column({ name: 'external_id', type: 'text', nullable: true }) externalId!: string | null;
  @Column('text') status!: SsoLinkRequestStatus;
  @Column({ name: 'user_id', type: 'uuid', nullable: true }) userId!: string | null;
  @Column({ name: 'decided_by', type: 'uuid', nullable: true }) decidedBy!: string | null;
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true }) decidedAt!: Date | null;
  @Column({ name: 'decision_reason', type: 'text', nullable: true }) decisionReason!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}

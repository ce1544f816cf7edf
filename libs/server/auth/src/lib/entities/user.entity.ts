import { Role } from '@scenematch/contracts';
import { Organisation } from '@scenematch/server-organisations';
import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity({ name: 'users' })
export class User {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'citext' }) email!: string;
  @Column({ name: 'password_hash', type: 'text', select: false }) passwordHash!: string;
  @Column({ name: 'display_name', type: 'text' }) displayName!: string;
  @Column('text') role!: Role;
  @Column({ name: 'organisation_id', type: 'uuid' }) organisationId!: string;
  @ManyToOne(() => Organisation, { eager: true }) @JoinColumn({ name: 'organisation_id' }) organisation!: Organisation;
  @Column({ name: 'failed_logins', type: 'int', default: 0 }) failedLogins!: number;
  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true }) lockedUntil!: Date | null;
  @Column({ name: 'last_login_at', type: 'timestamptz', nullable: true }) lastLoginAt!: Date | null;
  @Column({ type: 'boolean', default: false }) disabled!: boolean;
  @Column({ name: 'mfa_enabled', type: 'boolean', default: false }) mfaEnabled!: boolean;
  /** TOTP secret sealed with SecretBox; never selected unless asked for. */
  @Column({ name: 'mfa_secret', type: 'text', nullable: true, select: false }) mfaSecret!: string | null;
  /** A secret handed out by setup and not yet confirmed with a code. */
  @Column({ name: 'mfa_pending_secret', type: 'text', nullable: true, select: false }) mfaPendingSecret!: string | null;
  /** The last TOTP time step accepted: codes of that step or earlier are replays. */
  @Column({ name: 'mfa_last_counter', type: 'bigint', nullable: true, select: false }) mfaLastCounter!: string | null;
  @Column({ name: 'mfa_enabled_at', type: 'timestamptz', nullable: true }) mfaEnabledAt!: Date | null;
  /** Bumped to end every access token of the user at once (see SessionVersions). */
  @Column({ name: 'session_version', type: 'int', default: 0 }) sessionVersion!: number;
  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true }) disabledAt!: Date | null;
  @Column({ name: 'disabled_reason', type: 'text', nullable: true }) disabledReason!: string | null;
  @Column({ name: 'privacy_consent_version', type: 'text', nullable: true }) privacyConsentVersion!: string | null;
  @Column({ name: 'privacy_consented_at', type: 'timestamptz', nullable: true }) privacyConsentedAt!: Date | null;
  /** Set when the user's personal fields were erased at their request: the account is closed. */
  @Column({ name: 'erased_at', type: 'timestamptz', nullable: true }) erasedAt!: Date | null;
  @Column({ name: 'password_changed_at', type: 'timestamptz', nullable: true }) passwordChangedAt!: Date | null;
  /** Mainland mobile number (11 digits); signs in only once verified with a code. */
  @Column({ type: 'text', nullable: true }) phone!: string | null;
  @Column({ name: 'phone_verified_at', type: 'timestamptz', nullable: true }) phoneVerifiedAt!: Date | null;
  /** When the user consented to SMS notices (个人信息保护法); null: not given or withdrawn. */
  @Column({ name: 'sms_consent_at', type: 'timestamptz', nullable: true }) smsConsentAt!: Date | null;
  @Column({ name: 'wechat_openid', type: 'text', nullable: true }) wechatOpenid!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}

import { Inject, Injectable } from '@nestjs/common';
import { ApplicationDeclarations } from '@scenematch/contracts';
import { AppConfig } from '@scenematch/server-config';
import {
  cipherSuite,
  decrypt,
  EnvMasterKeyWrapper,
  KeyWrapper,
  newDataKey,
} from '@scenematch/server-crypto';
import { EntityManager } from 'typeorm';

/** Injection token of the master-key wrapper (the environment key by default; a KMS can replace it). */
export const KEY_WRAPPER = Symbol('KEY_WRAPPER');

export const keyWrapperProvider = {
  provide: KEY_WRAPPER,
  inject: [AppConfig],
  useFactory: (config: AppConfig): KeyWrapper =>
    new EnvMasterKeyWrapper(
      config.CRYPTO_SUITE,
      config.sealingMasterKey,
      config.sealingPreviousMasterKey,
    ),
};

/** The sealed part of a bid: everything a competitor or the buyer must not read before the opening. */
export interface BidContents {
  proposal: string;
  quote: number;
  durationDays: number;
  team: string;
  declarations: ApplicationDeclarations;
  productIds: string[];
}

const keyContext = (scenarioId: string) =>
  `scenematch:scenario-data-key:${scenarioId}`;
const bidContext = (applicationId: string) =>
  Buffer.from(`scenematch:bid:${applicationId}`);
const fileContext = (storageKey: string) =>
  Buffer.from(`scenematch:bid-file:${storageKey}`);

/**
 * Encrypts bids at rest until the opening: one data key per scenario (made on the first bid),
 * stored only wrapped by the master key; the cipher suite is CRYPTO_SUITE. Bid contents are
 * bound to their application id and files to their storage key (associated data), so a
 * ciphertext copied onto another row does not decrypt.
 */
@Injectable()
export class BidSealer {
  constructor(
    private readonly config: AppConfig,
    @Inject(KEY_WRAPPER) private readonly wrapper: KeyWrapper,
  ) {}

  /** The scenario's data key, made and stored (wrapped) in this transaction if it has none. */
  async dataKey(
    manager: EntityManager,
    scenarioId: string,
    create = true,
  ): Promise<Buffer | null> {
    const rows = await manager.query<Array<{ wrapped_key: Buffer; master_key_id: string }>>(
      `SELECT wrapped_key, master_key_id FROM scenario_data_keys WHERE scenario_id = $1`,
      [scenarioId],
    );
    if (rows[0])
      return this.wrapper.unwrap(
        rows[0].wrapped_key,
        rows[0].master_key_id,
        keyContext(scenarioId),
      );
    if (!create) return null;
    const key = newDataKey();
    const { wrapped, keyId } = await this.wrapper.wrap(
      key,
      keyContext(scenarioId),
    );
    const inserted = await manager.query<Array<{ scenario_id: string }>>(
      `INSERT INTO scenario_data_keys (scenario_id, suite, wrapped_key, master_key_id) VALUES ($1, $2, $3, $4)
       ON CONFLICT (scenario_id) DO NOTHING RETURNING scenario_id`,
      [scenarioId, this.config.CRYPTO_SUITE, wrapped, keyId],
    );
    // Another transaction made the key first: use that one.
    return inserted.length ? key : this.dataKey(manager, scenarioId, false);
  }

  sealContents(
    key: Buffer,
    applicationId: string,
    contents: BidContents,
  ): Buffer {
    return cipherSuite(this.config.CRYPTO_SUITE).encrypt(
      key,
      Buffer.from(JSON.stringify(contents)),
      bidContext(applicationId),
    );
  }

  unsealContents(
    key: Buffer,
    applicationId: string,
    sealed: Buffer,
  ): BidContents {
    return JSON.parse(
      decrypt(key, sealed, bidContext(applicationId)).toString('utf8'),
    ) as BidContents;
  }

  sealFile(key: Buffer, storageKey: string, content: Buffer): Buffer {
    return cipherSuite(this.config.CRYPTO_SUITE).encrypt(
      key,
      content,
      fileContext(storageKey),
    );
  }

  unsealFile(key: Buffer, storageKey: string, sealed: Buffer): Buffer {
    return decrypt(key, sealed, fileContext(storageKey));
  }

  /** Re-wraps every data key not yet under the current master key (`npm run keys:rotate`). */
  async rewrapAll(
    manager: EntityManager,
  ): Promise<{ rewrapped: number; current: string }> {
    const rows = await manager.query<Array<{
      scenario_id: string;
      wrapped_key: Buffer;
      master_key_id: string;
    }>>(
      `SELECT scenario_id, wrapped_key, master_key_id FROM scenario_data_keys WHERE master_key_id <> $1 FOR UPDATE`,
      [this.wrapper.currentKeyId],
    );
    for (const row of rows) {
      const key = await this.wrapper.unwrap(
        row.wrapped_key,
        row.master_key_id,
        keyContext(row.scenario_id),
      );
      const { wrapped, keyId } = await this.wrapper.wrap(
        key,
        keyContext(row.scenario_id),
      );
      await manager.query<unknown>(
        `UPDATE scenario_data_keys SET wrapped_key = $2, master_key_id = $3, rotated_at = now() WHERE scenario_id = $1`,
        [row.scenario_id, wrapped, keyId],
      );
    }
    return { rewrapped: rows.length, current: this.wrapper.currentKeyId };
  }
}

import { AuditService } from '@scenematch/server-audit';
import { AppConfig } from '@scenematch/server-config';
import { EnvMasterKeyWrapper } from '@scenematch/server-crypto';
import { DataSource } from 'typeorm';
import { BidSealer } from './bid-sealer';

/**
 * Re-wraps every scenario data key under the current master key (SEALING_MASTER_KEY), reading
 * those wrapped under the previous one (SEALING_MASTER_KEY_PREVIOUS). Sealed contents are not
 * touched: only the wrapped keys change. In one transaction, audited; running it again does
 * nothing. Rotation: set the new key as SEALING_MASTER_KEY and the old one as
 * SEALING_MASTER_KEY_PREVIOUS, restart the API and the worker, run `npm run keys:rotate`,
 * then drop SEALING_MASTER_KEY_PREVIOUS.
 */
export async function rotateMasterKey(
  dataSource: DataSource,
  config: AppConfig,
): Promise<{ rewrapped: number; current: string }> {
  const sealer = new BidSealer(
    config,
    new EnvMasterKeyWrapper(
      config.CRYPTO_SUITE,
      config.sealingMasterKey,
      config.sealingPreviousMasterKey,
    ),
  );
  const audit = new AuditService(dataSource, config);
  return dataSource.transaction(async (manager) => {
    const result = await sealer.rewrapAll(manager);
    await audit.record(
      {
        action: 'sealing.keys_rotated',
        details: {
          by: 'system',
          rewrapped: result.rewrapped,
          masterKeyId: result.current,
        },
      },
      manager,
    );
    return result;
  });
}

/** Regenerates the OpenAPI schemas of the API's answers from libs/shared/contracts (`npm run api:schemas`). */
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { GENERATED_FILE, generateContractSchemas, renderGeneratedFile, ROOT } from '../../libs/server/common/src/lib/openapi/contract-schemas.generator';

const schemas = generateContractSchemas();
writeFileSync(GENERATED_FILE, renderGeneratedFile(schemas));
console.log(`${Object.keys(schemas).length} schemas written to ${path.relative(ROOT, GENERATED_FILE)}`);

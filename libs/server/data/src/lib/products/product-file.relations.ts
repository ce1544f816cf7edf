import { relation } from '../relation';

/** Where the files of products are stored, by content. */
export const PRODUCT_FILES = relation('product_files', ['id', 'product_id', 'storage_key', 'sha256']);

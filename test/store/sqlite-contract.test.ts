import { SqliteStore } from '../../src/store/index.ts';
import { describeStoreContract } from './store-contract.ts';

describeStoreContract('SQLite', () => new SqliteStore(':memory:'));

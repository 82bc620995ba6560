import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import type { eld } from 'eld/medium'

export type EldDetector = typeof eld

let detector: EldDetector | undefined

/**
 * eld's detector, loaded at the first detection: its n-gram table (60 MB once read, 0.2–0.5 s of
 * CPU to load) is not read by a command whose documents all say their language. Loaded by path
 * (eld exports its entries to `import` only) through require, which Node ≥ 20.19 gives ES modules
 * synchronously. The command-line bundle replaces this module by a lazily evaluated copy of eld
 * (scripts/bundle-cli.mjs).
 */
export function eldDetector(): EldDetector {
  return (detector ??= (createRequire(import.meta.url)(fileURLToPath(import.meta.resolve('eld/medium'))) as { eld: EldDetector }).eld)
}

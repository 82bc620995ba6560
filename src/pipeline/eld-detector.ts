import { eld } from 'eld/medium'

export type EldDetector = typeof eld

/**
 * eld's detector. Imported here, its n-gram table (60 MB once read, 0.2–0.5 s of CPU to load) is
 * read when the module loads; the command-line bundle replaces this module by one that evaluates
 * eld at the first detection (scripts/bundle-cli.mjs), so that a command whose documents all say
 * their language never reads it.
 */
export const eldDetector = (): EldDetector => eld

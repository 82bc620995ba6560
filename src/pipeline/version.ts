/** Version of the extraction rules; stored with every finding so re-extraction can tell what changed. */
export const EXTRACTOR_VERSION = 'cobel-extract/0.1.0'

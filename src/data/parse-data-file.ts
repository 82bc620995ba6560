import { parse, YAMLParseError } from 'yaml'
import { z } from 'zod'
import { CobelError } from '../domain/errors.js'

/**
 * Parses one YAML data file against its schema. Errors name the file, the line for YAML
 * syntax errors, and the path of the offending field for schema errors.
 */
export function parseDataFile<T extends z.ZodType>(schema: T, yamlText: string, source: string): z.infer<T> {
  let value: unknown
  try {
    value = parse(yamlText, { prettyErrors: true })
  } catch (error) {
    const where = error instanceof YAMLParseError && error.linePos ? ` (line ${error.linePos[0].line})` : ''
    throw new CobelError('ERR_DATA_INVALID', `YAML syntax error${where}: ${(error as Error).message.split('\n')[0]}`, source)
  }
  const result = schema.safeParse(value ?? [])
  if (!result.success) {
    const issues = result.error.issues.slice(0, 8).map((issue) => {
      const path = issue.path.length ? issue.path.join('.') : '(root)'
      return `  at ${path}: ${issue.message}${describeEntry(value, issue.path)}`
    })
    const more = result.error.issues.length > 8 ? `\n  … ${result.error.issues.length - 8} more` : ''
    throw new CobelError('ERR_DATA_INVALID', `invalid data\n${issues.join('\n')}${more}`, source)
  }
  return result.data
}

/** Names the entry an issue is in ("id: fr.supply.livrer") so the editor can find it. */
function describeEntry(value: unknown, path: readonly PropertyKey[]): string {
  if (!Array.isArray(value) || typeof path[0] !== 'number') return ''
  const entry: unknown = value[path[0]]
  if (entry && typeof entry === 'object') {
    const record = entry as Record<string, unknown>
    const name = record.id ?? record.code ?? record.actor
    if (typeof name === 'string') return ` (entry ${name})`
  }
  return ''
}

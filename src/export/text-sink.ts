import { once } from 'node:events'

/** Where an export writes text; honours back-pressure so large exports stream in constant memory. */
export interface TextSink {
  write(text: string): Promise<void>
}

export function streamSink(stream: NodeJS.WritableStream): TextSink {
  return {
    async write(text) {
      if (!stream.write(text)) await once(stream, 'drain')
    },
  }
}

/** Collects everything in memory (tests, HTTP responses of small exports). */
export function stringSink(): TextSink & { text(): string } {
  const parts: string[] = []
  return {
    async write(text) {
      parts.push(text)
    },
    text: () => parts.join(''),
  }
}

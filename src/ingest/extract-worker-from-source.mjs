// The extraction worker's entry when cobel runs from its TypeScript sources (under tsx or vitest):
// a worker thread starts without the parent's loader, so it registers tsx before it imports the
// typed entry. Built code (dist/) starts extract-worker.js directly and never loads this file.
import { register } from 'tsx/esm/api'

register()
// After register(): a static import would be loaded before tsx is in place.
await import('./extract-worker.ts')

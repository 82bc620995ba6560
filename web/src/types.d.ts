declare module 'cytoscape-fcose' {
  import type { Ext } from 'cytoscape'
  const fcose: Ext
  export default fcose
}

interface Window {
  /** The network view's graph, for the browser tests and for people poking at it in devtools. */
  cobelGraph?: import('cytoscape').Core
}

/** A window of a sorted list. */
export interface PageQuery {
  readonly limit: number
  readonly offset: number
}

/** One page of results and the number of rows matching in all. */
export interface Paged<T> {
  readonly items: T[]
  readonly total: number
}

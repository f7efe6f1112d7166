/** Articles are listed in the order of their source files (000 … 004), which is stable. */
export function bySource<T extends { data: { source: string } }>(a: T, b: T): number {
  return a.data.source.localeCompare(b.data.source);
}

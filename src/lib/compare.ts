/** Themes two cases share, in a stable order, for “compare with” links. */
export function sharedThemes(a: Set<string>, b: Set<string>): string[] {
  return [...a].filter((t) => b.has(t)).sort();
}

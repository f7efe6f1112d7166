/** Articles related by the themes they share, most shared first, then in source order. */
export interface ThemedArticle { id: string; themes: string[] }

export function relatedArticles(id: string, all: ThemedArticle[]): { id: string; shared: number }[] {
  const mine = new Set(all.find((a) => a.id === id)?.themes);
  return all
    .filter((a) => a.id !== id)
    .map((a) => ({ id: a.id, shared: a.themes.filter((t) => mine.has(t)).length }))
    .filter((a) => a.shared > 0)
    .sort((x, y) => y.shared - x.shared);
}

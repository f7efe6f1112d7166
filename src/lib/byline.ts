/** The byline as printed: name and role, saying plainly what the source left out. */
export interface BylineInput {
  author?: string | undefined;
  authorRole?: string | undefined;
  genre: string;
}

export function byline({ author, authorRole, genre }: BylineInput): string {
  const who = genre === '讲话' ? '讲话人' : '作者';
  if (author && authorRole) return `${author}（${authorRole}）`;
  if (author) return author;
  if (authorRole) return `${authorRole}（原文未署姓名）`;
  return `${who}未署名`;
}

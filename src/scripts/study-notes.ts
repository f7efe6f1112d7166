/**
 * 学习笔记 on an article page (issue 13), as one standalone file (no exports, like
 * block-actions.ts): loaded by study-page.ts when notes are stored, and by the ⋯ menu on the
 * first 划线 or 写笔记, so the menu stays small. It draws the highlights and notes at once,
 * then answers the menu's `dj:note` events (src/scripts/study/spots.ts).
 */
import { drawNotes, editNote, toggleMark } from './study/notes-on-page.ts';
import { articleSlug, type NoteRequest } from './study/spots.ts';

const slug = articleSlug();
if (slug) {
  drawNotes(slug);
  document.addEventListener('dj:note', (e) => {
    const { act, para, say, back } = (e as CustomEvent<NoteRequest>).detail;
    if (act === 'mark') say(toggleMark(slug, para));
    else editNote(slug, para, undefined, back);
  });
}

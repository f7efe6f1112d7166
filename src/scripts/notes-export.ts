/**
 * 导出与备份 on /notes/ (src/components/NotesExport.astro), loaded on the first click of one of
 * its buttons; a standalone file with no exports, answering `dj:export` from the button (or
 * the file input) that was used:
 *
 * - 导出为 Word: the study document (src/lib/study/export.ts) as .docx, by
 *   src/scripts/study/notes-docx.ts, which carries the `docx` library and loads only now;
 * - 导出为 Markdown: the same document as .md;
 * - 备份: the notes and the records as one JSON file (src/lib/study/backup.ts);
 * - 恢复: such a file merged into what is here, saying what it did; a file that is not a
 *   backup, or storage that refuses, changes nothing and says so.
 *
 * Everything happens in this browser; the files are made here and nothing is sent.
 */
import { loadNotes, newId } from '../lib/study/notes.ts';
import { exportFileName, studyDoc, toMarkdown, type ExportArticle, type ExportData, type StudyDoc } from '../lib/study/export.ts';
import { fetchArticles, paragraphsNow } from './study/articles.ts';
import { MAX_BACKUP_BYTES, backupFileName, makeBackup, parseBackup, restoreBackup, restoreMessage } from '../lib/study/backup.ts';
import { noteStore, SAVE_FAILED } from './study/note-store.ts';
import docxScript from './study/notes-docx.ts?worker&url';

const box = document.querySelector<HTMLElement>('.notes-export')!;
const status = box.querySelector<HTMLElement>('.notes-export-status')!;
const { site } = JSON.parse(box.dataset.export ?? '{}') as { site: string };

/**
 * WeChat's built-in browser often does not save downloaded files; the reader is told how to
 * get them (open the page in the phone's browser: notes there need a backup restored first).
 */
const WECHAT = /MicroMessenger/i.test(navigator.userAgent) ? '若在微信中没有收到文件：点右上角“⋯”，选“在浏览器打开”，在浏览器中导出（笔记只在本机的这个浏览器里，换浏览器前请先在这里备份）。' : '';
const say = (message: string, downloaded = false) => (status.textContent = downloaded && WECHAT ? `${message}${WECHAT}` : message);

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The document of the notes stored now; undefined (and says so) when there are none. */
async function currentDoc(): Promise<StudyDoc | undefined> {
  const notes = loadNotes(noteStore());
  if (!notes.length) {
    say('还没有笔记可以导出。先在文章段落后点 ⋯（更多操作），划线或写笔记。');
    return undefined;
  }
  // The articles' data files (title, order, reference fields), for the articles with notes only.
  const articles = await fetchArticles(notes.map((n) => n.article));
  const list: ExportArticle[] = [...articles]
    .flatMap(([slug, m]) => (m ? [{ slug, order: m.order, article: { slug, title: m.title, author: m.author, published: m.published, url: m.url } }] : []))
    .sort((a, b) => a.order - b.order)
    .map((a) => a.article);
  const data: ExportData = { site, articles: list };
  return studyDoc(notes, data, new Date(), undefined, await paragraphsNow(notes, articles));
}

let docx: Promise<unknown> | undefined;
/** The Word file, made by notes-docx.ts (it answers `dj:docx` with the file). */
async function wordFile(doc: StudyDoc): Promise<Blob> {
  try {
    await (docx ??= import(/* @vite-ignore */ docxScript));
  } catch (error) {
    docx = undefined;
    throw error;
  }
  return new Promise<Blob>((resolve, reject) => {
    document.dispatchEvent(new CustomEvent('dj:docx', { detail: { doc, resolve, reject } }));
  });
}

async function exportDocx(button: HTMLButtonElement): Promise<void> {
  button.disabled = true;
  say('正在生成 Word 文件……');
  try {
    const doc = await currentDoc();
    if (!doc) return;
    const name = exportFileName('docx', new Date());
    download(await wordFile(doc), name);
    say(`已导出 ${name}。`, true);
  } catch {
    say('没能生成 Word 文件：第一次导出需要联网载入导出工具，请联网后再试；也可以先导出为 Markdown。');
  } finally {
    button.disabled = false;
  }
}

async function exportMarkdown(): Promise<void> {
  const doc = await currentDoc();
  if (!doc) return;
  const name = exportFileName('md', new Date());
  download(new Blob([toMarkdown(doc)], { type: 'text/markdown;charset=utf-8' }), name);
  say(`已导出 ${name}。`, true);
}

function backup(): void {
  const name = backupFileName(new Date());
  download(new Blob([makeBackup(noteStore(), new Date())], { type: 'application/json' }), name);
  say(`已下载备份 ${name}。请把它存到安全的地方；在另一台设备的本页点“恢复”即可导入。`, true);
}

async function restore(input: HTMLInputElement): Promise<void> {
  const file = input.files?.[0];
  input.value = '';
  if (!file) return;
  const refuse = (why: string): void => void say(`没有恢复“${file.name}”：${why}本机记录没有改变。`);
  if (file.size > MAX_BACKUP_BYTES) return refuse('文件太大，不是本站的学习笔记备份文件。');
  let text: string;
  try {
    text = await file.text();
  } catch {
    return refuse('无法读取这个文件。');
  }
  const parsed = parseBackup(text);
  if (!parsed.ok) return refuse(parsed.error);
  try {
    say(restoreMessage(restoreBackup(noteStore(), parsed, () => newId(new Date()))));
  } catch {
    return refuse(SAVE_FAILED.replace(/^没能保存：/, ''));
  }
  // The /notes/ page (notes-page.ts) redraws its list and record.
  document.dispatchEvent(new Event('dj:notes-changed'));
}

document.addEventListener('dj:export', (e) => {
  const el = e.target as HTMLElement;
  const act = el instanceof HTMLInputElement ? 'restore' : el.dataset.exportAct;
  if (act === 'docx') void exportDocx(el as HTMLButtonElement);
  else if (act === 'md') void exportMarkdown();
  else if (act === 'backup') backup();
  else if (act === 'restore') void restore(el as HTMLInputElement);
});

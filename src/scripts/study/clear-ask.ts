/**
 * 清除本机记录 (阅读设置) when notes are stored: before they are gone for good, a dialog says
 * how many there are and offers 先导出笔记 (the export on /notes/), 仍然清除 and 取消.
 * Loaded by study-page.ts on the first click of 清除本机记录 (it is loaded whenever notes are
 * stored); it answers `dj:clear-ask` from the button. 仍然清除 marks the button sure and clicks
 * it again: reader.ts then clears everything as it always does.
 */
import { loadNotes } from '../../lib/study/notes.ts';
import { noteStore } from './note-store.ts';
import { BASE } from '../browser.ts';

let dialog: HTMLDialogElement | undefined;

function build(button: HTMLButtonElement): HTMLDialogElement {
  const d = document.createElement('dialog');
  d.className = 'clear-ask';
  d.setAttribute('aria-labelledby', 'clear-ask-title');
  const h = Object.assign(document.createElement('h2'), { id: 'clear-ask-title', textContent: '先导出学习笔记吗？' });
  const p = document.createElement('p');
  const form = Object.assign(document.createElement('form'), { method: 'dialog', className: 'clear-ask-actions' });
  const link = Object.assign(document.createElement('a'), { href: `${BASE}notes/#notes-export`, textContent: '先导出笔记' });
  const clear = Object.assign(document.createElement('button'), { value: 'clear', textContent: '仍然清除' });
  const cancel = Object.assign(document.createElement('button'), { value: 'cancel', textContent: '取消' });
  link.addEventListener('click', () => d.close('export'));
  form.append(link, clear, cancel);
  d.append(h, p, form);
  d.addEventListener('close', () => {
    if (d.returnValue !== 'clear') return;
    button.dataset.sure = '';
    button.click();
  });
  document.body.append(d);
  return d;
}

document.addEventListener('dj:clear-ask', (e) => {
  const button = e.target as HTMLButtonElement;
  dialog ??= build(button);
  const n = loadNotes(noteStore()).length;
  dialog.querySelector('p')!.textContent = `本机存有 ${n} 条学习笔记和划线。清除本机记录会把它们连同阅读进度、学习记录一起删除，无法找回。可以先到“学习笔记”页导出为 Word 或 Markdown，或下载备份。`;
  dialog.returnValue = '';
  dialog.showModal();
  dialog.querySelector<HTMLButtonElement>('button[value="cancel"]')!.focus();
});

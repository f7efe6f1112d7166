/**
 * The note editor: a labelled text box with 保存 and 取消, put under the paragraph (article
 * pages) or in place of the note (/notes/). The box takes focus; Ctrl+Enter (⌘+Enter) saves,
 * Esc cancels when nothing was changed. When storage refuses, it says so in an alert and
 * keeps the text in the box, selected, with a 复制笔记 button: what was typed is never lost.
 */
import { MAX_NOTE_LENGTH } from '../../lib/study/notes.ts';
import { SAVE_FAILED } from './note-store.ts';
import { el } from '../browser.ts';

export interface EditorOptions {
  /** Unique on the page, for the box's id. */
  id: string;
  /** The box's label: 笔记 and where. */
  label: string;
  initial: string;
  /** Keeps the text; false when storage refused. */
  save(text: string): boolean;
  /** After a save or 取消, once the editor is gone (put focus back). */
  done(saved: boolean): void;
}

async function copy(area: HTMLTextAreaElement): Promise<boolean> {
  area.focus();
  area.select();
  try {
    await navigator.clipboard.writeText(area.value);
    return true;
  } catch {
    return document.execCommand('copy');
  }
}

export function noteEditor(o: EditorOptions): HTMLFormElement {
  const boxId = `note-box-${o.id}`;
  const area = el('textarea', { id: boxId, name: 'note', rows: 4, maxLength: MAX_NOTE_LENGTH, value: o.initial });
  const alert = el('div', { className: 'note-editor-alert' });
  alert.setAttribute('role', 'alert');
  const save = el('button', { type: 'submit', textContent: '保存' });
  const cancel = el('button', { type: 'button', textContent: '取消' });
  const label: HTMLLabelElement = el('label', { htmlFor: boxId, textContent: o.label });
  const hint: HTMLSpanElement = el('span', { className: 'note-editor-hint small muted', textContent: '只保存在本机' });
  const buttons: HTMLParagraphElement = el('p', { className: 'note-editor-actions' }, save, cancel, hint);
  const form = document.createElement('form');
  form.className = 'note-editor';
  form.append(label, area, alert, buttons);
  const finish = (saved: boolean) => {
    form.remove();
    o.done(saved);
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (o.save(area.value.trim())) return finish(true);
    const copyButton = el('button', { type: 'button', textContent: '复制笔记' });
    const copied = el('span', { className: 'small' });
    copyButton.addEventListener('click', () => void copy(area).then((ok) => (copied.textContent = ok ? '已复制。' : '请在框里长按或按 Ctrl+C 复制。')));
    alert.replaceChildren(el('p', {}, `${SAVE_FAILED}你写的笔记还在下面的框里，没有丢失：请先复制下来，留在别处。`), el('p', {}, copyButton, ' ', copied));
    form.insertBefore(alert, area);
    area.focus();
    area.select();
  });
  cancel.addEventListener('click', () => finish(false));
  area.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      form.requestSubmit();
    } else if (e.key === 'Escape' && area.value.trim() === o.initial.trim()) {
      e.preventDefault();
      e.stopPropagation();
      finish(false);
    }
  });
  queueMicrotask(() => area.focus());
  return form;
}

/**
 * 核对 in a theme's 自测 (issue 13, SelfTest.astro). Loaded on the first 核对 (a click on the
 * button, or Enter in a fill-in, which clicks it) by block-actions.ts, itself loaded by the
 * share script, so a theme page's first load carries none of it. A standalone file (no
 * exports): it answers the `dj:self-test` event sent from the 核对 button.
 *
 * 核对 says right or wrong in words (and the right answer when wrong), then opens the
 * question's 答案与出处: the source paragraph quoted, with its link. Once every question of
 * the page has been checked, the theme's slug is stored as done (KEYS.selftest) and the page
 * says 已完成自测. Nothing else is stored (no score), nothing is sent.
 */
import { acceptedAnswers, allAnswered, verdict } from '../lib/study/self-test.ts';
import { addSlug } from '../lib/study/record.ts';
import { localStore } from './browser.ts';

const section = document.querySelector<HTMLElement>('#self-test');
const forms = [...(section?.querySelectorAll<HTMLFormElement>('form.st-form') ?? [])];
const answered = new Set<number>();

function given(form: HTMLFormElement): string {
  const field = form.querySelector<HTMLInputElement>('input[type="text"]');
  if (field) return field.value;
  return form.querySelector<HTMLInputElement>('input[type="radio"]:checked')?.value ?? '';
}

/** The right answer as the reader reads it: the option's text, 对/错, or the fill-in's answer. */
function rightAnswer(form: HTMLFormElement): string {
  return form.parentElement?.querySelector('.st-key strong')?.textContent ?? '';
}

function check(form: HTMLFormElement): void {
  const out = form.querySelector<HTMLElement>('.st-verdict')!;
  const v = verdict(given(form), acceptedAnswers(form.dataset.accepted));
  out.dataset.verdict = v;
  if (v === 'empty') {
    out.textContent = form.querySelector('input[type="text"]') ? '请先填写答案，再核对。' : '请先选择一项，再核对。';
    return;
  }
  out.textContent = v === 'right' ? '✓ 回答正确。' : `✗ 回答错误。正确答案：${rightAnswer(form)}`;
  const details = form.nextElementSibling;
  if (details instanceof HTMLDetailsElement) {
    details.hidden = false;
    details.open = true;
  }
  answered.add(Number(form.dataset.index));
  if (section && allAnswered(answered, forms.length)) done(section);
}

function done(box: HTMLElement): void {
  const slug = box.dataset.themeSlug;
  const store = localStore();
  const kept = !!slug && !!store && addSlug(store, 'selftest', slug);
  const note = box.querySelector<HTMLElement>('.st-done')!;
  note.textContent = kept ? '✓ 已完成自测（记在本机）' : '✓ 已完成自测（此浏览器不允许保存，离开本页后不会保留）';
  note.hidden = false;
}

document.addEventListener('dj:self-test', (e) => {
  const form = (e.target as Element).closest('form');
  if (form) check(form);
});

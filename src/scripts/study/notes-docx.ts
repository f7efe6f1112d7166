/**
 * 导出为 Word's library: builds the .docx of the study document (src/lib/study/docx.ts, with
 * `docx`), loaded by src/scripts/notes-export.ts only when 导出为 Word is clicked, as a file of
 * its own. It answers `dj:docx` on the document: detail { doc, resolve, reject }.
 */
import { Packer } from 'docx';
import { studyDocx } from '../../lib/study/docx.ts';
import type { StudyDoc } from '../../lib/study/export.ts';

interface Request {
  doc: StudyDoc;
  resolve: (file: Blob) => void;
  reject: (error: unknown) => void;
}

document.addEventListener('dj:docx', (e) => {
  const { doc, resolve, reject } = (e as CustomEvent<Request>).detail;
  Packer.toBlob(studyDocx(doc)).then(resolve, reject);
});

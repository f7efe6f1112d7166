/**
 * A problem with what the editor handed to ingest (the file, its encoding, its content,
 * the options). The CLI prints its message as one line and exits non-zero; anything else
 * thrown is a bug in ingest.
 */
export class IngestError extends Error {
  override name = 'IngestError';
}

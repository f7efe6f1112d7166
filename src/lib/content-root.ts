/** The content tree: content/, or a test fixture's (CONTENT_DIR) to prove that bad content stops the build. */
export const CONTENT_ROOT = process.env.CONTENT_DIR ?? './content';

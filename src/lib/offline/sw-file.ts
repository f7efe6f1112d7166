/** The service worker's file, at the root of the site (the base path): its scope is the whole site. */
export const SW_FILE = 'sw.js';

// Where the archive lives, relative to the project root: content/, or a fixture folder in tests.
export const contentDir = process.env.ARCHIVE_CONTENT_DIR ?? 'content';

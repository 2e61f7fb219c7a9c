// The story's title as a file name: the one rule the export dialog's suggested path and the exports folder's files
// are named by.

/** A file-name-safe version of the story title: ASCII letters and digits, hyphens between words, at most 60
 *  characters, lower case; "story" when nothing of the title is left. */
export function storySlug(title: string): string {
  return (
    title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .toLowerCase() || 'story'
  );
}

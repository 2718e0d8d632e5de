const ENTITIES: Record<string, string> = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"};

/**
 * Text made safe for HTML content and quoted attributes: & < > " ' become entities.
 *
 * @example escapeHtml(`a < b & "c"`); // => "a &lt; b &amp; &quot;c&quot;"
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

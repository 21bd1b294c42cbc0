/**
 * Terminal control sequences and control characters in text from articles
 * and feeds: an `ESC[2J` clears the reader's screen, an OSC sets the window
 * title or plants a hyperlink. Newlines and tabs are text; the rest is not.
 */
// CSI (ESC [ … final), OSC (ESC ] … BEL or ESC \), other ESC sequences, and C1 CSI/OSC.
const SEQUENCE = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[P^_X][^\x1b]*(?:\x1b\\)?|\x1b[@-Z\\-_]|\x9b[0-?]*[ -/]*[@-~]|\x9d[^\x07\x9c]*[\x07\x9c]?/g;
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/g;

/** The text without terminal control sequences and control characters (newline, tab and carriage return stay). */
export function stripControl(text: string): string {
  return text.replace(SEQUENCE, '').replace(CONTROL, '');
}

/**
 * Each control character replaced by U+FFFD, one for one: for text whose
 * offsets must not move (a quote and its highlights) on its way to a terminal.
 */
export function neutralizeControl(text: string): string {
  return NEUTRALIZED.test(text) ? text.replace(NEUTRALIZED_ALL, '\ufffd') : text;
}
const NEUTRALIZED = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/;
const NEUTRALIZED_ALL = new RegExp(NEUTRALIZED.source, 'g');

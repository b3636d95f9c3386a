/**
 * The sender and subject of a raw message (Gmail's "Show original"), read from its header block
 * alone: enough for the cheap filter, without parsing the MIME body (the background does that).
 */

/** Header blocks are short; a page that shows something longer before a blank line is not one. */
export const maxHeaderLength = 64 * 1024;

/** Decodes one RFC 2047 encoded word's payload; a charset the browser lacks is read as UTF-8. */
function decodeWord(charset: string, encoding: string, payload: string): string {
  let bytes: Uint8Array;
  if (encoding.toUpperCase() === 'B') {
    try {
      bytes = Uint8Array.from(atob(payload), (character) => character.charCodeAt(0));
    } catch {
      return payload;
    }
  } else {
    const text = payload.replace(/_/g, ' ');
    const out: number[] = [];
    for (let index = 0; index < text.length; index++) {
      const hex = text[index] === '=' ? text.slice(index + 1, index + 3) : '';
      if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
        out.push(Number.parseInt(hex, 16));
        index += 2;
      } else {
        out.push(text.charCodeAt(index) & 0xff);
      }
    }
    bytes = Uint8Array.from(out);
  }

  try {
    return new TextDecoder(charset.replace(/\*.*$/, '')).decode(bytes);
  } catch {
    return new TextDecoder().decode(bytes);
  }
}

/**
 * Decodes RFC 2047 encoded words (`=?utf-8?B?…?=`, `=?iso-8859-1?Q?…?=`) in a header value.
 *
 * @example
 * decodeHeaderValue('=?UTF-8?B?VW56dXN0ZWxsYmFyOiBCZXJpY2h0?=')
 * //=> 'Unzustellbar: Bericht'
 */
export function decodeHeaderValue(value: string): string {
  return value
    // Whitespace between two encoded words is not part of the text (RFC 2047 §6.2).
    .replace(/(\?=)\s+(=\?)/g, '$1$2')
    .replace(/=\?([^?\s]+)\?([BbQq])\?([^?\s]*)\?=/g, (_word, charset: string, encoding: string, payload: string) =>
      decodeWord(charset, encoding, payload));
}

/**
 * The `From` and `Subject` of a raw message, decoded; empty strings when the text does not open
 * with a header block that has them.
 *
 * @example
 * rawHeaders('From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nSubject: Delivery Status\n Notification (Failure)\n\n…')
 * //=> {sender: 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>', subject: 'Delivery Status Notification (Failure)'}
 */
export function rawHeaders(source: string): {sender: string; subject: string} {
  const head = source.slice(0, maxHeaderLength).replace(/\r\n?/g, '\n');
  const end = head.search(/\n\n/);
  // Folded lines continue with whitespace (RFC 5322 §2.2.3).
  const unfolded = (end === -1 ? head : head.slice(0, end)).replace(/\n[ \t]+/g, ' ');
  const field = (name: string) => new RegExp(`^${name}:[ \\t]*(.*)$`, 'im').exec(unfolded)?.[1]?.trim() ?? '';
  return {sender: decodeHeaderValue(field('From')), subject: decodeHeaderValue(field('Subject'))};
}

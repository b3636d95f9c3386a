/**
 * HTML read as text the way a browser lays it out: a block on a line of its own, blocks side by
 * side without a blank line between them, a paragraph apart by one, and a line's last <br> no
 * empty line of its own. A notice whose lines a web client wrote as one division each (Gmail's
 * and Outlook's compose windows do) keeps its paragraphs as its text part had them.
 */
import {describe, expect, test} from 'vitest';
import {decodeText} from '../../src/decoder/index.ts';
import {htmlToText} from '../../src/decoder/read-input.ts';

describe('HTML laid out as lines', () => {
  test.each([
    ['divisions side by side: one line each', '<div>one</div><div>two</div>', 'one\ntwo'],
    ['an empty division holding a <br>: one blank line', '<div>one</div><div><br></div><div>two</div>', 'one\n\ntwo'],
    ['a line\'s last <br> before its block ends: no empty line', '<div>one<br></div><div>two</div>', 'one\ntwo'],
    ['paragraphs: a blank line between them', '<p>one</p><p>two</p>', 'one\n\ntwo'],
    ['a paragraph after a division: a blank line, not two', '<div>one</div><p>two</p>', 'one\n\ntwo'],
    ['<br> inside a paragraph: a line end', '<p>one<br>two</p>', 'one\ntwo'],
    ['two <br>: a blank line, whatever block follows', 'one<br><br><div>two</div>', 'one\n\ntwo'],
    ['nested divisions: one line end for the edges that meet', '<div dir="ltr"><div>one</div></div><div><div>two</div></div>', 'one\ntwo'],
    ['table cells apart by a tab, rows by a line end', '<table><tr><td>Reported error:</td><td>550 5.1.10</td></tr><tr><td>Status:</td><td>5.1.10</td></tr></table>', 'Reported error:\t550 5.1.10\t\nStatus:\t5.1.10\t'],
    ['a quoted reply\'s <blockquote> starts a line of its own', '<div>On Monday, Bob wrote:</div><blockquote class="gmail_quote">one<br>two</blockquote>', 'On Monday, Bob wrote:\none\ntwo'],
    ['list items, each on a line', '<ul><li>one</li><li>two</li></ul>', 'one\ntwo'],
    ['a rule between two lines', 'one<hr>two', 'one\ntwo'],
    ['an inline element, no line end', '<div>one <span>two</span> <b>three</b></div>', 'one two three'],
    ['a line end of the source is a space', '<div>one\ntwo</div>', 'one two'],
    ['a pre-formatted block keeps its line ends', '<pre>one\n\ntwo</pre>', 'one\n\ntwo'],
  ])('%s', (_name, html, text) => {
    expect(htmlToText(html).replace(/^\n+|\n+$/g, '')).toBe(text);
  });

  test('no tag is read as a block that only starts with the same letters', () => {
    expect(htmlToText('<div>one<track>two<progress>three</div>').trim()).toBe('onetwothree');
  });
});

describe('a text whose lines HTML breaks', () => {
  const notice = 'This is the mail system at host mail.example.net.\n\n<bob@example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown (in reply to RCPT TO command)';
  const decoded = (text: string) => decodeText(text).recipients.map((recipient) => [recipient.recipient, recipient.replyCode?.code, recipient.status?.code]);

  test('a plain notice over a returned original written in HTML keeps its line ends', () => {
    const original = Array.from({length: 12}, (_, index) => `<p>Paragraph ${index} of the newsletter.<br>More text.<br></p>`).join('\n');
    expect(decoded(`${notice}\n\n--- Below this line is a copy of the message.\n\nContent-Type: text/html\n\n${original}`)).toEqual(decoded(notice));
  });

  test('two <br> in a plain notice make no HTML of it', () => {
    expect(decoded(`${notice}\n\nSee <br> and <br/> in the original.`)).toEqual(decoded(notice));
  });
});

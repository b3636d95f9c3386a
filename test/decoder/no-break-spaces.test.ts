// A copy from a web page puts a no-break space wherever a space stood: in a raw message's header
// fields, a recipient's indentation, a reply's words. Read as plain spaces, every generated notice,
// raw and as a webmail shows it, decodes as it does with plain spaces, given as text or as UTF-8
// bytes. In bytes of another charset the pair that spells one in UTF-8 is left as it is.

import {describe, expect, test} from 'vitest';
import {decode, type DecodeResult} from '../../src/decoder/index.ts';
import {generatedCases} from './generate.ts';

function diagnosisOf(result: DecodeResult) {
  return {kind: result.kind, recipients: result.recipients.map((found) => [found.recipient, found.replyCode?.code, found.status?.code, found.reason.id, found.permanent, found.provider?.id])};
}

// One notice of each family and form, to one recipient. A raw message with an HTML part keeps its
// no-break spaces (HTML keeps them where it collapses spaces: a notice's indentation), so such a
// message is left out: a page that showed one as text would have shown its source, spaces and all.
const sample = generatedCases.filter((item, index, all) => item.recipients.length === 1 && !/^content-type:\s*text\/html/im.test(item.input)
  && all.findIndex((other) => other.family === item.family && other.form === item.form && other.recipients.length === 1) === index);

describe('a notice whose spaces a page made no-break spaces', () => {
  test.each(sample.map((item) => [item.name, item.input] as const))('%s', async (_name, input) => {
    const expected = diagnosisOf(await decode(input));
    const spaced = input.replace(/ /g, '\u00a0');
    expect(diagnosisOf(await decode(spaced))).toEqual(expected);
    expect(diagnosisOf(await decode(new TextEncoder().encode(spaced)))).toEqual(expected);
  });
});

test('in Windows-1251 bytes, a letter before a no-break space stays a letter', async () => {
  // "Пользователь В\u00a0отпуске" in Windows-1251 (not UTF-8): its "В" is byte 0xC2 and the no-break
  // space 0xA0, the pair that spells a no-break space in UTF-8.
  const reply = '550 5.1.1 \u041f\u043e\u043b\u044c\u0437\u043e\u0432\u0430\u0442\u0435\u043b\u044c \u0412\u00a0\u043e\u0442\u043f\u0443\u0441\u043a\u0435';
  const text = `Subject: Undelivered Mail Returned to Sender\nContent-Type: text/plain; charset=windows-1251\n\n<bob@example.org>: host mx.example.org[192.0.2.25] said: ${reply}\n`;
  const windows1251 = (character: string): number => {
    const code = character.charCodeAt(0);
    if (code === 0x0401) return 0xa8;
    if (code >= 0x0410 && code <= 0x044f) return code - 0x0410 + 0xc0;
    return code;
  };
  const [recipient] = (await decode(Uint8Array.from([...text].map(windows1251)))).recipients;
  expect(recipient?.diagnostic).toMatch(/\u0412[ \u00a0]\u043e\u0442\u043f\u0443\u0441\u043a\u0435/);
});

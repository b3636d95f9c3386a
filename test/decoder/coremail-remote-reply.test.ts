// Coremail's notice (NetEase's 126.com and 163.com among its users) writes the remote server's
// reply in its own frame after "英文说明:" ("English explanation:"): "SMTP error, DOT: Host
// <host>(<ip>) DOT said <reply>", the stage before "said". Generated from that frame
// (src/rules/mta/coremail.ts cites it) around the reply pool, with and without the notice's lines.

import {describe, expect, test} from 'vitest';
import {decodeText} from '../../src/decoder/index.ts';
import {deliveryReplies, replyPool, sampleOf, unknownWordReplies} from './generate.ts';
import {parseReply} from './templates/common.ts';

const pool = replyPool();
const replies = [...sampleOf('coremail coded', deliveryReplies(pool.provider.concat(pool['status-code'])), 12).map((spec) => spec.reply.split('\n').join(' ')), ...unknownWordReplies];

const frames = [
  {name: 'the frame alone', render: (reply: string) => `SMTP error, DOT: Host mx.example.org(192.0.2.10) DOT said ${reply}`},
  {name: 'after its introduction', render: (reply: string) => `退信原因：对方服务器拒收\n英文说明:SMTP error, DOT: Host mx.example.org(192.0.2.10) DOT said ${reply}`},
  {name: 'the reply on the next line', render: (reply: string) => `英文说明：SMTP error, DOT: Host mx.example.org(192.0.2.10) DOT said\n${reply}`},
];

const cases = frames.flatMap((frame) => replies.map((reply) => ({name: `${frame.name}: ${reply.slice(0, 50)}`, text: frame.render(reply), code: parseReply(reply).code})));

describe('generated: Coremail\'s frame of the remote reply after the message data', () => {
  test.each(cases)('$name', ({text, code}) => {
    const result = decodeText(text);
    expect([result.kind, ...result.recipients.map((recipient) => [recipient.replyCode?.code, recipient.permanent, recipient.command])])
      .toEqual(['bounce', [code, code.startsWith('5'), 'DATA']]);
  });

  test.each([
    ['prose about a dot', 'The host said the dot was the problem. DOT said nothing else.'],
    ['a code after the words in prose', 'Our host said 550 people came to the DOT said meeting.'],
  ])('no refusal: %s', (_name, text) => {
    expect(decodeText(text).kind).toBe('none');
  });
});

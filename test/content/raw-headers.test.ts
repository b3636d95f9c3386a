import {describe, expect, test} from 'vitest';
import {decodeHeaderValue, rawHeaders} from '../../src/content/raw-headers.ts';

describe('decodeHeaderValue()', () => {
  test.each([
    ['=?UTF-8?B?VW56dXN0ZWxsYmFyOiBCZXJpY2h0?=', 'Unzustellbar: Bericht'],
    ['=?UTF-8?Q?Delivery_Status_Notification_=28Failure=29?=', 'Delivery Status Notification (Failure)'],
    ['=?iso-8859-1?Q?N=E3o_entregue:?= Proposta', 'Não entregue: Proposta'],
    ['=?UTF-8?B?6YWN5L+h5LiN6IO9?= =?UTF-8?B?OiDjg4bjgrnjg4g=?=', '配信不能: テスト'],
    ['plain text', 'plain text'],
    ['=?UTF-8?B?not base64!?=', '=?UTF-8?B?not base64!?='],
  ])('%s', (value, decoded) => {
    expect(decodeHeaderValue(value)).toBe(decoded);
  });
});

describe('rawHeaders()', () => {
  test('reads folded From and Subject from the header block only', () => {
    const source = 'Received: by x\r\nFrom: Mail Delivery Subsystem\r\n <mailer-daemon@googlemail.com>\r\nSubject: Delivery Status\r\n Notification (Failure)\r\n\r\nSubject: not this one\r\n';
    expect(rawHeaders(source)).toEqual({sender: 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>', subject: 'Delivery Status Notification (Failure)'});
  });

  test('gives empty strings for text without those headers', () => {
    expect(rawHeaders('Hello there\n\nSubject: in the body')).toEqual({sender: '', subject: ''});
  });
});

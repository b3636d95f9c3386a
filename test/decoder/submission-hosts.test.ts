// The submission servers that mail programs send through, as Nodemailer's list of well-known
// services gives them (nodemailer/nodemailer lib/well-known/services.json): a program's error that
// names one, with its port or after Odoo's label of the server it used, names the provider whose
// server refused. Each host below is that list's,
// with the provider the decoder knows it as; the reply's words name no provider.

import {describe, expect, test} from 'vitest';
import {decodeText} from '../../src/decoder/index.ts';

const services: ReadonlyArray<readonly [string, string]> = [
  ['smtp.1und1.de', 'ionos'], ['smtp.126.com', 'netease'], ['smtp.163.com', 'netease'], ['smtp.aliyun.com', 'aliyun'],
  ['smtp.qiye.aliyun.com', 'aliyun'], ['smtp.aol.com', 'yahoo'], ['smtps.aruba.it', 'aruba'], ['smtp.elasticemail.com', 'elastic-email'],
  ['smtp.fastmail.com', 'fastmail'], ['smtp.forwardemail.net', 'forwardemail'], ['mail.gandi.net', 'gandi'], ['smtp.gmail.com', 'google'],
  ['mail.gmx.com', 'gmx'], ['smtpout.secureserver.net', 'godaddy'], ['smtp.mail.me.com', 'apple'], ['mail.infomaniak.com', 'infomaniak'],
  ['smtp.mail.ru', 'mailru'], ['smtp.mailersend.net', 'mailersend'], ['smtp.mailgun.org', 'mailgun'], ['in.mailjet.com', 'mailjet'],
  ['live.smtp.mailtrap.io', 'mailtrap'], ['smtp.mandrillapp.com', 'mandrill'], ['smtp.naver.com', 'naver'], ['send.one.com', 'one-com'],
  ['smtp.office365.com', 'microsoft365'], ['smtp.postmarkapp.com', 'postmark'], ['smtp.protonmail.ch', 'proton'], ['smtp.qq.com', 'tencent'],
  ['smtp.exmail.qq.com', 'tencent'], ['smtp.resend.com', 'resend'], ['smtp.sendgrid.net', 'sendgrid'], ['smtp-relay.brevo.com', 'brevo'],
  ['email-smtp.us-east-1.amazonaws.com', 'amazon-ses'], ['smtp.seznam.cz', 'seznam'], ['mail.smtp2go.com', 'smtp2go'],
  ['smtp.sparkpostmail.com', 'sparkpost'], ['smtp.mail.yahoo.com', 'yahoo'], ['smtp.yandex.ru', 'yandex'], ['smtp.zoho.com', 'zoho'],
];

const reply = '550 5.7.1 Sending refused: Requested action not taken';

describe('a submission server of a well-known service names its provider', () => {
  test.each(services.flatMap(([host, provider]) => [
    {name: `${host}, a client's error with its port`, text: `Error: Message failed: ${reply}\n    at SMTPConnection (${host}:465)`, host, provider},
    {name: `${host}, a mailer's log line`, text: `mailer.ERROR: Expected response code 250 but got code "550", with message "${reply}" (connected to ${host}:587)`, host, provider},
    // Odoo names the server without its port (src/rules/mta/odoo.ts), smtplib's exception below.
    {name: `${host}, Odoo's error`, text: `Mail Delivery Failed\nMail delivery failed via SMTP server '${host}'.\nSMTPDataError: 550\n5.7.1 Sending refused: Requested action not taken`, host, provider},
  ]))('$name', ({text, provider}) => {
    expect(decodeText(text).recipients[0]?.provider?.id).toBe(provider);
  });
});

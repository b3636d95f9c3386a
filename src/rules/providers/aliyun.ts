import type {ProviderRules} from '../types.ts';

const mxPage = 'https://help.aliyun.com/en/document_detail/446248.html';
const behaviourFaq = 'https://www.alibabacloud.com/help/faq-detail/109009.htm';
const behaviourSource = 'Alibaba Cloud FAQ 109009 (alibabacloud.com/help/faq-detail/109009.htm): Alibaba Mail\'s "454 Transient reject by behaviour spam ... ANTISPAM_BAT[...]: too frequently sending" and "554 Reject by behaviour spam ...", caused by sending too often or too much, or by a weak password that got the account limited';
const bounceList = 'https://help.aliyun.com/document_detail/36612.html'; // read through its mirror, bestwisewords.com/document_detail/36612.html
const bounceListSource = 'Alibaba Cloud help 36612 "阿里邮箱常见退信报错" (its table "阿里邮箱报错信息": each reply and its cause), as mirrored at bestwisewords.com/document_detail/36612.html; the help page was not reachable directly';

/**
 * Alibaba Mail (阿里邮箱, Alibaba Cloud): the hosted mail of companies (qiye.aliyun.com and the older
 * mxhichina.com MX) and the personal mailboxes at aliyun.com (mx*.mail.aliyun.com). Its replies carry
 * its own tokens (ANTISPAM_BAT for its sending-behaviour filter, ESO_LOCAL_SPAM for its content
 * filter). The same servers answer both Alibaba Mail's own users when they send and outside senders
 * when they deliver (mxw.mxhichina.com printing "454 Transient reject by behaviour spam at DATA
 * State" to an outside sender, as a reseller's page quotes it), so the rows are worded for either.
 */
export default {
  info: {
    id: 'aliyun',
    name: 'Alibaba Mail (Aliyun)',
    names: ['aliyun', '阿里云邮箱', '阿里邮箱'],
    hostSuffixes: [
      // The submission server mail programs send through: nodemailer/nodemailer lib/well-known/services.json@01ae76f2, "Aliyun": Alibaba Cloud Mail, aliyun.com (host smtp.aliyun.com).
      'smtp.aliyun.com',
      '.qiye.aliyun.com', // mx1.qiye.aliyun.com (5), mx2 (10), mx3 (15): "Alibaba Mail MX record values" on Alibaba's own "What is an MX record?" page
      '.mxhichina.com', // the alternative set on that page (mxn.mxhichina.com ...); "host mxw.mxhichina.com[42.120.219.135] said: 454 Transient reject by behaviour spam" quoted on qcnsw.com/jcxq1944_142.html (third-party)
      '.mail.aliyun.com', // echo-258/MPAT targets.py delivers to @aliyun.com through mx2.mail.aliyun.com (third-party record)
    ],
    replyMarkers: [
      'antispam_bat', // "ANTISPAM_BAT[01201311R1468S45301xxxxx, a0330021xxxxx]: too frequently sending" (Alibaba Cloud FAQ 109009)
      'eso_local_spam', // "(13)ESO_LOCAL_SPAM: spamed by local spam engine" (Alibaba Cloud help 36620, mirrored at bestwisewords.com/document_detail/36620.html)
    ],
    mailboxDomains: ['aliyun.com'],
    mailboxDomainsSource: 'echo-258/MPAT targets.py (a test mailbox at aliyun.com, received by mx2.mail.aliyun.com); public lists of consumer mailbox domains in code ("sina.com", "sina.cn", "sohu.com", "aliyun.com")',
    docsUrl: mxPage,
    source: `Alibaba Cloud "What is an MX record?" (help.aliyun.com/en/document_detail/446248.html); ${behaviourSource}; ${bounceListSource}`,
  },
  rows: [
    {
      reply: '454',
      providerCode: 'ANTISPAM_BAT',
      text: ['transient reject by behaviour spam'],
      reason: 'speeding',
      meaning: 'Alibaba Mail\'s sending-behaviour filter is refusing for now: the sender sends too often or too many messages for its per-minute, per-hour or per-day limits (or, for Alibaba Mail\'s own users, the account was limited for a weak password).',
      action: 'Send less often and retry later; Alibaba does not publish its limits. An Alibaba Mail user whose account was limited should set a strong password.',
      docsUrl: behaviourFaq,
      source: behaviourSource,
      ownWords: true,
    },
    {
      reply: '554',
      providerCode: 'ANTISPAM_BAT',
      text: ['reject by behaviour spam'],
      reason: 'speeding',
      meaning: 'Alibaba Mail\'s sending-behaviour filter refused the message for good: the sender went over its limits on how often and how much may be sent.',
      action: 'Do not resend at once; slow down and send again later. An Alibaba Mail user should also make sure the account is not used by someone else.',
      docsUrl: behaviourFaq,
      source: behaviourSource,
    },
    {
      providerCode: 'ESO_LOCAL_SPAM',
      text: ['spamed by local spam engine'],
      reason: 'spamdetected',
      meaning: 'Alibaba Mail\'s spam filter took the message for spam (words in its subject or body hit its rules).',
      action: 'Change the content. Alibaba Mail is not for bulk or notification mail; a message refused in error can be sent as an attachment to Alibaba\'s anti-spam desk for review.',
      docsUrl: bounceList,
      source: `${bounceListSource}; Alibaba Cloud help 36620 (mirrored at bestwisewords.com/document_detail/36620.html)`,
    },
    {
      reply: '503',
      text: ['rcptto account isn\'t a local account', 'rcptto account isn’t a local account'],
      reason: 'userunknown',
      meaning: 'The recipient\'s domain is on Alibaba Mail but it has no such mailbox: the address is misspelt, or the recipient has moved to another mail system while Alibaba still holds the domain.',
      action: 'Check the spelling of the address; if it is right, ask the recipient whether their mail has moved.',
      docsUrl: bounceList,
      source: bounceListSource,
      ownWords: true,
    },
    {
      reply: '502',
      text: ['mailfrom account is a local account'],
      reason: 'securityerror',
      meaning: 'The message gives an Alibaba Mail address as its sender but was handed to Alibaba\'s receiving servers instead of its sending server: Alibaba Mail\'s own users must send through its sending server, logged in.',
      action: 'Set the mail program to Alibaba Mail\'s sending (SMTP) server with authentication.',
      docsUrl: bounceList,
      source: bounceListSource,
    },
    {
      reply: '504',
      text: ['the number of rcpt attempts is achieved the maximum threshold'],
      reason: 'speeding',
      meaning: 'The sender has sent more than Alibaba Mail allows for now.',
      action: 'Send fewer messages and send again the next day.',
      docsUrl: bounceList,
      source: bounceListSource,
    },
    {
      reply: '505',
      text: ['the total of rcpts is achieved the maximum threshold'],
      reason: 'speeding',
      meaning: 'The sender sends more often than Alibaba Mail allows.',
      action: 'Send less often.',
      docsUrl: bounceList,
      source: bounceListSource,
    },
    {
      reply: '510',
      text: ['the length of data content is achieved the maximum threshold', 'the length of attach is achieved the maximum threshold'],
      reason: 'mesgtoobig',
      meaning: 'The message body, or its attachments, are larger than Alibaba Mail takes.',
      action: 'Shorten the body or make the attachments smaller, then resend.',
      docsUrl: bounceList,
      source: bounceListSource,
    },
    {
      reply: '510',
      text: ['the number of attachments is achieved the maximum threshold'],
      reason: 'policyviolation',
      meaning: 'The message has more attachments than Alibaba Mail takes.',
      action: 'Send fewer attachments per message, or pack them into one archive.',
      docsUrl: bounceList,
      source: bounceListSource,
    },
  ],
} satisfies ProviderRules;

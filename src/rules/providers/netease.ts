import {codeRowsOf} from '../provider-rows.ts';
import type {ProviderRules} from '../types.ts';

// NetEase publishes what each code of its refusals means ("企业退信的常见问题", help.163.com); the
// list circulates verbatim in public code and posts, and its refusals link the spam page below.
const helpPage = 'https://mail.163.com/help/help_spam_16.htm';
const codeList = 'NetEase Mail help "企业退信的常见问题" (help.163.com): each code of its refusals and what it means, as quoted verbatim in public repositories and posts (biecuoliao.com/pa/MBRrwEM.html)';

/** One row of NetEase's list: its code, as its refusals print it, and what the list says of it. */
const row = codeRowsOf({docsUrl: helpPage, source: codeList});

/**
 * NetEase Mail (163.com, 126.com, yeah.net): each refusal carries a code of two letter groups
 * ("554 DT:SPM 163 smtp5,... please see http://mail.163.com/help/help_spam_16.htm?ip=..."), which
 * its help list explains. The same code with a 4xx or a 5xx reply means the same cause; the reply's
 * class says whether to retry.
 */
export default {
  info: {
    id: 'netease',
    name: 'NetEase Mail (163.com, 126.com, yeah.net)',
    names: ['netease', '网易', '网易邮箱', '163邮箱', '126邮箱'],
    hostSuffixes: [
      '.netease.com', // 163mx01.mxmail.netease.com and kin, the MX of its domains
      '.163.com',
      '.126.com',
    ],
    replyMarkers: [
      'mail.163.com/help', // the page its refusals link: "please see http://mail.163.com/help/help_spam_16.htm?ip=..."
      // Its servers sign each reply with their name and the session's id after the words ("554 DT:SPM
      // 163 smtp5,<id> <time> ...", as its list's refusals are quoted), whatever the code.
      '163 smtp',
      'dt:spm', // its codes, two groups of capitals, are its own
      'hl:ihu',
      'mi:sfq',
      'rp:trc',
    ],
    mailboxDomains: ['163.com', '126.com'],
    mailboxDomainsSource: 'okikio utils packages/email/data/providers.ts (PUBLIC_DOMAIN_RULES, its reviewed list of consumer mailbox domains)',
    docsUrl: helpPage,
    source: codeList,
  },
  rows: [
    row('HL:REP', 'blocked', 'The sending IP behaves abnormally, writing to many addresses that do not exist; it may not connect for now.', 'Check the list for dead addresses and the host for spam or viruses, then retry later.'),
    row('HL:ICC', 'toomanyconn', 'The sending IP opened more connections at once than NetEase allows; it may not connect for now.', 'Open fewer connections at once.'),
    row('HL:IFC', 'speeding', 'The sending IP sent many messages in a short time, over NetEase\'s limit; it may not connect for now.', 'Send more slowly.'),
    row('HL:MEP', 'blocked', 'The sending IP sent many messages with forged sender domains; it may not connect for now.', 'Send with a real sender domain and check the host for abuse.'),
    row('MI:CEL', 'blocked', 'The sender gave too many wrong commands.', 'Check the sending program.'),
    row('RP:CEL', 'blocked', 'The sender gave too many wrong commands.', 'Check the sending program.'),
    row('MI:DMC', 'toomanyconn', 'More messages were sent on this connection than allowed.', 'Send fewer messages per connection.'),
    row('MI:CCL', 'toomanyconn', 'The sender gave more commands than normal.', 'Check the sending program.'),
    row('RP:CCL', 'toomanyconn', 'The sender gave more commands than normal.', 'Check the sending program.'),
    row('RP:DRC', 'toomanyconn', 'More recipients were named on this connection than allowed.', 'Name fewer recipients per connection.'),
    row('DT:RBL', 'blocked', 'The sending IP is on one or more block lists (RBL).', 'Find the listing and get the IP delisted.'),
    row('WM:BLI', 'blocked', 'The sending IP is not on NetEase\'s list of allowed senders.', 'Ask NetEase to accept the IP.'),
    row('WM:BLU', 'rejected', 'The sending user is not on NetEase\'s list of allowed senders.', 'Ask NetEase to accept the sender.'),
    row('DT:SPM', 'spamdetected', 'The message looks like spam, or the sending environment breaks the norms NetEase expects.', 'Change the content and fix the sending set-up (From, To and Subject present, IP and domain matching); a 451 may be retried after two minutes.'),
    row('MI:SFQ', 'speeding', 'The sender sent more messages in 15 minutes than allowed.', 'Send less often.'),
    row('RP:QRC', 'speeding', 'The sender named more recipients in a short time than allowed; it may not send for now.', 'Send to fewer recipients, less often.'),
    row('MI:NHD', 'syntaxerror', 'The HELO command may not be empty.', 'Give the sending host\'s name in HELO.'),
    row('MI:IMF', 'rejected', 'The sender address does not follow the address standard.', 'Send from a well-formed address.'),
    row('MI:SPF', 'authfailure', 'The sending IP is not allowed by the SPF record of the sender domain.', 'Add the sending IP to the domain\'s SPF record.'),
    row('MI:DMA', 'authfailure', 'The message is not allowed by the DMARC policy of the sender domain.', 'Make SPF or DKIM pass and align with the From domain.'),
    row('MI:STC', 'toomanyconn', 'The sender made more connections today than allowed; NetEase takes no more of its mail today.', 'Make fewer connections; retry tomorrow.'),
    row('RP:FRL', 'norelaying', 'NetEase does not relay mail for others (no open relay).', 'Send through your own provider\'s server.'),
    row('RP:RCL', 'toomanyconn', 'The message names more recipients than allowed.', 'Send to fewer recipients per message.'),
    row('RP:TRC', 'speeding', 'The sender named more recipients today than allowed; NetEase takes no more of its mail today.', 'Send to fewer recipients a day.'),
    row('DT:SUM', 'rejected', 'The envelope sender and the From header do not match.', 'Make the envelope sender match the From address.'),
    row('HL:IHU', 'blocked', 'The sending IP is suspended for sending spam or for abnormal connections.', 'Check what the IP has sent and how the sending program behaves.'),
    row('HL:IPB', 'blocked', 'The sending IP is not on NetEase\'s list of allowed senders.', 'Ask NetEase to accept the IP.'),
    row('MI:SPB', 'rejected', 'The sending user is not on NetEase\'s list of allowed senders.', 'Ask NetEase to accept the sender.'),
    {
      reply: '550',
      text: ['user suspended'],
      reason: 'suspend',
      meaning: 'The NetEase mailbox is disabled or frozen.',
      action: 'Reach the recipient another way; remove the address if it stays so.',
      docsUrl: helpPage,
      source: `${codeList}: "550 User suspended"`,
    },
    {
      reply: '550',
      text: ['user in blacklist'],
      reason: 'rejected',
      meaning: 'This sender may not write to NetEase users.',
      action: 'Ask NetEase why the sender is refused.',
      docsUrl: helpPage,
      source: `${codeList}: "550 User in blacklist"`,
    },
    {
      reply: '552',
      text: ['illegal attachment'],
      reason: 'policyviolation',
      meaning: 'NetEase accepts no attachment of this type (.pif, .scr, .bat, .js, .vbs and the like).',
      action: 'Send the file another way, or in an archive NetEase accepts.',
      docsUrl: helpPage,
      source: `${codeList}: "552 Illegal Attachment"`,
    },
  ],
} satisfies ProviderRules;

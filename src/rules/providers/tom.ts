import type {ProviderRules} from '../types.ts';

const helpPage = 'https://mail.tom.com/webmail-static/help/tomcom/index.html';

/**
 * TOM Mail (TOM Group, China), the free and VIP mailboxes at tom.com (pop.tom.com, smtp.tom.com).
 * Its help limits a message to 30 MB and 20 attachments. No MX name and no list of its replies were
 * found: no host suffix beyond its mail domain, no rows.
 */
export default {
  info: {
    id: 'tom',
    name: 'TOM Mail (tom.com)',
    hostSuffixes: [],
    replyMarkers: [],
    mailboxDomains: ['tom.com'],
    mailboxDomainsSource: 'TOM邮箱 帮助中心 "常见问题" (mail.tom.com/webmail-static/help/tomcom/: the tom.com mailbox\'s servers pop.tom.com and smtp.tom.com, free-mail support at tech@tom.com)',
    docsUrl: helpPage,
    source: `TOM邮箱 帮助中心 "常见问题" (${helpPage}: servers, 30 MB / 20 attachments per message, blacklist settings)`,
  },
  rows: [],
} satisfies ProviderRules;

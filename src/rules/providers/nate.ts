import type {ProviderRules} from '../types.ts';

const dormantNotice = 'https://mail3.nate.com/app/mng/noticeview_unauth/?cur_no=349&num=428';

/**
 * Nate Mail (SK Communications, Korea), the mailboxes at nate.com. Its own notice says a mailbox
 * not logged into for 3 months stops receiving and mail to it is returned to the sender as dormant,
 * and the account is closed after a year; the returned mail's exact words were not found, so no row.
 * No MX name was found in a source: no host suffix beyond its mail domain.
 */
export default {
  info: {
    id: 'nate',
    name: 'Nate Mail',
    hostSuffixes: [],
    replyMarkers: [],
    mailboxDomains: ['nate.com'],
    mailboxDomainsSource: 'Nate Mail\'s own notices at mail3.nate.com ("네이트 메일 휴면 계정 관리 정책 시행 안내", 2014; "3개월 이상 안읽은 메일 자동 삭제 기능 신설", 2013), from the operator of the nate.com mailboxes',
    docsUrl: dormantNotice,
    source: `Nate Mail notice "[공지] 네이트 메일 휴면 계정 관리 정책 시행 안내" (${dormantNotice}: after 90 days without login, incoming mail is refused and returned to its sender as dormant; after 365 days the mail account is closed); mail3.nate.com notice num=408`,
  },
  rows: [],
} satisfies ProviderRules;

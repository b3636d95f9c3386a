import type {ProviderRules} from '../types.ts';

const helpPage = 'https://www.bt.com/help/email/fix-a-problem/problems-with-email/bt-email-error-messages';

/**
 * BT Email (btinternet.com and BT's older brands). Its mail is received on a platform hosted for it
 * by another company, the Openwave cloud, at a host reserved for BT (mx.bt.prod.cloud.openwave.ai);
 * for that reason no mailbox domains are claimed here.
 */
export default {
  info: {
    id: 'bt',
    name: 'BT Email',
    hostSuffixes: [
      'mx.bt.prod.cloud.openwave.ai', // btinternet.com -> "1 mx.bt.prod.cloud.openwave.ai" (tinkrland/themailtell live MX log 2026-10-08: "bt consumer mail moved to the openwave cloud platform")
    ],
    replyMarkers: [],
    docsUrl: helpPage,
    source: `BT Help "BT Email error messages - what they mean and how to fix them" (${helpPage}) and "BT Email: help in understanding errors" (bt.com/help/email/bt-email--help-in-understanding-errors: its account and sending errors, no SMTP reply list); tinkrland/themailtell research/sources/live-mx-2026-10-08.txt and src providers.ts`,
  },
  rows: [],
} satisfies ProviderRules;

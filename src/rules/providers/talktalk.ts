import type {ProviderRules} from '../types.ts';

const postmasterArticle = 'https://www.suped.com/knowledge/email-deliverability/troubleshooting/how-to-contact-talktalk-postmaster-for-deliverability-issues-and-what-does-tt992-error-mean';

/**
 * TalkTalk mail (talktalk.net and the old Tiscali, Pipex and LineOne domains). It is run for TalkTalk
 * on Open-Xchange's cloud at names reserved for it: talktalk.net's MX are mx001-mx004.tt.xion.oxcs.net.
 * Its policy refusals carry TalkTalk's own codes, TT991 (deferred) and TT992 (refused). TalkTalk
 * publishes no list of its replies that was found: no rows.
 */
export default {
  info: {
    id: 'talktalk',
    name: 'TalkTalk Mail',
    names: ['talktalk'],
    hostSuffixes: [
      // talktalk.net -> "10 mx001.tt.xion.oxcs.net | 10 mx002... | mx003... | mx004.tt.xion.oxcs.net" (tinkrland/themailtell
      // research/sources/live-mx-2026-10-08.txt: "talktalk.net -> *.tt.xion.oxcs.net"). Only the tt. part: the rest of
      // xion.oxcs.net is Open-Xchange's cloud for other customers.
      '.tt.xion.oxcs.net',
    ],
    replyMarkers: [
      // "Content rejected (TT992)" is a policy refusal, TT991 a policy deferral (Suped, on TalkTalk's codes; third-party).
      '(tt991)',
      '(tt992)',
    ],
    mailboxDomains: ['talktalk.net', 'lineone.net', 'tiscali.co.uk', 'tinyworld.co.uk', 'pipex.com'],
    mailboxDomainsSource: 'World of Software (after The Sun), on TalkTalk\'s paid email from 31 Oct 2025, run by Everymail from Open-Xchange: affected addresses end in @talktalk.net, @lineone.net, @tiscali.co.uk, @tinyworld.co.uk, @pipex.com ("not the full list")',
    docsUrl: postmasterArticle,
    source: `tinkrland/themailtell live MX log 2026-10-08; Suped "How to contact TalkTalk postmaster for deliverability issues and what does TT992 error mean?" (${postmasterArticle}; third-party: TalkTalk has no public postmaster page); World of Software on TalkTalk's Open-Xchange email service`,
  },
  rows: [],
} satisfies ProviderRules;

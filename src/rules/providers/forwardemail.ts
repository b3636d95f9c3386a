import type {ProviderRules} from '../types.ts';

const faqPage = 'https://forwardemail.net/en/faq';
const greylistFaq = 'https://forwardemail.net/faq#do-you-have-a-greylist';

/**
 * Forward Email, an open-source forwarding and hosting service for custom domains. A domain that
 * uses it publishes MX records naming mx1.forwardemail.net and mx2.forwardemail.net, which receive
 * the mail and forward it (or store it); a refusal from them is Forward Email's. Its FAQ explains
 * its checks but quotes no reply list; its rows come from the service's own source.
 */
export default {
  info: {
    id: 'forwardemail',
    name: 'Forward Email',
    hostSuffixes: [
      // Forward Email's FAQ (forwardemail/forwardemail.net app/views/faq/index.md, "Can I use multiple MX exchanges
      // and servers for advanced forwarding": "our service's exchanges (mx1.forwardemail.net and/or
      // mx2.forwardemail.net)"); its localized FAQs add that a domain whose MX records do not return these values
      // is not using the service.
      '.forwardemail.net',
    ],
    replyMarkers: [],
    docsUrl: faqPage,
    source: 'Forward Email FAQ (forwardemail.net/faq; source forwardemail/forwardemail.net app/views/faq/index.md)',
  },
  rows: [
    // "450 Message was greylisted, try again in 5 minutes; see https://forwardemail.net/faq#do-you-have-a-greylist for more information"
    {
      reply: '450',
      text: ['message was greylisted, try again in'],
      reason: 'blocked',
      meaning: 'Forward Email greylists a sending server it has not seen before: it defers the first attempt and takes a retry made after the wait it names.',
      action: 'Let your server retry after the wait; nothing needs fixing.',
      docsUrl: greylistFaq,
      source: `forwardemail/forwardemail.net helpers/is-greylisted.js (isGreylisted: new SMTPError("Message was greylisted, try again in <duration>; see ${greylistFaq} for more information", {responseCode: 450}))`,
    },
  ],
} satisfies ProviderRules;

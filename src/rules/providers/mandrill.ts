import type {ProviderRules} from '../types.ts';

const docsPage = 'https://mailchimp.com/developer/transactional/docs/authentication-delivery/';
const smtpPage = 'https://mailchimp.com/developer/transactional/docs/smtp-integration/';

/**
 * Mandrill (Mailchimp Transactional). As a sending service, applications hand it their mail over
 * SMTP at smtp.mandrillapp.com, "the host for all accounts": a refusal from that host is
 * Mandrill's own answer to the application. As a receiving service, a domain set up as a Mandrill inbound
 * domain points its MX records at <account>.in1.mandrillapp.com (10) and <account>.in2.mandrillapp.com
 * (20), and Mandrill's API checks that those records "deliver mail to the Mandrill servers"; it then
 * posts what it receives to the account's webhook. A reply from those hosts is Mandrill's answer for
 * such a domain. Its delivering hosts are not claimed: what they send on is the business of the
 * webhook and notice rules. No list of its replies was found: no rows.
 */
export default {
  info: {
    id: 'mandrill',
    name: 'Mandrill (Mailchimp Transactional)',
    names: ['mandrill'],
    hostSuffixes: [
      // "The host for all accounts is smtp.mandrillapp.com." (Mailchimp Developer, "SMTP Integration")
      'smtp.mandrillapp.com',
      // <account id>.in1.mandrillapp.com / .in2.mandrillapp.com: MX records of Mandrill inbound domains in public DNS
      // configurations (GSA 18F Terraform for 18f.gov, cloud.gov, login.gov: "10 30288227.in1.mandrillapp.com",
      // "20 30288227.in2.mandrillapp.com"; Hackney Council's planning.hackney.gov.uk; OpenMRS's mail.openmrs.org)
      '.in1.mandrillapp.com',
      '.in2.mandrillapp.com',
    ],
    replyMarkers: [],
    docsUrl: docsPage,
    source: `Mailchimp Developer, "SMTP Integration" (${smtpPage}: the submission host, ports 25, 587, 2525 and 465); Mandrill API "inbound" calls (add-domain, check-domain: "Check the MX settings for an inbound domain"; valid_mx "true if this inbound domain has successfully set up an MX record to deliver mail to the Mandrill servers", as the Mailchimp Transactional client docs on rubydoc.info and hexdocs.pm give them); Mailchimp Developer "Authentication and Delivery" (${docsPage}); public DNS configurations of Mandrill inbound domains (18F/GSA, Hackney, OpenMRS Terraform files)`,
  },
  rows: [],
} satisfies ProviderRules;

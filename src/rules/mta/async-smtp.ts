import type {MtaFamily} from '../types.ts';

// async-smtp (async-email/async-smtp), the Rust SMTP client of Delta Chat (chatmail core): a refusal
// reaches the application as an error whose text is "permanent: " for a 5yz reply or "transient: "
// for a 4yz, then the reply's lines without their code, joined by "; ". The code is gone; the word
// before the colon keeps its class, the reply's enhanced code (when it had one) stays in its text.
const errorRs = 'async-email/async-smtp src/error.rs@045c9512';
const display = `${errorRs}: #[error("permanent: {}", ... .0.message.join("; "))] Permanent(Response), "5xx reply code"; #[error("transient: {}", ...)] Transient(Response), "4xx reply code"; src/response.rs parse_response: each line's text after its code`;
const undetailed = `${errorRs}: "undetailed error during SMTP transaction", written when the reply had no text`;

export default {
  id: 'async-smtp',
  name: 'async-smtp (Delta Chat)',
  source: display,
  // The class the code had, in words: the word alone, right before the reply's text.
  permanent: [
    {text: 'permanent: ', source: `${display}; its test test_error_response_to_string: "permanent: gmx.net (mxgmx117) Nemesis ESMTP Service not available; No SMTP service; IP address is block listed.; ..."`},
    {text: 'permanent: undetailed error during smtp transaction', source: undetailed},
  ],
  temporary: [
    {text: 'transient: ', source: display},
    {text: 'transient: undetailed error during smtp transaction', source: undetailed},
  ],
  // The reply's text stands right after the word: an enhanced code there opens it.
  replyIntroductions: [
    {text: 'permanent: ', source: display},
    {text: 'transient: ', source: display},
  ],
} satisfies MtaFamily;

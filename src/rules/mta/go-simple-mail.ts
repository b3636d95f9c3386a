import type {MtaFamily} from '../types.ts';

// Go Simple Mail (xhit/go-simple-mail): the steps before a message is sent wrap the server's reply
// (its net/smtp copy prints "%03d %s") in words that name the step.
const email = 'xhit/go-simple-mail email.go@21535366ab578f9cbdb6bf12e0f10edc58c5eca2 (smtpConnect / Connect: "Mail Error on smtp dial: %w", "Mail Error on Hello: %w", "Mail Error on STARTTLS: %w", "Mail Error on Auth: %w")';

/** Go Simple Mail's errors of connecting: "Mail Error on smtp dial: 554 ...", "Mail Error on Hello: 501 ...". */
export default {
  id: 'go-simple-mail',
  name: 'Go Simple Mail',
  source: email,
  replyIntroductions: [
    {text: 'mail error on smtp dial:', source: `${email}: the greeting refused`},
    {text: 'mail error on hello:', source: email},
    {text: 'mail error on auth:', source: email},
  ],
  sendFailed: [
    {text: 'mail error on smtp dial:', source: `${email}: the client returns; nothing is queued`},
    {text: 'mail error on hello:', source: email},
  ],
  stages: [
    {text: 'mail error on smtp dial:', stage: 'CONNECT', source: email},
    {text: 'mail error on hello:', stage: 'HELO', source: email},
  ],
} satisfies MtaFamily;

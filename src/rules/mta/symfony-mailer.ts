import type {MtaFamily} from '../types.ts';

// Symfony Mailer (symfony/mailer), the mailer of Symfony and Laravel applications, and Swift Mailer
// before it: a reply it did not expect ends the sending with an exception that names the codes it
// expected, the code it got and the whole reply.
const smtpTransport = 'symfony/mailer Transport/Smtp/SmtpTransport.php';
const assertResponseCode = `${smtpTransport} assertResponseCode(): sprintf('Expected response code "%s" but got ', implode('/', $codes)).'code "%s"'.', with message "%s"'.'.' (UnexpectedResponseException)`;

/**
 * Symfony Mailer's UnexpectedResponseException: 'Expected response code "250" but got code "550",
 * with message "550 5.1.1 ...".' The reply follows "with message", whole; the code it expected says
 * which command was refused: 354 the DATA command, 250/251/252 MAIL FROM or RCPT TO (one code for
 * both, so no stage), 235 AUTH (none of a delivery's stages; RFC 4954's 535 says it).
 */
export default {
  id: 'symfony-mailer',
  name: 'Symfony Mailer',
  source: assertResponseCode,
  replyIntroductions: [
    {text: 'with message "', source: assertResponseCode},
  ],
  expectedCodeLabels: [
    // Swift Mailer wrote the expected codes bare ('Expected response code 250 but got code "550"').
    {text: 'expected response code', source: assertResponseCode},
  ],
  stages: [
    {text: 'expected response code "354"', stage: 'DATA', source: `${smtpTransport}: executeCommand("DATA\\r\\n", [354])`},
  ],
} satisfies MtaFamily;

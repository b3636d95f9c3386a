import type {MtaFamily} from '../types.ts';

// Zoho Mail's own notices: its source is not public; Sisimai's module is the public record of them.
const zoho = 'sisimai/rb-sisimai lib/sisimai/lhost/zoho.rb (imported from p5-sisimai Sisimai::Lhost::Zoho; secondary: a record of wording seen in the wild): the header "X-ZohoMail", the text opening "This message was created automatically by mail delivery", each recipient\'s line "<rcpt> Invalid Address, ERROR_CODE :550, ERROR_CODE :<text>" or, for a host it could not reach, "[Status: Error, Address: <rcpt>, ResponseCode 421, , Host not reachable.]", the returned message after "Received:from mail.zoho.com by mx.zohomail.com"';

/** Zoho Mail: a recipient's line with its error codes, or a bracketed status line for a host not reached. */
export default {
  id: 'zoho-mail',
  provider: 'zoho',
  name: 'Zoho Mail',
  source: zoho,
  headers: [
    {text: 'x-zohomail', source: zoho},
  ],
  recipientLeadIns: [
    {text: '[status: error, address:', source: `${zoho}: "[Status: Error, Address: <rcpt>, ResponseCode 421, , <text>]"`},
  ],
  replyIntroductions: [
    {text: 'invalid address, error_code :', source: `${zoho}: "<rcpt> Invalid Address, ERROR_CODE :550, ERROR_CODE :<text>"`},
    {text: 'responsecode', source: `${zoho}: "ResponseCode 421, , <text>"`},
  ],
  originalMessageMarkers: [
    {text: 'received:from mail.zoho.com by mx.zohomail.com', source: zoho},
  ],
} satisfies MtaFamily;

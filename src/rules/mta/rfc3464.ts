import type {MtaFamily} from '../types.ts';

const dsn = 'RFC 3464 (DSN format) https://www.rfc-editor.org/rfc/rfc3464';
const report = 'RFC 6522 (multipart/report) https://www.rfc-editor.org/rfc/rfc6522';
const eai = 'RFC 6533 (internationalized DSNs) https://www.rfc-editor.org/rfc/rfc6533';
const eaiFormat = 'RFC 6532 (internationalized headers) https://www.rfc-editor.org/rfc/rfc6532';
const arf = 'RFC 5965 (ARF) https://www.rfc-editor.org/rfc/rfc5965';
const complaint = 'a complaint report, not a bounce: the decoder routes feedback reports apart (src/decoder/decode.ts)';

/** Standard reports any server may send: RFC 6522 / 3464 DSNs (RFC 6533 for SMTPUTF8) and RFC 5965 feedback reports; RFC 3834 is read elsewhere. */
export default {
  id: 'rfc3464',
  name: 'RFC 3464 / 6522 delivery status notification',
  source: `${dsn}; ${report}; ${eai}; ${eaiFormat}; ${arf}; RFC 3834 https://www.rfc-editor.org/rfc/rfc3834 (Auto-Submitted, section 5: not encoded here)`,
  bodyMarkers: [
    {text: 'report-type=delivery-status', source: `${report} section 3; ${dsn} section 2`},
    {text: 'report-type="delivery-status"', source: `${report} section 3 (the parameter value may be quoted)`},
    {text: 'content-type: message/delivery-status', source: `${dsn} section 2.1`},
    {text: 'content-type: message/global-delivery-status', source: `${eai} section 6`},
    {text: 'report-type=feedback-report', source: `${arf} section 3 (${complaint})`},
    {text: 'report-type="feedback-report"', source: `${arf} section 3 (${complaint})`},
    {text: 'content-type: message/feedback-report', source: `${arf} section 3 (${complaint})`},
  ],
  replyIntroductions: [
    {text: 'diagnostic-code: smtp;', source: `${dsn} section 2.3.6 (diagnostic-type "smtp": the remote server's reply follows)`},
  ],
  permanent: [
    {text: 'action: failed', source: `${dsn} section 2.3.3`},
  ],
  temporary: [
    {text: 'action: delayed', source: `${dsn} section 2.3.3`},
    {text: 'will-retry-until:', source: `${dsn} section 2.3.9 (only in reports with Action: delayed)`},
  ],
  originalMessageMarkers: [
    {text: 'content-type: message/rfc822', source: `${report} section 3 (third part: the returned message); ${dsn} section 2`},
    {text: 'content-type: text/rfc822-headers', source: `${report} section 4 (third part: the returned headers only)`},
    {text: 'content-type: message/global-headers', source: `${eai} section 6 (returned headers of SMTPUTF8 mail)`},
  ],
} satisfies MtaFamily;

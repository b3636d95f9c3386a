import type {MtaFamily} from '../types.ts';

// Naver Mail's notice of a failed send, as tools that read a Naver inbox select it: its sender and
// the subjects that name the recipient. Its body's words were not found in a public record.
const inboxTools = 'public repositories\' tools that read a Naver inbox (imap.naver.com) and pick its notices of failed sends: by the sender navermail_noreply@navercorp.com ("네이버메일"), and by the subject "[네이버 메일] <rcpt>으로 메일 발송이 실패되었습니다." (one tool) or "[발송실패 안내] \'<rcpt>\'로 메일이 전송되지 못했습니다." (another) (repositories not named by the search index; secondary: wording seen in the wild)';

/** Naver Mail (Korea): its own notice that a message could not be sent, told by its sender and subject. */
export default {
  id: 'naver',
  name: 'Naver Mail',
  source: inboxTools,
  senders: [
    {text: 'navermail_noreply@navercorp.com', source: inboxTools},
  ],
  subjects: [
    {text: '메일 발송이 실패되었습니다', language: 'ko', source: `${inboxTools}: "… sending the mail failed"`},
    {text: '메일이 전송되지 못했습니다', language: 'ko', source: `${inboxTools}: "… the mail could not be sent"`},
  ],
  permanent: [
    {text: '메일 발송이 실패되었습니다', language: 'ko', source: `${inboxTools}: the subject says the send failed`},
    {text: '메일이 전송되지 못했습니다', language: 'ko', source: `${inboxTools}: the subject says the mail could not be sent`},
  ],
} satisfies MtaFamily;

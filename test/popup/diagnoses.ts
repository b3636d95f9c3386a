/**
 * Recipient diagnoses for the popup's tests, written out rather than decoded, so that the popup's
 * tests do not move when the decoder's answers do. `diagnosisOf` fills in a plain permanent failure.
 */
import type {RecipientDiagnosis} from '../../src/decoder/types.ts';

export function diagnosisOf(overrides: Partial<RecipientDiagnosis> = {}): RecipientDiagnosis {
  return {
    recipient: 'jane.doe@example.com',
    replyCode: {code: '550', class: '5', meaning: 'Not done, for good.'},
    status: {
      code: '5.1.1',
      class: '5',
      classTitle: 'Permanent Failure',
      subjectTitle: 'Addressing Status',
      detailTitle: 'Bad destination mailbox address',
      detailDescription: 'No such mailbox.',
    },
    reason: {id: 'userunknown', title: 'The address does not exist'},
    hardBounce: true,
    permanent: true,
    action: {id: 'suppress', summary: 'Remove this address from your lists.', steps: ['Check for typos.', 'Stop sending to it.']},
    evidence: [
      {about: 'replyCode', text: '550', note: 'SMTP reply 550.'},
      {about: 'reason', text: 'user unknown', note: 'The reply says the user is unknown.'},
    ],
    conflicts: [],
    ips: [],
    diagnostic: '550 5.1.1 <jane.doe@example.com>: Recipient address rejected: User unknown',
    ...overrides,
  };
}

export const hardBounce = diagnosisOf();

export const permanentPolicy = diagnosisOf({
  recipient: 'policy@example.com',
  reason: {id: 'spamdetected', title: 'Flagged as spam'},
  hardBounce: false,
  action: {id: 'fix-content', summary: 'Change the content.', steps: []},
});

export const unknownClass = diagnosisOf({
  recipient: 'unknown@example.com',
  replyCode: undefined,
  status: undefined,
  reason: {id: 'undefined', title: 'Unknown cause'},
  hardBounce: false,
  permanent: undefined,
  action: {id: 'wait', summary: 'Read the text.', steps: []},
});

export const temporary = diagnosisOf({
  recipient: 'full@example.com',
  replyCode: {code: '452', class: '4', meaning: 'Not now.'},
  status: {code: '4.2.2', class: '4', classTitle: 'Persistent Transient Failure', subjectTitle: 'Mailbox Status', detailTitle: 'Mailbox full'},
  reason: {id: 'mailboxfull', title: 'The mailbox is full'},
  hardBounce: false,
  permanent: false,
  action: {
    id: 'wait',
    summary: 'Wait for the recipient to make room.',
    steps: ['Retry later.'],
    retry: {schedule: 'Every hour.', giveUpAfter: 'After 5 days.'},
  },
  diagnostic: '452 4.2.2 Mailbox full',
});

export const autoReply = diagnosisOf({
  recipient: 'away@example.com',
  replyCode: undefined,
  status: undefined,
  reason: {id: 'vacation', title: 'Automatic reply'},
  hardBounce: false,
  permanent: undefined,
  action: {id: 'none', summary: 'Nothing to do.', steps: []},
});

export const delivered = diagnosisOf({
  recipient: 'ok@example.com',
  replyCode: {code: '250', class: '2', meaning: 'Done.'},
  status: undefined,
  reason: {id: 'delivered', title: 'Delivered'},
  hardBounce: false,
  permanent: undefined,
  action: {id: 'none', summary: 'Nothing to do.', steps: []},
  diagnostic: '250 2.0.0 OK',
});

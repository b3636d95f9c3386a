import type {ReasonRule} from '../types.ts';

/** The mailbox exists but is suspended, disabled or inactive. */
export default {
  id: 'suspend',
  title: 'The account is disabled',
  description: 'The mailbox exists but is suspended, disabled or inactive.',
  phrases: [
    'temporary locked', // postfix policy daemons
    'temporarily locked', // common
    'account that you tried to reach is disabled', // gmail
    'account disabled', // common
    'account has been disabled', // common
    'account is disabled', // common
    'disabled account', // common
    'account suspended', // common
    'account is suspended', // common
    'account has been suspended', // common
    'suspended account', // common
    'inactive account', // common
    'account is inactive', // common
    'mailbox disabled', // common
    'mailbox is disabled', // common
    'mailbox is inactive', // common
    'account is locked', // common
    'account has been locked', // common
    'is not active', // common
    'recipient suspended', // common
    'temporarily disabled', // common
    'account expired', // common
    'has been deactivated', // common
    'mailbox suspended', // common
    'mailbox currently suspended', // common
    'account inactive', // common
    'user suspended', // common
    'account temporarily unavailable', // common
    'is frozen', // weak
    'mailbox unavailable or inactive', // common
    'account closed', // common
    'user account is expired', // common
    'this account has been disabled', // common
    'is currently suspended', // sisimai reason/suspend.rb
    'destinataire archiv', // sisimai reason/suspend.rb
    'invalid/inactive user', // sisimai reason/suspend.rb
    'deactivated mailbox', // sisimai reason/suspend.rb
    'user is terminated', // sisimai reason/suspend.rb
    'temporarily inactive', // sisimai reason/suspend.rb
    'suspend the service', // sisimai reason/suspend.rb
    'user disabled', // cfortune/PHP-Bounce-Handler bounce_responses.php (secondary: wording seen in the wild)
    'user is suspended', // cfortune/PHP-Bounce-Handler bounce_responses.php (secondary: wording seen in the wild)
    'mail is not currently being accepted for this mailbox', // cfortune/PHP-Bounce-Handler bounce_responses.php (secondary: wording seen in the wild)
    'el usuario esta en estado: inactivo', // spanish; cfortune/PHP-Bounce-Handler bounce_responses.php (secondary: wording seen in the wild)
    'inactive user', // cfortune/PHP-Bounce-Handler bounce_responses.php (secondary: wording seen in the wild)
    'blocked due to inactivity', // cfortune/PHP-Bounce-Handler bounce_responses.php (secondary: wording seen in the wild)
    'mailbox locked or suspended', // cfortune/PHP-Bounce-Handler bounce_responses.php (secondary: wording seen in the wild)
    'zablokowane administracyjnie lub nieaktywne', // polish; cfortune/PHP-Bounce-Handler bounce_responses.php (secondary: wording seen in the wild)
    'bloccato per inutilizzo', // italian; cfortune/PHP-Bounce-Handler bounce_responses.php (secondary: wording seen in the wild)
    'mailbox was disabled', // cfortune/PHP-Bounce-Handler bounce_responses.php (secondary: wording seen in the wild)
    'expirado por falta de uso', // spanish; cfortune/PHP-Bounce-Handler bounce_responses.php (secondary: wording seen in the wild)
    'account deactivated', // cfortune/PHP-Bounce-Handler bounce_driver.class.php (get_status_code_from_text: a 5xx reply with "inactive", "deactivated", "disabled" or "not activated"; secondary: wording seen in the wild)
    'mailbox deactivated', // cfortune/PHP-Bounce-Handler bounce_driver.class.php (get_status_code_from_text: a 5xx reply with "inactive", "deactivated", "disabled" or "not activated"; secondary: wording seen in the wild)
    'address deactivated', // cfortune/PHP-Bounce-Handler bounce_driver.class.php (get_status_code_from_text: a 5xx reply with "inactive", "deactivated", "disabled" or "not activated"; secondary: wording seen in the wild)
    'user deactivated', // cfortune/PHP-Bounce-Handler bounce_driver.class.php (get_status_code_from_text: a 5xx reply with "inactive", "deactivated", "disabled" or "not activated"; secondary: wording seen in the wild)
    'recipient inactive', // cfortune/PHP-Bounce-Handler bounce_driver.class.php (get_status_code_from_text: a 5xx reply with "inactive", "deactivated", "disabled" or "not activated"; secondary: wording seen in the wild)
    'user inactive', // cfortune/PHP-Bounce-Handler bounce_driver.class.php (get_status_code_from_text: a 5xx reply with "inactive", "deactivated", "disabled" or "not activated"; secondary: wording seen in the wild)
    'mailbox inactive', // cfortune/PHP-Bounce-Handler bounce_driver.class.php (get_status_code_from_text: a 5xx reply with "inactive", "deactivated", "disabled" or "not activated"; secondary: wording seen in the wild)
    'recipient disabled', // cfortune/PHP-Bounce-Handler bounce_driver.class.php (get_status_code_from_text: a 5xx reply with "inactive", "deactivated", "disabled" or "not activated"; secondary: wording seen in the wild)
    'address disabled', // cfortune/PHP-Bounce-Handler bounce_driver.class.php (get_status_code_from_text: a 5xx reply with "inactive", "deactivated", "disabled" or "not activated"; secondary: wording seen in the wild)
    'account not activated', // cfortune/PHP-Bounce-Handler bounce_driver.class.php (get_status_code_from_text: a 5xx reply with "inactive", "deactivated", "disabled" or "not activated"; secondary: wording seen in the wild)
    'user is inactive', // rjbs/Mail-DeliveryStatus-BounceParser BounceParser.pm _std_reason (secondary: wording seen in the wild): hotmail and others: "<user> is inactive"
    'recipient is inactive', // rjbs/Mail-DeliveryStatus-BounceParser BounceParser.pm _std_reason (secondary: wording seen in the wild): "<user> is inactive"
    'account discontinued', // rjbs/Mail-DeliveryStatus-BounceParser BounceParser.pm _std_reason (secondary: wording seen in the wild): everyone.net and others: "<user> discontinued"
    'mailbox discontinued', // rjbs/Mail-DeliveryStatus-BounceParser BounceParser.pm _std_reason (secondary: wording seen in the wild): "<user> discontinued"
    'account is currently unavailable', // rjbs/Mail-DeliveryStatus-BounceParser BounceParser.pm _std_reason (secondary: wording seen in the wild): att, generic "<user> is currently unavailable"
    'administratively disabled', // rjbs/Mail-DeliveryStatus-BounceParser BounceParser.pm _std_reason (secondary: wording seen in the wild): "address is administratively disabled"
    'has been suspended', // sisimai reason/suspend.rb
    'archived recipient', // sisimai reason/suspend.rb Index @aa51dd02
    'this account has been temporarily suspended', // sisimai reason/suspend.rb Index @aa51dd02
    'user or domain is disabled', // sisimai reason/suspend.rb Index @aa51dd02
    'the user(s) account is temporarily limited', // sisimai lib/sisimai/lhost/ezweb.rb MessagesOf (wording that server's notices carry)
  ],
  action: {
    id: 'contact-recipient',
    summary: 'Stop sending for now: the account is switched off. Remove the address if it stays that way.',
    steps: [
      'Pause sending to this address.',
      'Reach the recipient another way to learn whether the account will return.',
    ],
  },
} as const satisfies ReasonRule;

import type {MtaFamily} from '../types.ts';

/** Zimbra: its MTA is Postfix and sends the Postfix templates (postfix.ts); no Zimbra-specific wording is known. */
export default {
  id: 'zimbra',
  name: 'Zimbra',
  source: 'LibreZimbra/zm-postfix debian/control (package zimbra-mta: "LibreZimbra postfix config"); bounce text = vdukhovni/postfix postfix/src/bounce/bounce_templates.c unless the site set bounce_template_file',
} satisfies MtaFamily;

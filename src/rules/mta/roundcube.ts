import type {MtaFamily, NoticeLanguage, StageText, TemplateText} from '../types.ts';

// Roundcube Webmail (roundcube/roundcubemail) sends through its own SMTP client: a refused command
// ends the sending there and then, and the compose page shows the error from its language file with
// the server's reply code and words filled in. People paste that line.
const repository = 'roundcube/roundcubemail';
const rcubeSmtp = `${repository} program/lib/Roundcube/rcube_smtp.php send_mail() and _conn_error(): $vars['code'] is the reply's code, $vars['msg'] its words (getResponse()); a refused data gives smtperror with msg sprintf('[%d] %s', code, words)`;
const messages = `${repository} program/localization/en_US/messages.inc`;

/**
 * Roundcube's errors in its other languages, from each language's program/localization/<locale>/
 * messages.inc at the commit given: smtperror's words before "$msg" (the reply as "[%d] %s"),
 * the label before "($code)" of smtptoerror, smtpfromerror and smtpconnerror, smtptoerror's words
 * between "($code): " and the recipient, smtpfromerror's before the sender. A language whose two
 * lead-ins are the same words, or only a quote, says no command by them and gives neither.
 */
type LanguageFile = readonly [locale: string, commit: string, data: string | undefined, label: string | undefined, recipient: string | undefined, sender: string | undefined];
const languageFiles: readonly LanguageFile[] = [
  ['ar_SA', 'b6e09e686cf30a582d499d0680aefdf7f2957c6a', 'خطأ smtp:', 'خطأ smtp', 'تعذرت إضافة المستلم "', 'تعذر تحديد المرسل "'],
  ['ast', '0a5a784b4e45639b7ac2dce70417910f1441cfe2', 'fallu smtp:', 'fallu smtp', 'fallu al amestar el destinatariu "', 'fallu al afitar l\'emisor "'],
  ['az_AZ', '92cd7f34b07e86062f2c024039e3309768b48ce6', undefined, 'smtp error', 'qəbul edəni əlavə etmək mümkün deyil - "', 'göndərəni səlavə etmək mümkün deyil - "'],
  ['be_BE', '0a5a784b4e45639b7ac2dce70417910f1441cfe2', 'памылка smtp:', 'памылка stmp', 'не ўдалося задаць атрымальніка "', 'не ўдалося задаць адпраўніка "'],
  ['bg_BG', '2c3655b7f666d1e9d8edb14b7f5146b3f2046e0b', 'smtp грешка:', 'smtp грешка', 'не може да бъде изпратено писмо до "', 'не може да бъде изпратено писмо от "'],
  ['br', '4f0e7a7c425082f8361aca4eece864e3b388ba8f', 'fazi smtp:', 'fazi smtp', 'c\'hwitadenn war ouzhpennadenn an degemerer "', 'c\'hwitadenn evit lakaat ar c\'haser "'],
  ['bs_BA', '05375b8081638d35c0ec11ee213634e6b32ae9b4', 'smtp greška:', 'smtp greška', 'nije uspjelo dodavanje primaoca "', 'nije uspjelo postavljanje pošiljaoca "'],
  ['ca_ES', 'e019f2d0f2dc2fbfa345ab5d7ae85e67bfdd76b8', 'error smtp:', 'error smtp', undefined, undefined],
  ['cs_CZ', '1048bec42d02035a48ebfb5b4a1f420a025dfdbc', 'chyba smtp:', 'chyba smtp', 'nelze přidat příjemce "', 'nelze nastavit odesílatele "'],
  ['cy_GB', '6fb6a0b88503309c55610bd131780ae4215cb63f', 'gwall smtp:', 'gwall smtp', 'methwyd ychwanegu derbynwr "', 'methwyd gosod y danfonwr "'],
  ['da_DK', '080c74859d68ae199ed04c4df382cfbd768477ed', 'smtp fejl:', 'smtp fejl', 'kunne ikke tilføje modtageren "', 'kunne ikke afsende som "'],
  ['de_CH', '6fb6a0b88503309c55610bd131780ae4215cb63f', 'smtp fehler:', 'smtp fehler', 'der empfänger "', 'der absender "'],
  ['de_DE', '0a5a784b4e45639b7ac2dce70417910f1441cfe2', 'smtp fehler:', 'smtp fehler', 'der empfänger "', 'der absender "'],
  ['el_GR', '4f0e7a7c425082f8361aca4eece864e3b388ba8f', 'σφάλμα smtp:', 'σφάλμα smtp', 'αποτυχία προσθήκης παραλήπτη "', 'αποτυχία ορισμού αποστολέα "'],
  ['es_419', 'bc3b44fc7fff14284d2012d77fc9901e81732120', 'error smtp:', 'error smtp', 'fallo al agregar destinatario "', 'fallo en establecer remitente "'],
  ['es_AR', 'e31c56a5af23257a18275d59bf01e921a8eb60f6', 'error smtp:', 'error smtp', 'no se puedo agregar el destinatario "', 'no se pudo establecer el remitente "'],
  ['es_ES', 'ced9e5a5bf5d6ffe051b42f474d7a97203641913', 'error smtp:', 'error smtp', 'no se ha podido establecer destinatario "', 'no se ha podido asignar el emisor "'],
  ['et_EE', '3db3fd8949d9f4fff6e30fe55099add1fd57d9a4', 'smtp tõrge:', 'smtp tõrge', undefined, undefined],
  ['eu_ES', 'bd6d7645d7115f313ce6c49c863658eedeb58d53', 'smtp errorea:', 'smtp errorea', undefined, undefined],
  ['fa_AF', '58a5856a16a8ab4e374c7d7816a9ee85af4fd853', 'خطای smtp:', undefined, undefined, undefined],
  ['fa_IR', '92cd7f34b07e86062f2c024039e3309768b48ce6', 'خطای smtp:', undefined, undefined, undefined],
  ['fi_FI', 'bf7070fc79aabde411c1e31e8be320de43c41237', 'smtp-virhe:', 'smtp-virhe', 'vastaanottajan "', 'lähettäjän "'],
  ['fo_FO', '57330612612a77e309945429fa0e832a58a17ce9', 'smtp feilur:', 'smtp feilur', 'til bar ikki at nýta móttakarin "', 'til bar ikki at seta sendarin til "'],
  ['fr_FR', '796bb4ccbbaf6d65af8c7aa9a657f7a85eb51e38', 'erreur smtp :', 'erreur smtp', 'échec lors de l\'ajout du destinataire « ', 'impossible de définir l\'expéditeur « '],
  ['fy_NL', '05375b8081638d35c0ec11ee213634e6b32ae9b4', 'smtp flater:', 'smtp flater', 'untfanger tafoegje mislearre "', 'stjoerder fêststelle mislearre "'],
  ['ga_IE', '645a30fca5680238eb5c52a09c144d4d65d83889', 'botún smtp:', 'botún smtp', undefined, undefined],
  ['gl_ES', 'ac1a2d87f9b03b008842db9b11ea12e7916384b0', 'erro smtp:', 'erro smtp', 'non foi posible engadir o destinatario "', 'non foi posible establecer o remitente "'],
  ['he_IL', '6fb6a0b88503309c55610bd131780ae4215cb63f', 'smtp:', 'smtp', undefined, undefined],
  ['hr_HR', '84ae7d55b52b6172ef7a25eabd1132ed2293ebe2', 'smtp greška:', 'smtp greška', 'nije uspjelo dodavanje primatelja "', 'nije uspjelo postavljanje pošiljatelja "'],
  ['hu_HU', '57330612612a77e309945429fa0e832a58a17ce9', undefined, 'smtp hiba', 'nem sikerült a következő címzett hozzáadása: "', 'nem sikerült a feladó beállítása: "'],
  ['hy_AM', '645a30fca5680238eb5c52a09c144d4d65d83889', 'smtp սխալ`', 'smtp սխալ', '` հաղորդագրության ստացող "', '` որպես "'],
  ['ia', '0a5a784b4e45639b7ac2dce70417910f1441cfe2', 'error smtp:', 'error smtp', 'impossibile adder le destinatario "', 'impossibile fixar le expeditor "'],
  ['id_ID', '4687446d005d19d24cf67e3f0f061a2b411ca041', 'smtp error :', 'smtp error', 'gagal menambah penerima "', 'gagal mengatur pengirim "'],
  ['is_IS', '0a5a784b4e45639b7ac2dce70417910f1441cfe2', 'smtp villa:', 'smtp-villa', 'mistókst að bæta við viðtakandanum "', 'mistókst að setja sendanda "'],
  ['it_IT', '1645b5b9028a9776e3a397d35628b6a60c4fbaa5', 'errore smtp:', 'errore smtp', 'fallito l\'inserimento del destinatario "', 'fallita l\'impostazione del mittente "'],
  ['ja_JP', '4e3442877dc9104b4583ef8cd5c4c2eb80e8dc55', 'smtp エラー:', 'smtp error', undefined, undefined],
  ['ka_GE', '33ea0c7ace254d8590d019ab08862b44144a54de', 'smtp error:', 'smtp error', 'ვერ დაემატა მიმღები "', 'ვერ მიეთითა გამგზავნი "'],
  ['kh_KH', 'ea23df6e3e0a847ec9520b6160e62740e6d087a4', 'smtp error:', 'smtp error', 'មិនអាចកំនត់អ្នកទទួល "', 'មិនអាចកំនត់អ្នកផ្ញើ "'],
  ['km_KH', 'e31c56a5af23257a18275d59bf01e921a8eb60f6', 'smtp error:', 'smtp error', 'មិនអាចកំនត់អ្នកទទួល "', 'មិនអាចកំនត់អ្នកផ្ញើ "'],
  ['ko_KR', '0a5a784b4e45639b7ac2dce70417910f1441cfe2', 'smtp 오류:', 'smtp 오류', '수신자를 "', '보내는사람 "'],
  ['lb_LU', '58a5856a16a8ab4e374c7d7816a9ee85af4fd853', 'smtp-feeler:', 'smtp-feeler', 'den empfänger "', 'den ofsender "'],
  ['lt_LT', '0a5a784b4e45639b7ac2dce70417910f1441cfe2', 'smtp klaida:', 'smtp klaida', 'nepavyko pridėti gavėjo „', 'nepavyko nurodyti siuntėjo „'],
  ['lv_LV', 'b5d90461683f1594f76a449bcb41fa6e4ae98ce5', 'smtp kļūme:', 'smtp kļūme', 'neizdevās pievienot saņēmēju "', 'neizdevās iestatīt sūtītāju "'],
  ['mk_MK', '4f0e7a7c425082f8361aca4eece864e3b388ba8f', 'smtp error:', 'smtp грешка', undefined, 'не успеав да го поставам испраќачот „'],
  ['nb_NO', '1299c6a231dded7d941a3e32f3b531476cd5d07d', undefined, 'smtp-feil', 'kunne ikke legge til mottaker "', 'kunne ikke sette avsender "'],
  ['nl_BE', 'c973f003e584f841b9eac046e02941128271c6ae', 'smtp fout:', 'smtp fout', 'kon ontvanger "', 'kon afzender "'],
  ['nl_NL', '92cd7f34b07e86062f2c024039e3309768b48ce6', 'smtp-fout:', 'smtp-fout', 'ontvanger "', 'afzender "'],
  ['nn_NO', 'f5e7b353079f182d6d57e05b37e1eeb32872bc1a', 'smtp-feil:', 'smtp-feil', 'feila å leggja til mottakar «', 'feila å setja sendar «'],
  ['pl_PL', 'e019f2d0f2dc2fbfa345ab5d7ae85e67bfdd76b8', 'błąd smtp:', 'błąd smtp', 'nie można dodać odbiorcy "', 'nie można ustawić nadawcy "'],
  ['pt_BR', '05375b8081638d35c0ec11ee213634e6b32ae9b4', 'erro smtp:', 'erro smtp', 'falha ao adicionar o destinatário "', 'falha ao definir o remetente "'],
  ['pt_PT', '74bc4acd2776ba2f63976897be58a18549a4b2d2', 'erro smtp:', 'erro smtp', 'falha ao adicionar o destinatário: "', 'falha ao definir o remetente "'],
  ['ro_RO', 'e31c56a5af23257a18275d59bf01e921a8eb60f6', 'eroare smtp:', 'eroare smtp', 'nu s-a putut adăuga destinatarul "', 'nu s-a putut seta expeditorul "'],
  ['ru_RU', 'c41a86e5cc26dc8ae37ed4b3fddcaa195b1616a4', undefined, 'smtp error', 'невозможно добавить получателя "', 'невозможно установить отправителя "'],
  ['sk_SK', 'e019f2d0f2dc2fbfa345ab5d7ae85e67bfdd76b8', 'chyba smtp:', undefined, undefined, undefined],
  ['sl_SI', 'e7ed903a2b25c27470cc54542554adaa63ce372e', 'napaka pri pošiljanju:', 'napaka pri pošiljanju', 'neveljaven elektronski naslov prejemnika "', 'neveljaven elektronski naslov pošiljatelja "'],
  ['sq_AL', '3331de61406ea433bffb4cbc381dc3b8748883c5', 'gabim smtp:', 'gabim smtp', 'dështoi shtimi i marrësit "', 'dështoi rregullimi i dërguesit "'],
  ['sr_CS', 'e5bb1357a5bad2f5ed9b488425d6b195296ca595', undefined, 'smtp error', 'неуспешно додавање примаоца "', 'неуспешно додавање пошиљаоца "'],
  ['sv_SE', 'd634fa60a2fa8b54c96de32c42f086bbcd225403', 'smtp-fel:', 'smtp-fel', 'kan inte lägga till mottagaradress "', 'kan inte sätta avsändaradress till "'],
  ['ta_IN', '1299c6a231dded7d941a3e32f3b531476cd5d07d', 'smtp பிழை:', 'smtp பிழை', undefined, 'அனுப்புனரை "'],
  ['tr_TR', '17c54aa8acbacc9172d2110915a00ce097c8ea6a', 'smtp hatası:', 'smtp hatası', undefined, 'gönderen adresi "'],
  ['uk_UA', '349a8e36e581694cb200e4f3097d7af8c8628662', 'помилка smtp-сервера:', 'помилка smtp-сервера', 'не вдалося додати отримувача "', 'не вдалося вказати відправника "'],
  ['uz', '4f0e7a7c425082f8361aca4eece864e3b388ba8f', 'smtp xatolik:', 'smtp xatolik', undefined, undefined],
  ['vi_VN', '245619e98db5ecf2372ade4016d5d9882e829f2f', 'lỗi smtp:', 'lỗi smtp', 'không thể bố trí người nhận "', 'không thể bố trí người gửi "'],
  ['zh_CN', 'e7ed903a2b25c27470cc54542554adaa63ce372e', 'smtp 错误:', 'smtp 错误', '添加收件人失败 "', '添加发件人失败 "'],
  ['zh_TW', 'e019f2d0f2dc2fbfa345ab5d7ae85e67bfdd76b8', 'smtp 錯誤:', undefined, undefined, undefined],
];

/** The language of a Roundcube locale ("pt_BR" is Portuguese; its Khmer was once filed as "kh_KH"). */
function languageOf(locale: string): NoticeLanguage {
  const code = locale.split('_')[0]!;
  return (code === 'kh' ? 'km' : code) as NoticeLanguage;
}

/**
 * Words that name a command only when they are a clause of their own, not a word or two: counted in
 * UTF-8 bytes, so that a Chinese or Korean clause of a few characters counts as the words it holds.
 */
const minStageBytes = 12;
const utf8 = new TextEncoder();
const isClause = (text: string) => utf8.encode(text).length >= minStageBytes;

/** One row per text, the languages that write it named in its source. */
function rowsOf<Row extends TemplateText>(make: (file: LanguageFile) => Omit<Row, 'source' | 'language'> | undefined, key: string): Row[] {
  const byText = new Map<string, {row: Omit<Row, 'source' | 'language'>; files: LanguageFile[]}>();
  for (const file of languageFiles) {
    const row = make(file);
    if (row === undefined) continue;
    const known = byText.get(row.text);
    if (known === undefined) byText.set(row.text, {row, files: [file]});
    else known.files.push(file);
  }
  return [...byText.values()].map(({row, files}) => ({
    ...row,
    language: languageOf(files[0]![0]),
    source: `${repository} ${files.map(([locale, commit]) => `program/localization/${locale}/messages.inc@${commit}`).join(', ')}: ${key}; ${rcubeSmtp}`,
  }) as Row);
}

/**
 * Roundcube's errors: 'SMTP Error ($code): Failed to add recipient "$to" ($msg).' for a refused RCPT
 * TO (smtptoerror), '... Failed to set sender "$from" ($msg).' for MAIL FROM (smtpfromerror),
 * '... Connection to server failed.' (smtpconnerror), and 'SMTP Error: [554] 5.7.1 ...' for the data
 * (smtperror). The code stands in brackets before the words, the reply's words after the address.
 */
export default {
  id: 'roundcube',
  name: 'Roundcube Webmail',
  source: `${messages}: smtptoerror, smtpfromerror, smtpconnerror, smtperror; ${rcubeSmtp}`,
  recipientLeadIns: rowsOf<TemplateText>(([, , , , recipient]) => (recipient === undefined ? undefined : {text: recipient}), 'smtptoerror, the words before "$to"'),
  // The code in brackets or in parentheses right after the label: the reply's own code.
  replyIntroductions: [
    ...rowsOf<TemplateText>(([, , data]) => (data === undefined ? undefined : {text: `${data} [`}), 'smtperror "$msg", the reply as sprintf(\'[%d] %s\')'),
    ...rowsOf<TemplateText>(([, , , label]) => (label === undefined ? undefined : {text: `${label} (`}), 'smtptoerror, smtpfromerror, smtpconnerror: the label, then "($code)"'),
  ],
  stages: [
    {text: 'failed to add recipient "', stage: 'RCPT TO', source: `${messages}: smtptoerror; ${rcubeSmtp}: rcptTo() refused`},
    {text: 'failed to set sender "', stage: 'MAIL FROM', source: `${messages}: smtpfromerror; ${rcubeSmtp}: mailFrom() refused`},
    {text: 'connection to server failed', stage: 'CONNECT', source: `${messages}: smtpconnerror; ${rcubeSmtp}: connect() failed`},
    ...rowsOf<StageText>(([, , , , recipient]) => (recipient === undefined || !isClause(recipient) ? undefined : {text: recipient, stage: 'RCPT TO'}), 'smtptoerror'),
    ...rowsOf<StageText>(([, , , , , sender]) => (sender === undefined || !isClause(sender) ? undefined : {text: sender, stage: 'MAIL FROM'}), 'smtpfromerror'),
  ],
  // A webmail keeps no queue: its error ends the attempt to send, whatever the reply's class.
  sendFailed: [
    {text: 'failed to add recipient "', source: `${rcubeSmtp}: send_mail() returns false after the refused RCPT TO, and resets the session`},
    {text: 'failed to set sender "', source: `${rcubeSmtp}: send_mail() returns false after the refused MAIL FROM`},
  ],
} satisfies MtaFamily;

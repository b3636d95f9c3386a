import {test} from 'vitest';
import {findFailures} from '../src/decoder/find-failures.ts';
test('dbg', () => {
  console.log(JSON.stringify(findFailures('ns8-sendmail[1241192]: status=sent from=lucag@demo.neth.eu to=luca.gasparini@nethesis.it server=smtp.xxx.yy:587 code=250\n')));
  console.log(JSON.stringify(findFailures('Mar  1 10:00:00 mx postfix/smtp[123]: ABC: from=lucag@demo.neth.eu, size=12\n')));
});

// The returned original starts at a server's marker line: a line that opens with one of the
// templates' markers (`originalMessageMarkers`), in any case, after optional indentation, whatever
// ends the lines (LF, CRLF, CR).

import {describe, expect, test} from 'vitest';
import {cutAtMarker} from '../../src/decoder/find-failures.ts';
import {templateOriginalMessageMarkers} from '../../src/decoder/templates.ts';

const noticeLines = ['This is the mail system at host mx.example.net.', '', '<bob@example.org>: 550 5.1.1 unknown'];
const lineEnds = {LF: '\n', CRLF: '\r\n', CR: '\r'};

describe('a marker line cuts the returned original', () => {
  const cases = templateOriginalMessageMarkers.flatMap((marker) => Object.entries(lineEnds).flatMap(([endName, end]) => [
    {name: `${marker} | ${endName}`, markerLine: marker, end, cut: true},
    {name: `${marker} | ${endName}, indented, in capitals`, markerLine: `  \t${marker.toUpperCase()}`, end, cut: true},
    {name: `${marker} | ${endName}, inside a line`, markerLine: `As quoted: ${marker}`, end, cut: false},
  ]));
  test.each(cases)('$name', ({markerLine, end, cut}) => {
    const notice = noticeLines.join(end) + end;
    const text = `${notice}${markerLine}${end}Subject: hi${end}`;
    expect(cutAtMarker(text)).toBe(cut ? notice : text);
  });
  // Nothing above it is a notice's: what follows is the text (a notice a person forwarded under
  // Outlook's "-----Original Message-----"), and a marker further down may still cut.
  test('a marker with nothing above it cuts nothing', () => {
    expect(cutAtMarker(`${templateOriginalMessageMarkers[0]}\nSubject: hi`)).toBe(`${templateOriginalMessageMarkers[0]}\nSubject: hi`);
    expect(cutAtMarker(`\n  ${templateOriginalMessageMarkers[0]}\n550 5.1.1 User unknown\n${templateOriginalMessageMarkers[0]}\nSubject: hi`))
      .toBe(`\n  ${templateOriginalMessageMarkers[0]}\n550 5.1.1 User unknown\n`);
  });
});

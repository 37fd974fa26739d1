/** franc reads at most 2,048 characters; we hand it that many of the letters that say the most. */
const SAMPLE_CHARS = 2048;
/** Enough of the text to find 2,048 useful characters, bounded so huge inputs cost nothing extra. */
const SCAN_CHARS = 16384;

// URLs, e-mail addresses, @handles and #tags carry Latin letters into Arabic reports and say nothing of the
// language. Each alternative is a single bounded run, so the expression is linear.
const NOISE = /(?:https?:\/\/|www\.|t\.me\/|telegram\.me\/)\S*|\S+@\S+\.\S+|[@#][\p{L}\p{N}_]+/giu;

export interface DetectionSample {
  sample: string;
  letters: number;
  arabicShare: number;
}

export function sampleForDetection(text: string): DetectionSample {
  const head = text.slice(0, SCAN_CHARS).replace(NOISE, ' ');
  let letters = 0;
  let arabic = 0;
  for (const ch of head) {
    if (/\p{L}/u.test(ch)) {
      letters++;
      if (/\p{Script=Arabic}/u.test(ch)) arabic++;
    }
  }
  let sample = head.replace(/\s+/g, ' ').trim();
  // In an Arabic report, Latin credit lines ("Reuters Abdalrhman Ismail") only push franc off course.
  if (arabic > letters / 2) sample = sample.replace(/[A-Za-z\u00C0-\u024F]+/g, ' ').replace(/\s+/g, ' ');
  return { sample: sample.slice(0, SAMPLE_CHARS), letters, arabicShare: letters ? arabic / letters : 0 };
}

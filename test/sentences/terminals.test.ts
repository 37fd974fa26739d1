import { describe, expect, it } from 'vitest';
import { split } from './helpers.js';

describe('terminal marks', () => {
  it('ends sentences at . ! ? and their combinations', () => {
    expect(split('The talks ended late. Did they agree?! Nobody knows!! The next round is in May.')).toEqual([
      'The talks ended late.',
      'Did they agree?!',
      'Nobody knows!!',
      'The next round is in May.',
    ]);
  });

  it('ends Arabic sentences at ؟ and . but not at ، ؛ or :', () => {
    expect(split('هل انتهت المفاوضات؟ قال المتحدث: لم تنته بعد، والجولة القادمة في أيار؛ ولم يحدد موعدها. وغادر الوفد.', 'arb')).toEqual([
      'هل انتهت المفاوضات؟',
      'قال المتحدث: لم تنته بعد، والجولة القادمة في أيار؛ ولم يحدد موعدها.',
      'وغادر الوفد.',
    ]);
  });

  it('knows the full stops of other scripts, spaced or not', () => {
    expect(split('会议已经结束。代表团离开了！', 'cmn')).toEqual(['会议已经结束。', '代表团离开了！']);
    expect(split('बैठक खत्म हो गई। प्रतिनिधि चले गए।', 'hin')).toEqual(['बैठक खत्म हो गई।', 'प्रतिनिधि चले गए।']);
    expect(split('Հանդիպումն ավարտվեց: Պատվիրակները մեկնեցին։', 'hye')).toEqual(['Հանդիպումն ավարտվեց:', 'Պատվիրակները մեկնեցին։']);
    expect(split('اجلاس ختم ہو گیا۔ وفد واپس چلا گیا۔', 'urd')).toEqual(['اجلاس ختم ہو گیا۔', 'وفد واپس چلا گیا۔']);
  });

  it('treats an ellipsis as a full stop before a new sentence and as a pause inside one', () => {
    expect(split('He waited... Then he left. She paused … and went on.')).toEqual(['He waited...', 'Then he left.', 'She paused … and went on.']);
    expect(split('The text reads "the army [...] withdrew" in full. It was cut . . . twice.')).toEqual([
      'The text reads "the army [...] withdrew" in full.',
      'It was cut . . . twice.',
    ]);
  });

  it('reads two dots in an Arabic headline as a pause', () => {
    expect(split('انتهت المباراة.. فوز الفريق بهدفين.', 'arb')).toEqual(['انتهت المباراة.. فوز الفريق بهدفين.']);
  });

  it('keeps closing quotes and brackets with the sentence they close', () => {
    expect(split('He said: "We will not leave." The crowd cheered. (The vote was delayed.) Then it rained.')).toEqual([
      'He said: "We will not leave."',
      'The crowd cheered.',
      '(The vote was delayed.)',
      'Then it rained.',
    ]);
    expect(split('Il a dit : « Nous restons. » Puis il est parti.', 'fra')).toEqual(['Il a dit : « Nous restons. »', 'Puis il est parti.']);
    expect(split('Il est arrivé à Paris. « Nous restons », a-t-il dit.', 'fra')).toEqual(['Il est arrivé à Paris.', '« Nous restons », a-t-il dit.']);
  });

  it('does not end a sentence before a lower-case word or after a dash that continues it', () => {
    expect(split('Shares of Yahoo! rose early. The plan -- sadly! -- failed.')).toEqual([
      'Shares of Yahoo! rose early.',
      'The plan -- sadly! -- failed.',
    ]);
  });

  it('splits sentences glued together without a space, but not tokens', () => {
    expect(split('The minister resigned.The cabinet met on Monday.“We are ready,” he said.')).toEqual([
      'The minister resigned.',
      'The cabinet met on Monday.',
      '“We are ready,” he said.',
    ]);
    expect(split('انتهى الاجتماع.وأكد الوزير أن الطرق مفتوحة.', 'arb')).toEqual(['انتهى الاجتماع.', 'وأكد الوزير أن الطرق مفتوحة.']);
    expect(split('Write to press.office@example.org.uk or see www.example.org/News.html for the report.')).toHaveLength(1);
  });
});
